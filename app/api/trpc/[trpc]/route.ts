import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { auth } from "@/server/auth";
import { appRouter } from "@/server/routers/_app";
import { createContextForUser } from "@/server/trpc/context";

async function handler(request: Request) {
  const session = await auth();
  const user = session?.user?.id
    ? { id: session.user.id, email: session.user.email ?? "", name: session.user.name ?? null }
    : null;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () =>
      createContextForUser(user, {
        organizationHint: request.headers.get("x-onward-org"),
        accountHint: request.headers.get("x-onward-account"),
      }),
  });
}

export { handler as GET, handler as POST };
