// The organization's single sign-on for staff: owners only (it decides who can become staff).
import { getSsoSettings, removeSsoSettings, saveSsoSettings } from "@/server/identity";
import { ssoSettingsInput } from "@/server/identity";
import { ownerProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const ssoRouter = router({
  get: ownerProcedure.query(({ ctx }) => getSsoSettings(ctx.staff.organizationId)),
  save: ownerProcedure
    .input(ssoSettingsInput)
    .mutation(({ ctx, input }) => saveSsoSettings(ctx.staff.organizationId, input, ctx.user.id)),
  remove: ownerProcedure.mutation(({ ctx }) => removeSsoSettings(ctx.staff.organizationId, ctx.user.id)),
});
