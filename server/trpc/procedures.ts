// The procedure chain, defined once. Each step proves one thing and puts the proof on the context:
//   public -> signed in -> staff member of this organization -> (role) | customer member of this account.
// Routers pick a rung; they never re-check membership by hand.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { StaffRole } from "../generated/prisma/enums";
import { findCustomerMembership, findStaffMembership } from "../identity/identity/find-memberships";
import { annotateRequest } from "../platform/logging/request-context";
import { logCalls, mapDomainErrors, t } from "./init";
import { hasStaffRole, proveAccount, proveOrganization, type CustomerScope, type StaffScope } from "../identity/scope";

// PostgreSQL cannot store the NUL character in text; refuse it up front with a clear message instead of
// letting the database fail the request.
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 20 || value === null || typeof value !== "object") return false;
  return Object.values(value).some((item) => containsNul(item, depth + 1));
}

const rejectNulCharacters = t.middleware(async ({ getRawInput, next }) => {
  if (containsNul(await getRawInput())) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Text cannot contain the NUL character." });
  }
  return next();
});

export const publicProcedure = t.procedure.use(logCalls).use(mapDomainErrors).use(rejectNulCharacters);

export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  annotateRequest({ userId: ctx.user.id });
  return next({ ctx: { user: ctx.user } });
});

export const staffProcedure = signedInProcedure.use(async ({ ctx, next }) => {
  const membership = await findStaffMembership(ctx.user.id, ctx.organizationHint);
  // Customers and strangers get the same answer: this part of the app does not exist for them.
  if (!membership) throw new TRPCError({ code: "FORBIDDEN", message: "This area is for vendor staff only." });
  annotateRequest({ organizationId: membership.organizationId });
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
  annotateRequest({ organizationId: member.organizationId });
  const customer: CustomerScope = {
    organizationId: proveOrganization(member.organizationId),
    accountId: proveAccount(member.customerAccountId),
    accountMemberId: member.id,
    role: member.role,
  };
  return next({ ctx: { customer } });
});

// Staff acting on one customer account: the account id comes from the input, so it is proven to belong
// to the caller's organization here; a foreign or unknown id answers "not found".
export const staffAccountProcedure = csmProcedure
  .input(z.object({ accountId: z.string().min(1).max(64) }))
  .use(async ({ ctx, input, next }) => {
    const account = await ctx.db.customerAccount.findFirst({
      where: { id: input.accountId, organizationId: ctx.staff.organizationId },
      select: { id: true },
    });
    if (!account) throw new TRPCError({ code: "NOT_FOUND", message: "Account not found" });
    return next({ ctx: { accountId: proveAccount(account.id) } });
  });
