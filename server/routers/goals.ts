import { createGoal, createGoalInput, listGoals, updateGoalInput, updateGoalProgress } from "@/server/value";
import { championProcedure, customerProcedure, staffAccountProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const goalsRouter = router({
  list: customerProcedure.query(({ ctx }) => listGoals(ctx.customer)),
  create: championProcedure.input(createGoalInput).mutation(({ ctx, input }) => createGoal(ctx.champion, ctx.user.id, input)),
  update: customerProcedure
    .input(updateGoalInput)
    .mutation(({ ctx, input }) => updateGoalProgress(ctx.customer, ctx.actor, input)),
  listForAccount: staffAccountProcedure.query(({ ctx }) => listGoals(ctx.account)),
  updateForAccount: staffAccountProcedure
    .input(updateGoalInput)
    .mutation(({ ctx, input }) => updateGoalProgress(ctx.account, ctx.actor, input)),
});
