"use client";

import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@/server/routers/_app";

// The plan page's API client: plain tRPC calls, without react-query and its provider, so the page a customer
// opens first downloads less JavaScript (bench: first-load JS). The other pages use components/trpc-provider.
export const portalApi = createTRPCClient<AppRouter>({ links: [httpLink({ url: "/api/trpc", transformer: superjson })] });

// Anything that asks the CSM for help tells the list of questions to reload.
const helpListeners = new Set<() => void>();
export function onHelpRequestsChanged(listener: () => void): () => void {
  helpListeners.add(listener);
  return () => helpListeners.delete(listener);
}
export function helpRequestsChanged(): void {
  for (const listener of helpListeners) listener();
}
