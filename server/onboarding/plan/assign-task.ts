// The champion hands a task to a colleague; the assignee must belong to the same account.
import { z } from "zod";
import { db } from "../../db";
import { DomainError } from "../../errors";
import type { ChampionScope } from "../../identity/scope";
import { recordActivity } from "@/server/platform";
import { findScopedTask } from "./set-task-status";

export const assignTaskInput = z.object({
  taskId: z.string().min(1, "Choose a task").max(64),
  assigneeId: z.string().min(1).max(64).nullable(),
});

export async function assignTask(scope: ChampionScope, actorId: string, input: z.infer<typeof assignTaskInput>) {
  const task = await findScopedTask(db, scope, input.taskId);
  if (input.assigneeId) {
    const member = await db.accountMember.findFirst({
      where: { customerAccountId: scope.accountId, organizationId: scope.organizationId, userId: input.assigneeId },
    });
    if (!member) throw new DomainError("BAD_REQUEST", "That person is not on your team; invite them first.");
  }
  const updated = await db.accountTask.update({
    where: { id: task.id },
    data: { assigneeId: input.assigneeId },
    select: { id: true, assignee: { select: { id: true, name: true, email: true } } },
  });
  await recordActivity({
    organizationId: scope.organizationId,
    customerAccountId: scope.accountId,
    actorId,
    actorKind: "CUSTOMER",
    type: "task.assigned",
    subjectType: "AccountTask",
    subjectId: task.id,
    data: { title: task.title, assigneeId: input.assigneeId },
  });
  return updated;
}
