import {
  addCheckInComment,
  answerTokenInput,
  checkInIdInput,
  commentInput,
  describeAnswerLink,
  listCheckIns,
  recordCheckInAnswer,
  sendCheckInNow,
  skipCheckIn,
} from "@/server/engagement";
import { publicProcedure, staffAccountProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const checkInsRouter = router({
  // Staff, on one account.
  list: staffAccountProcedure.query(({ ctx }) => listCheckIns(ctx.account)),
  sendNow: staffAccountProcedure
    .input(checkInIdInput)
    .mutation(({ ctx, input }) => sendCheckInNow(ctx.account, input.checkInId, ctx.user.id)),
  skip: staffAccountProcedure.input(checkInIdInput).mutation(async ({ ctx, input }) => {
    await skipCheckIn(ctx.account, input.checkInId, ctx.user.id);
    return { skipped: true };
  }),
  // Customers, from the email without signing in: the signed token is the proof.
  describeAnswer: publicProcedure.input(answerTokenInput).query(({ input }) => describeAnswerLink(input.token)),
  answer: publicProcedure.input(answerTokenInput).mutation(({ input }) => recordCheckInAnswer(input.token)),
  comment: publicProcedure.input(commentInput).mutation(async ({ input }) => {
    await addCheckInComment(input.token, input.comment);
    return { saved: true };
  }),
});
