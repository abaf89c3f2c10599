// The procedure chain, defined once. Each step proves one thing and puts the proof on the context:
//   public -> signed in -> staff member of this organization -> (role) -> this account of the organization
//                       -> customer member of this account -> (champion).
// Each proof is made once per request (proveOnce): the procedures of one page share them.
// Routers pick a rung; they never re-check membership by hand.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { StaffRole } from "../generated/prisma/enums";
import { findCustomerMembership, findStaffMembership } from "@/server/identity";
import {
  hasStaffRole,
  proveAccount,
  proveChampion,
  proveOrganization,
  proveUser,
  type AccountScope,
  type Actor,
  type CustomerScope,
  type StaffScope,
} from "../identity/scope";
import { proveOnce } from "./context";
import { mayReachAccount } from "@/server/identity";
import { findTextProblem, textProblemMessages } from "../../lib/text/storable-text";
import { logCalls, mapDomainErrors, t } from "./init";
import { annotateRequest } from "@/server/platform";

// Text the database cannot store (NUL) or that is not text at all (a lone surrogate) is refused up front,
// once for every procedure, with a clear message instead of the database failing the request.
const rejectUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  const problem = findTextProblem(await getRawInput());
  if (problem) throw new TRPCError({ code: "BAD_REQUEST", message: textProblemMessages[problem] });
  return next();
});

export const publicProcedure = t.procedure.use(logCalls).use(mapDomainErrors).use(rejectUnstorableText);

export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  annotateRequest({ userId: ctx.user.id });
  return next({ ctx: { user: ctx.user } });
});

const staffProcedure = signedInProcedure.use(async ({ ctx, next }) => {
  const userId = ctx.user.id;
  const membership = await proveOnce(ctx, `staff:${ctx.organizationHint ?? ""}`, () =>
    findStaffMembership(ctx.db, userId, ctx.organizationHint),
  );
  // Customers and strangers get the same answer: this part of the app does not exist for them.
  if (!membership) throw new TRPCError({ code: "FORBIDDEN", message: "This area is for vendor staff only." });
  annotateRequest({ organizationId: membership.organizationId });
  const staff: StaffScope = {
    organizationId: proveOrganization(membership.organizationId),
    membershipId: membership.id,
    role: membership.role,
  };
  const actor: Actor = { id: proveUser(userId), kind: "STAFF" };
  return next({ ctx: { staff, actor } });
});

function staffRoleProcedure(atLeast: StaffRole) {
  return staffProcedure.use(({ ctx, next }) => {
    if (!hasStaffRole(ctx.staff.role, atLeast)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This action needs the ${atLeast.toLowerCase()} role or higher.` });
    }
    return next();
  });
}

export const csmProcedure = staffRoleProcedure("CSM");
export const adminProcedure = staffRoleProcedure("ADMIN");
// Single sign-on settings decide who can become staff: owners only.
export const ownerProcedure = staffRoleProcedure("OWNER");

export const customerProcedure = signedInProcedure.use(async ({ ctx, next }) => {
  const userId = ctx.user.id;
  const member = await proveOnce(ctx, `customer:${ctx.accountHint ?? ""}`, () =>
    findCustomerMembership(ctx.db, userId, ctx.accountHint),
  );
  if (!member) throw new TRPCError({ code: "FORBIDDEN", message: "This area is for customer accounts only." });
  annotateRequest({ organizationId: member.organizationId });
  const customer: CustomerScope = {
    organizationId: proveOrganization(member.organizationId),
    accountId: proveAccount(member.customerAccountId),
    accountMemberId: member.id,
    role: member.role,
  };
  const actor: Actor = { id: proveUser(userId), kind: "CUSTOMER" };
  return next({ ctx: { customer, actor } });
});

// Champion-only actions (inviting colleagues, setting goals, assigning tasks): the services take a
// ChampionScope, which only this rung mints.
export const championProcedure = customerProcedure.use(({ ctx, next }) => {
  const champion = proveChampion(ctx.customer);
  if (!champion) throw new TRPCError({ code: "FORBIDDEN", message: "Only your account's champion can do this." });
  return next({ ctx: { champion } });
});

// Staff acting on one customer account: the account id comes from the input, so it is proven to belong
// to the caller's organization here, and reachable by this staff member (csm-account-access.ts); a foreign,
// unknown or unreachable id answers "not found".
export const staffAccountProcedure = csmProcedure
  .input(z.object({ accountId: z.string().min(1).max(64) }))
  .use(async ({ ctx, input, next }) => {
    const { organizationId } = ctx.staff;
    const found = await proveOnce(ctx, `account:${organizationId}:${input.accountId}`, () =>
      ctx.db.customerAccount.findFirst({
        where: { id: input.accountId, organizationId },
        select: { id: true, csmMembershipId: true, organization: { select: { csmsSeeOnlyOwnAccounts: true } } },
      }),
    );
    // With "CSMs see only their own accounts", another CSM's account is "not found" like another tenant's.
    if (!found || !mayReachAccount(ctx.staff, found)) throw new TRPCError({ code: "NOT_FOUND", message: "Account not found" });
    const account: AccountScope = { organizationId, accountId: proveAccount(found.id) };
    return next({ ctx: { account, accountId: account.accountId } });
  });
