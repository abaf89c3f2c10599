import { listAccountsOverview } from "../services/accounts/list-accounts-overview";
import { listTeam } from "../services/team/list-team";
import { adminProcedure, csmProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const workspaceRouter = router({
  overview: csmProcedure.query(({ ctx }) => listAccountsOverview(ctx.staff)),
  team: adminProcedure.query(({ ctx }) => listTeam(ctx.staff.organizationId)),
});
