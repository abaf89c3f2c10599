import { inviteColleague, inviteColleagueInput } from "../identity/account-team/invite-colleague";
import { listAccountTeam } from "../identity/account-team/list-account-team";
import { customerProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const accountTeamRouter = router({
  list: customerProcedure.query(({ ctx }) => listAccountTeam(ctx.customer)),
  invite: customerProcedure
    .input(inviteColleagueInput)
    .mutation(({ ctx, input }) => inviteColleague(ctx.customer, ctx.user, input)),
});
