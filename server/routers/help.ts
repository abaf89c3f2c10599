import {
  createHelpRequest,
  createHelpRequestInput,
  listHelpRequests,
  replyHelpInput,
  replyToHelpRequest,
  resolveHelpInput,
  resolveHelpRequest,
} from "@/server/success";
import { customerProcedure, staffAccountProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const helpRouter = router({
  ask: customerProcedure
    .input(createHelpRequestInput)
    .mutation(({ ctx, input }) => createHelpRequest(ctx.customer, ctx.user, input)),
  mine: customerProcedure.query(({ ctx }) => listHelpRequests(ctx.customer)),
  listForAccount: staffAccountProcedure.query(({ ctx }) => listHelpRequests(ctx.account)),
  reply: staffAccountProcedure
    .input(replyHelpInput)
    .mutation(({ ctx, input }) => replyToHelpRequest(ctx.account, ctx.user.id, input)),
  resolve: staffAccountProcedure
    .input(resolveHelpInput)
    .mutation(({ ctx, input }) => resolveHelpRequest(ctx.account, ctx.user.id, input.helpRequestId)),
});
