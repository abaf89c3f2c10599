// Counts in the database, after the load, what the customers were told: every completion the app
// acknowledged must be DONE (none lost), nothing may be DONE that no one sent, each completion has
// exactly one activity event (retries did not record twice), and every account's progress matches its tasks.
import type pg from "pg";
import { progressPercent } from "../../lib/onboarding/plan-progress";
import type { TaskStatus } from "../../server/generated/prisma/enums";

export type CompletionAudit = {
  acknowledged: number;
  attempted: number;
  doneInDatabase: number;
  // Acknowledged, yet not DONE in the database.
  lost: number;
  // DONE in the database, yet never sent by a customer.
  phantom: number;
  // Sent, never acknowledged (the outage ate the answer), yet DONE: the retry would have found it so.
  doneWithoutAcknowledgement: number;
  activityEvents: number;
  tasksWithDuplicateEvents: number;
  tasksWithoutEvent: number;
  accountsWithWrongProgress: number;
};

export async function auditCompletions(
  pool: pg.Pool,
  organizationId: string,
  acknowledged: Set<string>,
  attempted: Set<string>,
): Promise<CompletionAudit> {
  const tasks = await pool.query<{ id: string; accountId: string; status: TaskStatus }>(
    `SELECT id, "customerAccountId" AS "accountId", status FROM "AccountTask" WHERE "organizationId" = $1`,
    [organizationId],
  );
  const done = new Set(tasks.rows.filter((task) => task.status === "DONE").map((task) => task.id));
  const events = await pool.query<{ subjectId: string; count: string }>(
    `SELECT "subjectId", count(*) FROM "ActivityEvent"
     WHERE "organizationId" = $1 AND type = 'task.completed' AND "subjectType" = 'AccountTask' GROUP BY "subjectId"`,
    [organizationId],
  );
  const eventsByTask = new Map(events.rows.map((row) => [row.subjectId, Number(row.count)]));
  const accounts = await pool.query<{ id: string; progressPercent: number }>(
    `SELECT id, "progressPercent" FROM "CustomerAccount" WHERE "organizationId" = $1`,
    [organizationId],
  );
  const statusesByAccount = new Map<string, { status: TaskStatus }[]>();
  for (const task of tasks.rows) {
    const list = statusesByAccount.get(task.accountId) ?? [];
    list.push({ status: task.status });
    statusesByAccount.set(task.accountId, list);
  }
  const count = <T>(items: Iterable<T>, keep: (item: T) => boolean) => [...items].filter(keep).length;
  return {
    acknowledged: acknowledged.size,
    attempted: attempted.size,
    doneInDatabase: done.size,
    lost: count(acknowledged, (id) => !done.has(id)),
    phantom: count(done, (id) => !attempted.has(id)),
    doneWithoutAcknowledgement: count(attempted, (id) => !acknowledged.has(id) && done.has(id)),
    activityEvents: [...eventsByTask.values()].reduce((sum, value) => sum + value, 0),
    tasksWithDuplicateEvents: count(eventsByTask.values(), (value) => value > 1),
    tasksWithoutEvent: count(done, (id) => !eventsByTask.has(id)),
    accountsWithWrongProgress: count(
      accounts.rows,
      (account) => account.progressPercent !== progressPercent(statusesByAccount.get(account.id) ?? []),
    ),
  };
}
