import {
  abandonGoal,
  createGoal,
  createGoalInput,
  deleteGoal,
  editGoal,
  editGoalInput,
  goalIdInput,
  listGoals,
  updateGoalInput,
  updateGoalProgress,
} from "@/server/value";
import { championProcedure, customerProcedure, staffAccountProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const goalsRouter = router({
  list: customerProcedure.query(({ ctx }) => listGoals(ctx.customer)),
  create: championProcedure.input(createGoalInput).mutation(({ ctx, input }) => createGoal(ctx.champion, ctx.user.id, input)),
  update: customerProcedure
    .input(updateGoalInput)
    .mutation(({ ctx, input }) => updateGoalProgress(ctx.customer, ctx.actor, input)),
  // The champion edits, abandons and deletes goals (other members report progress only).
  edit: championProcedure.input(editGoalInput).mutation(({ ctx, input }) => editGoal(ctx.champion, ctx.actor, input)),
  abandon: championProcedure.input(goalIdInput).mutation(({ ctx, input }) => abandonGoal(ctx.champion, ctx.actor, input.goalId)),
  remove: championProcedure.input(goalIdInput).mutation(({ ctx, input }) => deleteGoal(ctx.champion, ctx.actor, input.goalId)),
  listForAccount: staffAccountProcedure.query(({ ctx }) => listGoals(ctx.account)),
  updateForAccount: staffAccountProcedure
    .input(updateGoalInput)
    .mutation(({ ctx, input }) => updateGoalProgress(ctx.account, ctx.actor, input)),
  // The account's staff can repair or remove a goal too (a wrong date, a duplicate).
  editForAccount: staffAccountProcedure
    .input(editGoalInput)
    .mutation(({ ctx, input }) => editGoal(ctx.account, ctx.actor, input)),
  abandonForAccount: staffAccountProcedure
    .input(goalIdInput)
    .mutation(({ ctx, input }) => abandonGoal(ctx.account, ctx.actor, input.goalId)),
  removeForAccount: staffAccountProcedure
    .input(goalIdInput)
    .mutation(({ ctx, input }) => deleteGoal(ctx.account, ctx.actor, input.goalId)),
});
