// Which accounts a staff member may act on. By default every CSM of an organization may act on every
// account of it (teams cover for each other; the portfolio's "mine" view is a filter, not a wall). An
// organization can switch on "CSMs see only their own accounts": then a CSM reaches only the accounts
// assigned to them, while admins and owners still reach all. Enforced in the procedure chain's
// staff-account rung and in the portfolio listing; this file is the one home of the rule.
import { Prisma } from "../../generated/prisma/client";
import type { StaffScope } from "../scope";

export function mayReachAccount(
  staff: Pick<StaffScope, "membershipId" | "role">,
  account: { csmMembershipId: string | null; organization: { csmsSeeOnlyOwnAccounts: boolean } },
): boolean {
  if (staff.role !== "CSM" || !account.organization.csmsSeeOnlyOwnAccounts) return true;
  return account.csmMembershipId === staff.membershipId;
}

// The same rule as a Prisma filter on CustomerAccount, for listings through the client.
export function reachableAccountWhere(staff: Pick<StaffScope, "membershipId" | "role">): Prisma.CustomerAccountWhereInput {
  if (staff.role !== "CSM") return {};
  return { OR: [{ organization: { csmsSeeOnlyOwnAccounts: false } }, { csmMembershipId: staff.membershipId }] };
}

// The same rule in SQL, for listings over "CustomerAccount" aliased `account` joined to its "Organization" `org`.
export function reachableAccountSql(staff: Pick<StaffScope, "membershipId" | "role">, account: string, org: string) {
  if (staff.role !== "CSM") return Prisma.sql`TRUE`;
  return Prisma.sql`(${Prisma.raw(`${org}."csmsSeeOnlyOwnAccounts"`)} = false OR ${Prisma.raw(`${account}."csmMembershipId"`)} = ${staff.membershipId})`;
}
