import { inviteColleague, inviteColleagueInput, listAccountTeam } from "@/server/identity";
import { championProcedure, customerProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const accountTeamRouter = router({
  list: customerProcedure.query(({ ctx }) => listAccountTeam(ctx.customer)),
  invite: championProcedure
    .input(inviteColleagueInput)
    .mutation(({ ctx, input }) => inviteColleague(ctx.champion, ctx.user, input)),
});
