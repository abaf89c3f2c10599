// Editing, abandoning and deleting a goal. Allowed to the account's champion (who sets goals; the champion
// rung proves it) and to the account's staff (who can repair a goal a customer entered wrongly); other
// customer members only report progress. Goals are a health factor: each change settles (rescore, alerts,
// goal.updated) before this returns, and is recorded on the account's timeline.
import type { z } from "zod";
import { db } from "../../db";
import { DomainError, notFound } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import type { AccountScope, Actor } from "../../identity/scope";
import { recordActivity } from "@/server/platform";
import { changeAccount, type EmitEvent } from "@/server/success";
import { calendarDate } from "@/lib/time";
import type { editGoalInput } from "./goal-input";

type Tx = Prisma.TransactionClient;

async function findGoal(scope: AccountScope, goalId: string) {
  const goal = await db.goal.findFirst({
    where: { id: goalId, organizationId: scope.organizationId, customerAccountId: scope.accountId },
  });
  if (!goal) throw notFound("Goal");
  return goal;
}

async function record(
  tx: Tx,
  emit: EmitEvent,
  scope: AccountScope,
  actor: Actor,
  goal: { id: string; current: number | null },
  type: string,
  data: Record<string, string | number | null>,
) {
  await recordActivity(
    {
      organizationId: scope.organizationId,
      customerAccountId: scope.accountId,
      actorId: actor.id,
      actorKind: actor.kind,
      type,
      subjectType: "Goal",
      subjectId: goal.id,
      data,
    },
    tx,
  );
  emit({
    type: "goal.updated",
    organizationId: scope.organizationId,
    accountId: scope.accountId,
    data: { accountId: scope.accountId, goalId: goal.id, currentValue: goal.current },
  });
}

export async function editGoal(scope: AccountScope, actor: Actor, input: z.infer<typeof editGoalInput>) {
  const goal = await findGoal(scope, input.goalId);
  const targetDate = calendarDate(input.targetDate);
  // A goal cannot be due before it was set.
  const started = new Date(Date.UTC(goal.createdAt.getUTCFullYear(), goal.createdAt.getUTCMonth(), goal.createdAt.getUTCDate()));
  if (targetDate < started) {
    throw new DomainError("BAD_REQUEST", "The target date cannot be before the goal was set", "targetDate");
  }
  if (input.target === goal.baseline) {
    throw new DomainError("BAD_REQUEST", "The target must differ from the starting value", "target");
  }
  return changeAccount(scope, async (tx, emit) => {
    const updated = await tx.goal.update({
      where: { id: goal.id },
      data: { title: input.title, metric: input.metric, unit: input.unit || null, target: input.target, targetDate },
    });
    await record(tx, emit, scope, actor, updated, "goal.edited", {
      title: updated.title,
      target: updated.target,
      targetDate: input.targetDate,
    });
    return updated;
  });
}

export async function abandonGoal(scope: AccountScope, actor: Actor, goalId: string) {
  const goal = await findGoal(scope, goalId);
  if (goal.status === "ABANDONED") return goal;
  return changeAccount(scope, async (tx, emit) => {
    const updated = await tx.goal.update({ where: { id: goal.id }, data: { status: "ABANDONED" } });
    await record(tx, emit, scope, actor, updated, "goal.abandoned", { title: goal.title });
    return updated;
  });
}

export async function deleteGoal(scope: AccountScope, actor: Actor, goalId: string) {
  const goal = await findGoal(scope, goalId);
  return changeAccount(scope, async (tx, emit) => {
    await tx.goal.delete({ where: { id: goal.id } });
    await record(tx, emit, scope, actor, { id: goal.id, current: null }, "goal.deleted", { title: goal.title });
    return { deleted: true };
  });
}
