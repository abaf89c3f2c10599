// The procedure chain, defined once. Each step proves one thing and puts the proof on the context:
//   public -> signed in -> staff member of this organization -> (role) | customer member of this account.
// Routers pick a rung; they never re-check membership by hand.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { StaffRole } from "../generated/prisma/enums";
import { findCustomerMembership, findStaffMembership } from "../identity/identity/find-memberships";
import { mayReachAccount } from "../identity/organizations/csm-account-access";
import { findTextProblem, textProblemMessages } from "../../lib/text/storable-text";
import { mapDomainErrors, t } from "./init";
import { hasStaffRole, proveAccount, proveOrganization, type CustomerScope, type StaffScope } from "../identity/scope";

// Text the database cannot store (NUL) or that is not text at all (a lone surrogate) is refused up front,
// once for every procedure, with a clear message instead of the database failing the request.
const rejectUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  const problem = findTextProblem(await getRawInput());
  if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: textProblemMessages[problem] });
  return next();
});

export const publicProcedure = t.procedure.use(mapDomainErrors).use(rejectUnstorableText);

export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  return next({ ctx: { user: ctx.user } });
});

export const staffProcedure = signedInProcedure.use(async ({ ctx, next }) => {
  const membership = await findStaffMembership(ctx.user.id, ctx.organizationHint);
  // Customers and strangers get the same answer: this part of the app does not exist for them.
  if (!membership) throw new TRPCError({ code: "FORBIDDEN", message: "This area is for vendor staff only." });
  const staff: StaffScope = {
    organizationId: proveOrganization(membership.organizationId),
    membershipId: membership.id,
    role: membership.role,
  };
  return next({ ctx: { staff } });
});

export function staffRoleProcedure(atLeast: StaffRole) {
  return staffProcedure.use(({ ctx, next }) => {
    if (!hasStaffRole(ctx.staff.role, atLeast)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This action needs the ${atLeast.toLowerCase()} role or higher.` });
    }
    return next();
  });
}

export const csmProcedure = staffRoleProcedure("CSM");
export const adminProcedure = staffRoleProcedure("ADMIN");
export const ownerProcedure = staffRoleProcedure("OWNER");

export const customerProcedure = signedInProcedure.use(async ({ ctx, next }) => {
  const member = await findCustomerMembership(ctx.user.id, ctx.accountHint);
  if (!member) throw new TRPCError({ code: "FORBIDDEN", message: "This area is for customer accounts only." });
  const customer: CustomerScope = {
    organizationId: proveOrganization(member.organizationId),
    accountId: proveAccount(member.customerAccountId),
    accountMemberId: member.id,
    role: member.role,
  };
  return next({ ctx: { customer } });
});

// Staff acting on one customer account: the account id comes from the input, so it is proven to belong
// to the caller's organization here, and reachable by this staff member (csm-account-access.ts); a foreign,
// unknown or unreachable id answers "not found".
export const staffAccountProcedure = csmProcedure
  .input(z.object({ accountId: z.string().min(1).max(64) }))
  .use(async ({ ctx, input, next }) => {
    const account = await ctx.db.customerAccount.findFirst({
      where: { id: input.accountId, organizationId: ctx.staff.organizationId },
      select: { id: true, csmMembershipId: true, organization: { select: { csmsSeeOnlyOwnAccounts: true } } },
    });
    if (!account || !mayReachAccount(ctx.staff, account))
      throw new TRPCError({ code: "NOT_FOUND", message: "Account not found" });
    return next({ ctx: { accountId: proveAccount(account.id) } });
  });
