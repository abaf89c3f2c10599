// Calls procedures from React Server Components with the signed-in person's context.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { auth } from "../auth";
import { appRouter } from "../routers/_app";
import { createContextForUser, type TrpcContext } from "./context";
import { createCallerFactory } from "./init";

const createRequestContext = cache(async (): Promise<TrpcContext> => {
  const session = await auth();
  const requestHeaders = await headers();
  const user = session?.user?.id
    ? { id: session.user.id, email: session.user.email ?? "", name: session.user.name ?? null }
    : null;
  return createContextForUser(user, {
    organizationHint: requestHeaders.get("x-onward-org"),
    accountHint: requestHeaders.get("x-onward-account"),
  });
});

const createCaller = createCallerFactory(appRouter);

export async function serverApi() {
  return createCaller(await createRequestContext());
}
