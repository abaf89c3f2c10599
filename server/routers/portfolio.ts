import { z } from "zod";
import { createAccountInput, createCustomerAccount } from "../onboarding/accounts/create-customer-account";
import { listOpenAlerts, resolveAlert } from "../success/alerts/list-alerts";
import { getTemplateAnalytics } from "../success/analytics/template-analytics";
import { listFormOptions } from "../success/portfolio/list-form-options";
import { listPortfolio } from "../success/portfolio/list-portfolio";
import { portfolioQuerySchema } from "../success/portfolio/portfolio-query";
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
