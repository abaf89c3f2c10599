// The request context: who is calling. Everything about what they may reach is proven later, step by
// step, in the procedure chain (procedures.ts).
import { db } from "../db";
import type { ViewerUser } from "../identity/scope";

export type TrpcContext = {
  db: typeof db;
  user: ViewerUser | null;
  // Optional hints for people with several memberships; the chain verifies them, never trusts them.
  organizationHint: string | null;
  accountHint: string | null;
  // Proofs already made in this request, by what they prove: a page that runs seven procedures (or one
  // HTTP batch of them) proves membership and account once, not seven times.
  proofs: Map<string, Promise<unknown>>;
};

export function createContextForUser(
  user: ViewerUser | null,
  hints: { organizationHint?: string | null; accountHint?: string | null } = {},
): TrpcContext {
  return {
    db,
    user,
    organizationHint: hints.organizationHint ?? null,
    accountHint: hints.accountHint ?? null,
    proofs: new Map(),
  };
}

// The proof for `key` made once per context; concurrent procedures share the same pending lookup.
export function proveOnce<T>(ctx: TrpcContext, key: string, prove: () => Promise<T>): Promise<T> {
  let proof = ctx.proofs.get(key) as Promise<T> | undefined;
  if (!proof) {
    proof = prove();
    ctx.proofs.set(key, proof);
  }
  return proof;
}
