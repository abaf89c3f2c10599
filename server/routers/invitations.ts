import { z } from "zod";
import {
  inviteCustomer,
  inviteCustomerInput,
  inviteStaff,
  inviteStaffInput,
  listPendingInvitations,
  revokeInvitation,
} from "@/server/identity";
import { adminProcedure, csmProcedure, staffAccountProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

const idInput = z.object({ invitationId: z.string().min(1).max(64) });

export const invitationsRouter = router({
  inviteStaff: adminProcedure.input(inviteStaffInput).mutation(async ({ ctx, input }) => {
    const invitation = await inviteStaff(ctx.staff.organizationId, input, { ...ctx.user, role: ctx.staff.role });
    return { id: invitation.id, email: invitation.email };
  }),
  listStaff: adminProcedure.query(({ ctx }) => listPendingInvitations(ctx.staff.organizationId)),
  inviteAccountMember: staffAccountProcedure.input(inviteCustomerInput).mutation(async ({ ctx, input }) => {
    const invitation = await inviteCustomer(ctx.staff.organizationId, { ...input, accountId: ctx.accountId }, ctx.user);
    return { id: invitation.id, email: invitation.email };
  }),
  listForAccount: staffAccountProcedure.query(({ ctx }) => listPendingInvitations(ctx.staff.organizationId, ctx.accountId)),
  revoke: csmProcedure.input(idInput).mutation(async ({ ctx, input }) => {
    await revokeInvitation(ctx.staff, input.invitationId, ctx.user.id);
    return { revoked: true };
  }),
});
