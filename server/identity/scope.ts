// Proofs the procedure chain puts on the context. The brands make it impossible to pass an id taken
// from a request body where a proven tenant scope is required: only the chain can mint them.
import type { AccountRole, StaffRole } from "../generated/prisma/enums";

declare const proven: unique symbol;
export type ProvenOrganizationId = string & { readonly [proven]: "organization" };
export type ProvenAccountId = string & { readonly [proven]: "account" };

export type StaffScope = {
  organizationId: ProvenOrganizationId;
  membershipId: string;
  role: StaffRole;
};

export type CustomerScope = {
  organizationId: ProvenOrganizationId;
  accountId: ProvenAccountId;
  accountMemberId: string;
  role: AccountRole;
};

export type ViewerUser = { id: string; email: string; name: string | null };

// Only the procedure chain (and test factories that stand in for it) call these.
export const proveOrganization = (id: string) => id as ProvenOrganizationId;
export const proveAccount = (id: string) => id as ProvenAccountId;

const staffRank: Record<StaffRole, number> = { CSM: 1, ADMIN: 2, OWNER: 3 };
export const hasStaffRole = (role: StaffRole, atLeast: StaffRole) => staffRank[role] >= staffRank[atLeast];
