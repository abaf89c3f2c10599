// Reporting where a goal stands now: a GoalUpdate row, Goal.current, and an event on the timeline.
// Customers of the account and its staff may both do it. Goals are a health factor: the change settles
// (rescore, alerts, goal.updated) before this returns.
import { z } from "zod";
import { db } from "../../db";
import { notFound } from "../../errors";
import { isGoalReached } from "../../../lib/onboarding/goal-progress";
import { recordActivity } from "../../platform/activity/record-activity";
import { changeAccount } from "../../success/settle/change-account";

export const updateGoalInput = z.object({
  goalId: z.string().min(1, "Choose a goal").max(64),
  value: z.number({ error: "Enter the current value as a number" }).finite("Enter the current value as a number"),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters").optional(),
});

export async function updateGoalProgress(
  scope: { organizationId: string; accountId: string },
  actor: { id: string; kind: "CUSTOMER" | "STAFF" },
  input: z.infer<typeof updateGoalInput>,
) {
  const goal = await db.goal.findFirst({
    where: { id: input.goalId, organizationId: scope.organizationId, customerAccountId: scope.accountId },
  });
  if (!goal) throw notFound("Goal");
  return changeAccount(scope, async (tx, emit) => {
    await tx.goalUpdate.create({ data: { goalId: goal.id, value: input.value, note: input.note || null, userId: actor.id } });
    const reached = isGoalReached({ baseline: goal.baseline, target: goal.target, current: input.value });
    const updated = await tx.goal.update({
      where: { id: goal.id },
      data: {
        current: input.value,
        // Reaching the target marks the goal achieved; falling back below it makes it active again.
        status: goal.status === "ABANDONED" ? "ABANDONED" : reached ? "ACHIEVED" : "ACTIVE",
      },
    });
    await recordActivity(
      {
        organizationId: scope.organizationId,
        customerAccountId: scope.accountId,
        actorId: actor.id,
        actorKind: actor.kind,
        type: "goal.updated",
        subjectType: "Goal",
        subjectId: goal.id,
        data: { title: goal.title, from: goal.current, to: input.value, ...(input.note ? { note: input.note } : {}) },
      },
      tx,
    );
    emit({
      type: "goal.updated",
      organizationId: scope.organizationId,
      accountId: scope.accountId,
      data: { accountId: scope.accountId, goalId: goal.id, currentValue: input.value },
    });
    return updated;
  });
}
