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
import { customerProcedure, staffAccountProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const planRouter = router({
  get: customerProcedure.query(({ ctx }) => getPlan(ctx.customer, { id: ctx.user.id, role: ctx.customer.role })),
  // The same plan for the account's staff: answers to questions, vendor tasks to tick off.
  forAccount: staffAccountProcedure.query(({ ctx }) =>
    getPlan({ organizationId: ctx.staff.organizationId, accountId: ctx.accountId }, { id: ctx.user.id, role: null }),
  ),
  complete: customerProcedure
    .input(completeTaskInput)
    .mutation(({ ctx, input }) => completeTask(ctx.customer, input.taskId, { id: ctx.user.id, kind: "CUSTOMER" }, input.note)),
  reopen: customerProcedure
    .input(taskIdInput)
    .mutation(({ ctx, input }) => reopenTask(ctx.customer, input.taskId, { id: ctx.user.id, kind: "CUSTOMER" })),
  answer: customerProcedure
    .input(answerTaskInput)
    .mutation(({ ctx, input }) => answerTask(ctx.customer, input.taskId, input.answer, { id: ctx.user.id, kind: "CUSTOMER" })),
  assign: customerProcedure.input(assignTaskInput).mutation(({ ctx, input }) => assignTask(ctx.customer, ctx.user.id, input)),
  // Staff tick off tasks for the account, vendor-owned ones above all.
  staffComplete: staffAccountProcedure
    .input(completeTaskInput)
    .mutation(({ ctx, input }) =>
      completeTask(
        { organizationId: ctx.staff.organizationId, accountId: ctx.accountId },
        input.taskId,
        { id: ctx.user.id, kind: "STAFF" },
        input.note,
      ),
    ),
  staffReopen: staffAccountProcedure.input(taskIdInput).mutation(({ ctx, input }) =>
    reopenTask({ organizationId: ctx.staff.organizationId, accountId: ctx.accountId }, input.taskId, {
      id: ctx.user.id,
      kind: "STAFF",
    }),
  ),
});
