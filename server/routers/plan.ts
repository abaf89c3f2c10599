import {
  answerTask,
  answerTaskInput,
  assignTask,
  assignTaskInput,
  completeTask,
  completeTaskInput,
  getPlan,
  reopenTask,
  taskIdInput,
} from "@/server/onboarding";
import { championProcedure, customerProcedure, staffAccountProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const planRouter = router({
  get: customerProcedure.query(({ ctx }) => getPlan(ctx.customer, { id: ctx.user.id, role: ctx.customer.role })),
  // The same plan for the account's staff: answers to questions, vendor tasks to tick off.
  forAccount: staffAccountProcedure.query(({ ctx }) => getPlan(ctx.account, { id: ctx.user.id, role: null })),
  complete: customerProcedure
    .input(completeTaskInput)
    .mutation(({ ctx, input }) => completeTask(ctx.customer, input.taskId, ctx.actor, input.note)),
  reopen: customerProcedure.input(taskIdInput).mutation(({ ctx, input }) => reopenTask(ctx.customer, input.taskId, ctx.actor)),
  answer: customerProcedure
    .input(answerTaskInput)
    .mutation(({ ctx, input }) => answerTask(ctx.customer, input.taskId, input.answer, ctx.actor)),
  assign: championProcedure.input(assignTaskInput).mutation(({ ctx, input }) => assignTask(ctx.champion, ctx.user.id, input)),
  // Staff tick off tasks for the account, vendor-owned ones above all.
  staffComplete: staffAccountProcedure
    .input(completeTaskInput)
    .mutation(({ ctx, input }) => completeTask(ctx.account, input.taskId, ctx.actor, input.note)),
  staffReopen: staffAccountProcedure
    .input(taskIdInput)
    .mutation(({ ctx, input }) => reopenTask(ctx.account, input.taskId, ctx.actor)),
});
