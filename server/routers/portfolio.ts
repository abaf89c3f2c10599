import { z } from "zod";
import { createAccountInput, createCustomerAccount } from "@/server/onboarding";
import { getTemplateAnalytics, listFormOptions, listOpenAlerts, listPortfolio, resolveAlert } from "@/server/success";
import { portfolioQuerySchema } from "@/lib/success/portfolio-query";
import { csmProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const portfolioRouter = router({
  list: csmProcedure.input(portfolioQuerySchema).query(({ ctx, input }) => listPortfolio(ctx.staff, input)),
  formOptions: csmProcedure.query(({ ctx }) => listFormOptions(ctx.staff)),
  createAccount: csmProcedure.input(createAccountInput).mutation(async ({ ctx, input }) => {
    const account = await createCustomerAccount(ctx.staff.organizationId, input, ctx.user);
    return { id: account.id };
  }),
  alerts: csmProcedure
    .input(z.object({ mine: z.boolean().default(true) }))
    .query(({ ctx, input }) => listOpenAlerts(ctx.staff, { mine: input.mine })),
  resolveAlert: csmProcedure.input(z.object({ alertId: z.string().min(1).max(64) })).mutation(async ({ ctx, input }) => {
    await resolveAlert(ctx.staff, input.alertId);
    return { resolved: true };
  }),
  templateAnalytics: csmProcedure
    .input(z.object({ templateId: z.string().min(1).max(64) }))
    .query(({ ctx, input }) => getTemplateAnalytics(ctx.staff.organizationId, input.templateId)),
});
