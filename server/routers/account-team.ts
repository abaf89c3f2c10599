import { inviteColleague, inviteColleagueInput, listAccountTeam } from "@/server/identity";
import { customerProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const accountTeamRouter = router({
  list: customerProcedure.query(({ ctx }) => listAccountTeam(ctx.customer)),
  invite: customerProcedure
    .input(inviteColleagueInput)
    .mutation(({ ctx, input }) => inviteColleague(ctx.customer, ctx.user, input)),
});
