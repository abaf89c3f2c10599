// Completing and reopening a task. Safe under double clicks, retries and two people at once:
// the status changes through a conditional update (only an OPEN task can be completed, only a DONE one
// reopened) inside a transaction that first locks the account row, so milestone and progress bookkeeping
// see every other completion of the same account. Activity is recorded only by the call that changed
// the row; every caller gets the same final state back, so a loser of the race sees success.
import { z } from "zod";
import { db } from "../../db";
import { DomainError, notFound } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import { progressPercent } from "../../../lib/onboarding/plan-progress";
import { recordActivity } from "../activity/record-activity";
import { refreshHealthScores } from "../health/refresh-health-scores";

export const taskIdInput = z.object({ taskId: z.string().min(1, "Choose a task").max(64) });
export const completeTaskInput = taskIdInput.extend({
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters").optional(),
});

export type TaskActor = { id: string; kind: "CUSTOMER" | "STAFF" };
export type AccountScope = { organizationId: string; accountId: string };

type Tx = Prisma.TransactionClient;

export async function findScopedTask(tx: Tx, scope: AccountScope, taskId: string) {
  const task = await tx.accountTask.findFirst({
    where: { id: taskId, organizationId: scope.organizationId, customerAccountId: scope.accountId },
  });
  if (!task) throw notFound("Task");
  return task;
}

export function assertActorMayChange(task: { owner: string }, actor: TaskActor) {
  if (actor.kind === "CUSTOMER" && task.owner === "VENDOR") {
    throw new DomainError("FORBIDDEN", "This task is done by your vendor's team; they will tick it off.");
  }
}

async function lockAccount(tx: Tx, accountId: string) {
  await tx.$queryRaw`SELECT id FROM "CustomerAccount" WHERE id = ${accountId} FOR UPDATE`;
}

// Keeps the milestone's reachedAt and the account's progressPercent in step with its tasks.
async function refreshProgress(tx: Tx, scope: AccountScope, milestoneId: string, actor: TaskActor) {
  const [milestone, openInMilestone, tasks] = await Promise.all([
    tx.accountMilestone.findUniqueOrThrow({ where: { id: milestoneId } }),
    tx.accountTask.count({ where: { milestoneId, status: "OPEN" } }),
    tx.accountTask.findMany({ where: { customerAccountId: scope.accountId }, select: { status: true } }),
  ]);
  await tx.customerAccount.update({ where: { id: scope.accountId }, data: { progressPercent: progressPercent(tasks) } });
  const event = {
    organizationId: scope.organizationId,
    customerAccountId: scope.accountId,
    actorId: actor.id,
    actorKind: actor.kind,
  };
  if (openInMilestone === 0 && !milestone.reachedAt) {
    await tx.accountMilestone.update({ where: { id: milestoneId }, data: { reachedAt: new Date() } });
    await recordActivity(
      {
        ...event,
        type: "milestone.reached",
        subjectType: "AccountMilestone",
        subjectId: milestoneId,
        data: { title: milestone.title },
      },
      tx,
    );
  } else if (openInMilestone > 0 && milestone.reachedAt) {
    await tx.accountMilestone.update({ where: { id: milestoneId }, data: { reachedAt: null } });
    await recordActivity(
      {
        ...event,
        type: "milestone.reopened",
        subjectType: "AccountMilestone",
        subjectId: milestoneId,
        data: { title: milestone.title },
      },
      tx,
    );
  }
}

function taskResult(tx: Tx, taskId: string) {
  return tx.accountTask.findUniqueOrThrow({
    where: { id: taskId },
    select: {
      id: true,
      status: true,
      completedAt: true,
      completionNote: true,
      answer: true,
      completedBy: { select: { id: true, name: true, email: true } },
      milestone: { select: { id: true, reachedAt: true } },
    },
  });
}

export type TaskChange = { answer?: string };

export async function completeTask(
  scope: AccountScope,
  taskId: string,
  actor: TaskActor,
  note?: string,
  change: TaskChange = {},
) {
  const result = await db.$transaction(async (tx) => {
    const task = await findScopedTask(tx, scope, taskId);
    assertActorMayChange(task, actor);
    // A customer completes a question by answering it, so the CSM always has the answer.
    if (task.kind === "QUESTION" && task.status === "OPEN" && actor.kind === "CUSTOMER" && change.answer === undefined) {
      throw new DomainError("BAD_REQUEST", "Answer the question to complete this task.");
    }
    await lockAccount(tx, scope.accountId);
    const changed = await tx.accountTask.updateMany({
      where: { id: task.id, status: "OPEN" },
      data: { status: "DONE", completedAt: new Date(), completedById: actor.id, completionNote: note ?? null, ...change },
    });
    if (changed.count === 1) {
      await recordActivity(
        {
          organizationId: scope.organizationId,
          customerAccountId: scope.accountId,
          actorId: actor.id,
          actorKind: actor.kind,
          type: change.answer !== undefined ? "task.answered" : "task.completed",
          subjectType: "AccountTask",
          subjectId: task.id,
          data: {
            title: task.title,
            ...(note ? { note } : {}),
            ...(change.answer !== undefined ? { answer: change.answer } : {}),
          },
        },
        tx,
      );
      await refreshProgress(tx, scope, task.milestoneId, actor);
    }
    return taskResult(tx, task.id);
  });
  // The CSM's portfolio sorts by health, which progress moves.
  await refreshHealthScores(scope.organizationId, [scope.accountId]);
  return result;
}

export async function reopenTask(scope: AccountScope, taskId: string, actor: TaskActor) {
  const result = await db.$transaction(async (tx) => {
    const task = await findScopedTask(tx, scope, taskId);
    assertActorMayChange(task, actor);
    await lockAccount(tx, scope.accountId);
    const changed = await tx.accountTask.updateMany({
      where: { id: task.id, status: "DONE" },
      data: { status: "OPEN", completedAt: null, completedById: null, completionNote: null },
    });
    if (changed.count === 1) {
      await recordActivity(
        {
          organizationId: scope.organizationId,
          customerAccountId: scope.accountId,
          actorId: actor.id,
          actorKind: actor.kind,
          type: "task.reopened",
          subjectType: "AccountTask",
          subjectId: task.id,
          data: { title: task.title },
        },
        tx,
      );
      await refreshProgress(tx, scope, task.milestoneId, actor);
    }
    return taskResult(tx, task.id);
  });
  // The CSM's portfolio sorts by health, which progress moves.
  await refreshHealthScores(scope.organizationId, [scope.accountId]);
  return result;
}
