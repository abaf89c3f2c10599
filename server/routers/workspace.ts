import { listTeam } from "@/server/identity";
import { adminProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const workspaceRouter = router({
  team: adminProcedure.query(({ ctx }) => listTeam(ctx.staff.organizationId)),
});
