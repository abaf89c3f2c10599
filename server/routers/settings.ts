// Organization settings, the team and the audit log: admins and owners only.
import { listAuditInput, listAuditLog, uploadImage, uploadImageInput } from "@/server/platform";
import {
  changeRoleInput,
  changeStaffRole,
  getOrganizationSettings,
  membershipIdInput,
  organizationSettingsInput,
  removeStaffMember,
  updateOrganizationSettings,
} from "@/server/identity";
import { adminProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const settingsRouter = router({
  get: adminProcedure.query(({ ctx }) => getOrganizationSettings(ctx.staff.organizationId)),
  update: adminProcedure
    .input(organizationSettingsInput)
    .mutation(({ ctx, input }) => updateOrganizationSettings(ctx.staff.organizationId, input, ctx.user.id)),
  uploadImage: adminProcedure
    .input(uploadImageInput)
    .mutation(({ ctx, input }) => uploadImage(ctx.staff.organizationId, input, ctx.user.id)),
  changeRole: adminProcedure.input(changeRoleInput).mutation(async ({ ctx, input }) => {
    const membership = await changeStaffRole(ctx.staff, ctx.user.id, input.membershipId, input.role);
    return { id: membership.id, role: membership.role };
  }),
  removeMember: adminProcedure
    .input(membershipIdInput)
    .mutation(({ ctx, input }) => removeStaffMember(ctx.staff, ctx.user.id, input.membershipId)),
  audit: adminProcedure.input(listAuditInput).query(({ ctx, input }) => listAuditLog(ctx.staff.organizationId, input)),
});
