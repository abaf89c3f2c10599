import { getAccountMembers } from "../services/accounts/get-account-members";
import { listAccountsOverview } from "../services/accounts/list-accounts-overview";
import { listTeam } from "../services/team/list-team";
import { adminProcedure, csmProcedure, staffAccountProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const workspaceRouter = router({
  overview: csmProcedure.query(({ ctx }) => listAccountsOverview(ctx.staff)),
  accountMembers: staffAccountProcedure.query(({ ctx }) => getAccountMembers(ctx.accountId)),
  team: adminProcedure.query(({ ctx }) => listTeam(ctx.staff.organizationId)),
});
