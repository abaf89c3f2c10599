// Proofs the procedure chain puts on the context. The brands make it impossible to pass an id taken
// from a request body where a proven tenant scope is required: only the chain can mint them.
import type { AccountRole, StaffRole } from "../generated/prisma/enums";

declare const proven: unique symbol;
export type ProvenOrganizationId = string & { readonly [proven]: "organization" };
export type ProvenAccountId = string & { readonly [proven]: "account" };
export type ProvenUserId = string & { readonly [proven]: "user" };

// Who acts: a signed-in person, as staff or as a customer. Written to the timeline and audit log.
export type Actor = { id: ProvenUserId; kind: "CUSTOMER" | "STAFF" };

// One customer account of a proven organization: what account-level services take, whoever calls.
export type AccountScope = { organizationId: ProvenOrganizationId; accountId: ProvenAccountId };

export type StaffScope = {
  organizationId: ProvenOrganizationId;
  membershipId: string;
  role: StaffRole;
};

export type CustomerScope = AccountScope & {
  accountMemberId: string;
  role: AccountRole;
};

// A customer proven to be the account's champion: champion-only actions take this, so a member's scope
// cannot reach them.
export type ChampionScope = CustomerScope & { role: "CHAMPION"; readonly [proven]: "champion" };

export type ViewerUser = { id: string; email: string; name: string | null };

// Only the procedure chain (and test factories that stand in for it) call these.
export const proveOrganization = (id: string) => id as ProvenOrganizationId;
export const proveAccount = (id: string) => id as ProvenAccountId;
export const proveUser = (id: string) => id as ProvenUserId;
export const proveChampion = (scope: CustomerScope) => (scope.role === "CHAMPION" ? (scope as ChampionScope) : null);

const staffRank: Record<StaffRole, number> = { CSM: 1, ADMIN: 2, OWNER: 3 };
export const hasStaffRole = (role: StaffRole, atLeast: StaffRole) => staffRank[role] >= staffRank[atLeast];
