// The OpenAPI 3.1 document of /api/v1, generated from the route table's zod schemas (the same schemas the
// services and tRPC procedures validate with) and the webhook payload schemas. Schemas given an id with
// .meta({ id }) become shared components.
import { z } from "zod";
import { testEventType, webhookEnvelope, webhookEventData } from "../webhooks/webhook-payloads";
import type { RouteDefinition } from "./define-route";
import { problemSchema } from "./problem";
import { routes } from "./route-table";

type JsonSchema = Record<string, unknown>;
const components: Record<string, JsonSchema> = {};

// Converts a zod schema to JSON Schema 2020-12 (OpenAPI 3.1's dialect), hoisting named definitions into
// components.schemas.
function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const converted = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  const { $defs, $schema: _dialect, ...rest } = converted as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) =>
          key === "$ref" && typeof inner === "string"
            ? [key, inner.replace("#/$defs/", "#/components/schemas/")]
            : [key, rewrite(inner)],
        ),
      );
    }
    return value;
  };
  for (const [name, definition] of Object.entries($defs ?? {})) {
    const { id: _id, ...clean } = rewrite(definition) as JsonSchema;
    components[name] = clean;
  }
  const { id, ...root } = rewrite(rest) as JsonSchema;
  if (typeof id === "string") {
    components[id] = root;
    return { $ref: `#/components/schemas/${id}` };
  }
  return root;
}

const problemContent = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };
const errorResponses = (route: RouteDefinition) => ({
  "401": { description: "No key, or a malformed, revoked or expired one", content: problemContent },
  "403": { description: `The key lacks the "${route.scope}" scope`, content: problemContent },
  "404": { description: "Not found (or not in your organization)", content: problemContent },
  "422": { description: "Invalid input, with per-field errors", content: problemContent },
  "429": { description: "Rate limit exceeded (see the RateLimit headers)", content: problemContent },
  ...(route.method === "POST"
    ? { "409": { description: "Idempotency-Key reused with another body", content: problemContent } }
    : {}),
});

function parameters(route: RouteDefinition) {
  const list: JsonSchema[] = [];
  for (const [location, schema] of [
    ["path", route.params],
    ["query", route.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      list.push({ name, in: location, required: location === "path" || (json.required ?? []).includes(name), schema: property });
    }
  }
  if (route.method === "POST") {
    list.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description: "Retry-safe POST: the first response is replayed for 24 hours",
      schema: { type: "string", maxLength: 255 },
    });
  }
  return list;
}

function operation(route: RouteDefinition) {
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    security: [{ apiKey: [] }],
    "x-onward-scope": route.scope,
    parameters: parameters(route),
    ...(route.body
      ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(route.body, "input") } } } }
      : {}),
    responses: {
      [route.method === "POST" && route.operationId.startsWith("create") ? "201" : "200"]: {
        description: "OK",
        content: { "application/json": { schema: toSchema(route.response, "output") } },
      },
      ...errorResponses(route),
    },
  };
}

function webhooks() {
  const entries = [...Object.entries(webhookEventData), [testEventType, z.object({ message: z.string() })] as const];
  return Object.fromEntries(
    entries.map(([type, data]) => [
      type,
      {
        post: {
          summary: `${type} (payload version 1)`,
          description:
            "Signed per Standard Webhooks: verify webhook-signature over `${webhook-id}.${webhook-timestamp}.${body}` with your endpoint's secret.",
          parameters: ["webhook-id", "webhook-timestamp", "webhook-signature"].map((name) => ({
            name,
            in: "header",
            required: true,
            schema: { type: "string" },
          })),
          requestBody: { content: { "application/json": { schema: toSchema(webhookEnvelope(type, data), "output") } } },
          responses: { "2XX": { description: "Received (any other answer is retried with backoff for about a day)" } },
        },
      },
    ]),
  );
}

export function buildOpenApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  const hooks = webhooks();
  toSchema(problemSchema, "output");
  return {
    openapi: "3.1.0",
    info: {
      title: "Onward API",
      version: "1.0.0",
      description:
        "Start onboarding from your CRM, sync progress back, and react to what happens through signed webhooks. Authenticate with an API key (Settings → API keys) as a Bearer token.",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    paths,
    webhooks: hooks,
    components: {
      schemas: { ...components },
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "onw_<prefix>_<secret>" } },
    },
  };
}
