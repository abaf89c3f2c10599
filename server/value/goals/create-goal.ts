// The champion states what success looks like: up to five active, measurable goals.
import { z } from "zod";
import { DomainError } from "../../errors";
import type { ChampionScope } from "../../identity/scope";
import { recordActivity } from "@/server/platform";
import { calendarDate } from "@/lib/time";
import { changeAccount } from "@/server/success";
import { goalFields } from "./goal-input";

const maxActiveGoals = 5;

export const createGoalInput = z.object(goalFields).refine((goal) => goal.target !== goal.baseline, {
  message: "The target must differ from the starting value",
  path: ["target"],
});

export async function createGoal(scope: ChampionScope, userId: string, input: z.infer<typeof createGoalInput>) {
  // Goals are a health factor: the change settles (rescore, alerts, goal.updated) before this returns.
  return changeAccount(scope, async (tx, emit) => {
    // Lock the account so two goals saved at once cannot both be the fifth.
    await tx.$queryRaw`SELECT id FROM "CustomerAccount" WHERE id = ${scope.accountId} FOR UPDATE`;
    const active = await tx.goal.count({ where: { customerAccountId: scope.accountId, status: "ACTIVE" } });
    if (active >= maxActiveGoals) {
      throw new DomainError("CONFLICT", `You already have ${maxActiveGoals} active goals; close one before adding another.`);
    }
    const goal = await tx.goal.create({
      data: {
        organizationId: scope.organizationId,
        customerAccountId: scope.accountId,
        title: input.title,
        metric: input.metric,
        unit: input.unit || null,
        baseline: input.baseline,
        target: input.target,
        current: input.baseline,
        targetDate: calendarDate(input.targetDate),
        createdById: userId,
      },
    });
    await recordActivity(
      {
        organizationId: scope.organizationId,
        customerAccountId: scope.accountId,
        actorId: userId,
        actorKind: "CUSTOMER",
        type: "goal.created",
        subjectType: "Goal",
        subjectId: goal.id,
        data: { title: goal.title, baseline: goal.baseline, target: goal.target },
      },
      tx,
    );
    emit({
      type: "goal.updated",
      organizationId: scope.organizationId,
      accountId: scope.accountId,
      data: { accountId: scope.accountId, goalId: goal.id, currentValue: goal.current },
    });
    return goal;
  });
}
