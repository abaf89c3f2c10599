// A REST route: method, path template, the key scope it needs, zod schemas for path, query and body
// (the same schemas the tRPC procedures use) and a handler that calls the services with the proven scope.
// The route table (route-table.ts) lists every route; the dispatcher, the OpenAPI document and the
// security matrix are all derived from it.
import type { z } from "zod";
import type { ApiKeyScope } from "../api-keys/api-key-input";
import type { ApiCaller } from "../api-keys/authenticate-api-key";

export type RouteMethod = "GET" | "POST" | "PATCH";

type Schema = z.ZodType;

export type RouteInput<P extends Schema, Q extends Schema, B extends Schema> = {
  caller: ApiCaller;
  params: z.infer<P>;
  query: z.infer<Q>;
  body: z.infer<B>;
};

export type RouteResult = { status?: number; body: unknown };

export type RouteDefinition<P extends Schema = Schema, Q extends Schema = Schema, B extends Schema = Schema> = {
  method: RouteMethod;
  // e.g. "/accounts/{accountId}/tasks"
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  scope: ApiKeyScope;
  params?: P;
  query?: Q;
  body?: B;
  response: Schema;
  handler: (input: RouteInput<P, Q, B>) => Promise<RouteResult>;
};

export function defineRoute<P extends Schema, Q extends Schema, B extends Schema>(
  route: RouteDefinition<P, Q, B>,
): RouteDefinition {
  return route as unknown as RouteDefinition;
}
