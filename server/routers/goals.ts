import { createGoal, createGoalInput, listGoals, updateGoalInput, updateGoalProgress } from "@/server/value";
import { customerProcedure, staffAccountProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const goalsRouter = router({
  list: customerProcedure.query(({ ctx }) => listGoals(ctx.customer)),
  create: customerProcedure.input(createGoalInput).mutation(({ ctx, input }) => createGoal(ctx.customer, ctx.user.id, input)),
  update: customerProcedure
    .input(updateGoalInput)
    .mutation(({ ctx, input }) => updateGoalProgress(ctx.customer, { id: ctx.user.id, kind: "CUSTOMER" }, input)),
  listForAccount: staffAccountProcedure.query(({ ctx }) =>
    listGoals({ organizationId: ctx.staff.organizationId, accountId: ctx.accountId }),
  ),
  updateForAccount: staffAccountProcedure
    .input(updateGoalInput)
    .mutation(({ ctx, input }) =>
      updateGoalProgress(
        { organizationId: ctx.staff.organizationId, accountId: ctx.accountId },
        { id: ctx.user.id, kind: "STAFF" },
        input,
      ),
    ),
});
