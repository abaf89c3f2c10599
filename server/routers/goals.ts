import { createGoal, createGoalInput } from "../value/goals/create-goal";
import { editGoalInput, goalIdInput } from "../value/goals/goal-input";
import { listGoals } from "../value/goals/list-goals";
import { abandonGoal, deleteGoal, editGoal } from "../value/goals/manage-goal";
import { updateGoalInput, updateGoalProgress } from "../value/goals/update-goal-progress";
import { customerProcedure, staffAccountProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const goalsRouter = router({
  list: customerProcedure.query(({ ctx }) => listGoals(ctx.customer)),
  create: customerProcedure.input(createGoalInput).mutation(({ ctx, input }) => createGoal(ctx.customer, ctx.user.id, input)),
  update: customerProcedure
    .input(updateGoalInput)
    .mutation(({ ctx, input }) => updateGoalProgress(ctx.customer, { id: ctx.user.id, kind: "CUSTOMER" }, input)),
  // The champion edits, abandons and deletes goals (other members report progress only).
  edit: customerProcedure
    .input(editGoalInput)
    .mutation(({ ctx, input }) => editGoal(ctx.customer, { id: ctx.user.id, kind: "CUSTOMER", role: ctx.customer.role }, input)),
  abandon: customerProcedure
    .input(goalIdInput)
    .mutation(({ ctx, input }) =>
      abandonGoal(ctx.customer, { id: ctx.user.id, kind: "CUSTOMER", role: ctx.customer.role }, input.goalId),
    ),
  remove: customerProcedure
    .input(goalIdInput)
    .mutation(({ ctx, input }) =>
      deleteGoal(ctx.customer, { id: ctx.user.id, kind: "CUSTOMER", role: ctx.customer.role }, input.goalId),
    ),
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
  // The account's staff can repair or remove a goal too (a wrong date, a duplicate).
  editForAccount: staffAccountProcedure
    .input(editGoalInput)
    .mutation(({ ctx, input }) =>
      editGoal({ organizationId: ctx.staff.organizationId, accountId: ctx.accountId }, { id: ctx.user.id, kind: "STAFF" }, input),
    ),
  abandonForAccount: staffAccountProcedure
    .input(goalIdInput)
    .mutation(({ ctx, input }) =>
      abandonGoal(
        { organizationId: ctx.staff.organizationId, accountId: ctx.accountId },
        { id: ctx.user.id, kind: "STAFF" },
        input.goalId,
      ),
    ),
  removeForAccount: staffAccountProcedure
    .input(goalIdInput)
    .mutation(({ ctx, input }) =>
      deleteGoal(
        { organizationId: ctx.staff.organizationId, accountId: ctx.accountId },
        { id: ctx.user.id, kind: "STAFF" },
        input.goalId,
      ),
    ),
});
