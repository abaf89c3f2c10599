import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { auth } from "@/server/auth";
import { getEnv } from "@/server/env";
import { requestIdFrom, runWithRequestContext } from "@/server/platform";
import { verifySameOrigin } from "@/server/security/verify-same-origin";
import { appRouter } from "@/server/routers/_app";
import { createContextForUser } from "@/server/trpc/context";
import { guardRequestBody } from "@/server/trpc/guard-request-body";
import { maxTrpcBatchSize } from "@/lib/limits/request-limits";

// Every call runs inside a request context, so its log lines share one id (returned as X-Request-Id).
async function handler(request: Request) {
  const requestId = requestIdFrom(request.headers);
  const response = await runWithRequestContext({ requestId }, () => handle(request));
  response.headers.set("x-request-id", requestId);
  return response;
}

async function handle(incoming: Request) {
  const verdict = verifySameOrigin(incoming, [new URL(getEnv().APP_URL).origin, new URL(incoming.url).origin]);
  if (!verdict.ok) return Response.json({ error: { message: verdict.reason } }, { status: 403 });
  const body = await guardRequestBody(incoming);
  if (!body.ok) return body.response;
  const request = body.request;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    // A batch of hundreds of calls in one request would multiply every per-request cost; the browser's
    // batch link splits at the same size.
    maxBatchSize: maxTrpcBatchSize,
    // Read inside the context so that a session the database could not give (an outage) answers as a
    // tRPC internal error ("try again", nothing leaked), not as "please sign in".
    createContext: async () => {
      const session = await auth();
      const user = session?.user?.id
        ? { id: session.user.id, email: session.user.email ?? "", name: session.user.name ?? null }
        : null;
      return createContextForUser(user, {
        organizationHint: request.headers.get("x-onward-org"),
        accountHint: request.headers.get("x-onward-account"),
      });
    },
  });
}

export { handler as GET, handler as POST };
