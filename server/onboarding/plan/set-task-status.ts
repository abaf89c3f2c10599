// Completing and reopening a task. Safe under double clicks, retries and two people at once:
// the status changes through a conditional update (only an OPEN task can be completed, only a DONE one
// reopened) inside a transaction that first locks the account row, so milestone and progress bookkeeping
// see every other completion of the same account. Activity is recorded only by the call that changed
// the row; every caller gets the same final state back, so a loser of the race sees success. The change
// goes through the choke point (success/settle/change-account): its domain events (task.completed,
// task.reopened, milestone.reached) commit with it, and the account is rescored before the call returns.
import { z } from "zod";
import { DomainError, notFound } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import { progressPercent } from "../../../lib/onboarding/plan-progress";
import { recordActivity } from "../../platform/activity/record-activity";
import type { EventActor } from "../../platform/events";
import { changeAccount, type EmitEvent } from "../../success/settle/change-account";

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

type LockedTask = {
  id: string;
  kind: string;
  owner: string;
  status: string;
  title: string;
  milestone: { id: string; title: string; reachedAt: Date | null };
};

const eventActor = (actor: TaskActor): EventActor => ({
  kind: actor.kind === "CUSTOMER" ? "customer" : "staff",
  userId: actor.id,
});

// Reads the task and locks its account row in one round trip (a completion is the app's hottest write).
// Every status change of the account queues on that lock, so progress and milestone bookkeeping below
// see all the others.
async function lockAccountAndFindTask(tx: Tx, scope: AccountScope, taskId: string): Promise<LockedTask> {
  const rows = await tx.$queryRaw<
    (Omit<LockedTask, "milestone"> & { milestoneId: string; milestoneTitle: string; reachedAt: Date | null })[]
  >`
    SELECT t.id, t.kind::text AS kind, t.owner::text AS owner, t.status::text AS status, t.title,
      m.id AS "milestoneId", m.title AS "milestoneTitle", m."reachedAt"
    FROM "AccountTask" t
    JOIN "CustomerAccount" a ON a.id = t."customerAccountId"
    JOIN "AccountMilestone" m ON m.id = t."milestoneId"
    WHERE t.id = ${taskId} AND t."organizationId" = ${scope.organizationId} AND t."customerAccountId" = ${scope.accountId}
    FOR UPDATE OF a`;
  const row = rows[0];
  if (!row) throw notFound("Task");
  const { milestoneId, milestoneTitle, reachedAt, ...task } = row;
  return { ...task, milestone: { id: milestoneId, title: milestoneTitle, reachedAt } };
}

// Keeps the milestone's reachedAt and the account's progressPercent in step with its tasks (read once,
// under the account lock, after this call's change).
async function refreshProgress(
  tx: Tx,
  scope: AccountScope,
  milestone: LockedTask["milestone"],
  actor: TaskActor,
  emit: EmitEvent,
) {
  const tasks = await tx.accountTask.findMany({
    where: { customerAccountId: scope.accountId },
    select: { status: true, milestoneId: true },
  });
  const openInMilestone = tasks.filter((task) => task.milestoneId === milestone.id && task.status === "OPEN").length;
  await tx.customerAccount.update({ where: { id: scope.accountId }, data: { progressPercent: progressPercent(tasks) } });
  const event = {
    organizationId: scope.organizationId,
    customerAccountId: scope.accountId,
    actorId: actor.id,
    actorKind: actor.kind,
  };
  if (openInMilestone === 0 && !milestone.reachedAt) {
    await tx.accountMilestone.update({ where: { id: milestone.id }, data: { reachedAt: new Date() } });
    emit({
      type: "milestone.reached",
      organizationId: scope.organizationId,
      accountId: scope.accountId,
      data: { accountId: scope.accountId, milestoneId: milestone.id, title: milestone.title },
    });
    await recordActivity(
      {
        ...event,
        type: "milestone.reached",
        subjectType: "AccountMilestone",
        subjectId: milestone.id,
        data: { title: milestone.title },
      },
      tx,
    );
  } else if (openInMilestone > 0 && milestone.reachedAt) {
    await tx.accountMilestone.update({ where: { id: milestone.id }, data: { reachedAt: null } });
    await recordActivity(
      {
        ...event,
        type: "milestone.reopened",
        subjectType: "AccountMilestone",
        subjectId: milestone.id,
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
  return changeAccount(scope, async (tx, emit) => {
    const task = await lockAccountAndFindTask(tx, scope, taskId);
    assertActorMayChange(task, actor);
    // A customer completes a question by answering it, so the CSM always has the answer.
    if (task.kind === "QUESTION" && task.status === "OPEN" && actor.kind === "CUSTOMER" && change.answer === undefined) {
      throw new DomainError("BAD_REQUEST", "Answer the question to complete this task.");
    }
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
      emit({
        type: "task.completed",
        organizationId: scope.organizationId,
        accountId: scope.accountId,
        data: {
          accountId: scope.accountId,
          taskId: task.id,
          title: task.title,
          by: eventActor(actor),
        },
      });
      await refreshProgress(tx, scope, task.milestone, actor, emit);
    }
    return taskResult(tx, task.id);
  });
}

export async function reopenTask(scope: AccountScope, taskId: string, actor: TaskActor) {
  return changeAccount(scope, async (tx, emit) => {
    const task = await lockAccountAndFindTask(tx, scope, taskId);
    assertActorMayChange(task, actor);
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
      emit({
        type: "task.reopened",
        organizationId: scope.organizationId,
        accountId: scope.accountId,
        data: { accountId: scope.accountId, taskId: task.id, by: eventActor(actor) },
      });
      await refreshProgress(tx, scope, task.milestone, actor, emit);
    }
    return taskResult(tx, task.id);
  });
}
