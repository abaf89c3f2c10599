// What the logger knows about the request being served: its id, then the user and organization once the
// procedure chain has proven them. Kept in AsyncLocalStorage so that any code the request runs logs with
// them without passing a logger around.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export type RequestContext = { requestId: string; userId?: string; organizationId?: string };

const storage = new AsyncLocalStorage<RequestContext>();

// A proxy's X-Request-Id is reused when it looks like one, so a line can be followed across both logs.
export function requestIdFrom(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && /^[\w.:-]{8,128}$/.test(given) ? given : randomUUID();
}

export function runWithRequestContext<T>(context: RequestContext, task: () => T): T {
  return storage.run(context, task);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

// Called by the procedure chain as each id is proven.
export function annotateRequest(fields: Pick<RequestContext, "userId" | "organizationId">): void {
  const context = storage.getStore();
  if (context) Object.assign(context, fields);
}
