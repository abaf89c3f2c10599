// An account's tasks for the REST API, in plan order.
import { db } from "../../../db";
import type { ProvenAccountId, ProvenOrganizationId } from "../../../identity/scope";
import { calendarDay, isoOrNull } from "./present";

type Scope = { organizationId: ProvenOrganizationId; accountId: ProvenAccountId };

const taskSelect = {
  id: true,
  title: true,
  kind: true,
  owner: true,
  required: true,
  status: true,
  dueDate: true,
  completedAt: true,
  answer: true,
  milestone: { select: { id: true, title: true, reachedAt: true, position: true } },
} as const;

type TaskRow = {
  dueDate: Date;
  completedAt: Date | null;
  milestone: { id: string; title: string; reachedAt: Date | null; position: number };
};

function presentTask<T extends TaskRow>(task: T) {
  const { position: _position, ...milestone } = task.milestone;
  return {
    ...task,
    dueDate: calendarDay(task.dueDate),
    completedAt: isoOrNull(task.completedAt),
    milestone: { ...milestone, reachedAt: isoOrNull(milestone.reachedAt) },
  };
}

export async function listTasks(scope: Scope) {
  const tasks = await db.accountTask.findMany({
    where: { organizationId: scope.organizationId, customerAccountId: scope.accountId },
    orderBy: [{ milestone: { position: "asc" } }, { position: "asc" }],
    select: taskSelect,
  });
  return { data: tasks.map(presentTask) };
}

export async function getTask(scope: Scope, taskId: string) {
  const task = await db.accountTask.findFirstOrThrow({
    where: { id: taskId, organizationId: scope.organizationId, customerAccountId: scope.accountId },
    select: taskSelect,
  });
  return presentTask(task);
}
