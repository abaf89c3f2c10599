// Editing, abandoning and deleting a goal. Allowed to the account's champion (who sets goals) and to the
// account's staff (who can repair a goal a customer entered wrongly); other customer members only report
// progress. Each change is recorded on the account's timeline.
import type { z } from "zod";
import { db } from "../../db";
import { DomainError, notFound } from "../../errors";
import { recordActivity, type ActivityInput } from "../../platform/activity/record-activity";
import { calendarDate } from "../../platform/time/zoned-time";
import type { editGoalInput } from "./goal-input";

type GoalScope = { organizationId: string; accountId: string };
// Customers carry their account role; staff reach this only through the staff-account rung.
type GoalActor = { id: string; kind: "STAFF" } | { id: string; kind: "CUSTOMER"; role: "CHAMPION" | "MEMBER" };

async function findManageableGoal(scope: GoalScope, actor: GoalActor, goalId: string) {
  if (actor.kind === "CUSTOMER" && actor.role !== "CHAMPION") {
    throw new DomainError("FORBIDDEN", "Only your account's champion can change or remove goals.");
  }
  const goal = await db.goal.findFirst({
    where: { id: goalId, organizationId: scope.organizationId, customerAccountId: scope.accountId },
  });
  if (!goal) throw notFound("Goal");
  return goal;
}

function record(scope: GoalScope, actor: GoalActor, goalId: string, type: string, data: ActivityInput["data"]) {
  return recordActivity({
    organizationId: scope.organizationId,
    customerAccountId: scope.accountId,
    actorId: actor.id,
    actorKind: actor.kind,
    type,
    subjectType: "Goal",
    subjectId: goalId,
    data,
  });
}

export async function editGoal(scope: GoalScope, actor: GoalActor, input: z.infer<typeof editGoalInput>) {
  const goal = await findManageableGoal(scope, actor, input.goalId);
  const targetDate = calendarDate(input.targetDate);
  // A goal cannot be due before it was set.
  const started = new Date(Date.UTC(goal.createdAt.getUTCFullYear(), goal.createdAt.getUTCMonth(), goal.createdAt.getUTCDate()));
  if (targetDate < started) {
    throw new DomainError("BAD_REQUEST", "The target date cannot be before the goal was set", "targetDate");
  }
  if (input.target === goal.baseline) {
    throw new DomainError("BAD_REQUEST", "The target must differ from the starting value", "target");
  }
  const updated = await db.goal.update({
    where: { id: goal.id },
    data: { title: input.title, metric: input.metric, unit: input.unit || null, target: input.target, targetDate },
  });
  await record(scope, actor, goal.id, "goal.edited", {
    title: updated.title,
    target: updated.target,
    targetDate: input.targetDate,
  });
  return updated;
}

export async function abandonGoal(scope: GoalScope, actor: GoalActor, goalId: string) {
  const goal = await findManageableGoal(scope, actor, goalId);
  if (goal.status === "ABANDONED") return goal;
  const updated = await db.goal.update({ where: { id: goal.id }, data: { status: "ABANDONED" } });
  await record(scope, actor, goal.id, "goal.abandoned", { title: goal.title });
  return updated;
}

export async function deleteGoal(scope: GoalScope, actor: GoalActor, goalId: string) {
  const goal = await findManageableGoal(scope, actor, goalId);
  await db.goal.delete({ where: { id: goal.id } });
  await record(scope, actor, goal.id, "goal.deleted", { title: goal.title });
  return { deleted: true };
}
