// The champion states what success looks like: up to five active, measurable goals.
import { z } from "zod";
import { DomainError } from "../../errors";
import type { CustomerScope } from "../../identity/scope";
import { recordActivity } from "../../platform/activity/record-activity";
import { calendarDate } from "../../platform/time/zoned-time";
import { changeAccount } from "../../success/settle/change-account";

export const maxActiveGoals = 5;

const finite = (what: string) => z.number({ error: `Enter the ${what} as a number` }).finite(`Enter the ${what} as a number`);

export const createGoalInput = z
  .object({
    title: z.string().trim().min(1, "Give the goal a title").max(140, "Keep the title under 140 characters"),
    metric: z.string().trim().min(1, "Say what you will measure").max(200, "Keep the measure under 200 characters"),
    unit: z.string().trim().max(30, "Keep the unit short").optional(),
    baseline: finite("starting value"),
    target: finite("target"),
    targetDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Pick a target date"),
  })
  .refine((goal) => goal.target !== goal.baseline, {
    message: "The target must differ from the starting value",
    path: ["target"],
  });

export async function createGoal(scope: CustomerScope, userId: string, input: z.infer<typeof createGoalInput>) {
  if (scope.role !== "CHAMPION") throw new DomainError("FORBIDDEN", "Only your account's champion can set goals.");
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
