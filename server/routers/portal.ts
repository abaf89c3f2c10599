import { getPortalSummary } from "../services/portal/get-portal-summary";
import { customerProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const portalRouter = router({
  summary: customerProcedure.query(({ ctx }) => getPortalSummary(ctx.customer)),
});
