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
};

export function createContextForUser(
  user: ViewerUser | null,
  hints: { organizationHint?: string | null; accountHint?: string | null } = {},
): TrpcContext {
  return { db, user, organizationHint: hints.organizationHint ?? null, accountHint: hints.accountHint ?? null };
}
