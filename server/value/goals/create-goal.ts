// The champion states what success looks like: up to five active, measurable goals.
import { z } from "zod";
import { db } from "../../db";
import { DomainError } from "../../errors";
import type { CustomerScope } from "../../identity/scope";
import { recordActivity } from "../../platform/activity/record-activity";
import { calendarDate } from "../../platform/time/zoned-time";
import { goalFields } from "./goal-input";

export const maxActiveGoals = 5;

export const createGoalInput = z.object(goalFields).refine((goal) => goal.target !== goal.baseline, {
  message: "The target must differ from the starting value",
  path: ["target"],
});

export async function createGoal(scope: CustomerScope, userId: string, input: z.infer<typeof createGoalInput>) {
  if (scope.role !== "CHAMPION") throw new DomainError("FORBIDDEN", "Only your account's champion can set goals.");
  return db.$transaction(async (tx) => {
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
    return goal;
  });
}
