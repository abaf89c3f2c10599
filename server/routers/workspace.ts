import { listTeam } from "../identity/team/list-team";
import { adminProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const workspaceRouter = router({
  team: adminProcedure.query(({ ctx }) => listTeam(ctx.staff.organizationId)),
});
