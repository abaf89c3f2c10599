// Whether an account is on track against its plan. Pure, so the portal, the workspace and jobs agree; the
// portfolio decides the same facts in SQL (server/success/portfolio/list-portfolio.ts) and feeds them to
// classifySchedule, and tests/integration/overdue-parity.test.ts proves its SQL "overdue" agrees with isOverdue.
//
// Definitions (in this order of precedence):
// - "complete":        no open required task is left.
// - "behind-and-idle": at least one open required task is overdue AND nobody at the customer has done
//                      anything for the organization's stallDays (counted from kickoff when they never have).
//                      "Idle" is the same test as the STALLED alert (no customer activity for stallDays while
//                      tasks are open); this status adds that the plan is also late.
// - "behind":          at least one open required task is past its due date.
// - "on-track":        otherwise.
// A task is overdue once its due date (a calendar day) is before today in the account's time zone: a task
// due today is not late yet.
import { dayMs, todayIn } from "../time";

export type ScheduleStatus = "on-track" | "behind" | "behind-and-idle" | "complete";
// The portfolio also shows accounts that are not being onboarded right now.
export type AccountScheduleStatus = ScheduleStatus | "paused" | "churned";

export type ScheduleTask = { status: "OPEN" | "DONE" | "SKIPPED"; required: boolean; dueDate: Date };

export type ScheduleInput = {
  tasks: ScheduleTask[];
  kickoffDate: Date;
  lastCustomerActivityAt: Date | null;
  stallDays: number;
  timeZone: string;
  now: Date;
};

export function isOverdue(task: ScheduleTask, today: Date): boolean {
  return task.status === "OPEN" && task.dueDate.getTime() < today.getTime();
}

export function classifySchedule(facts: {
  hasOpenRequired: boolean;
  hasOverdueRequired: boolean;
  idle: boolean;
}): ScheduleStatus {
  if (!facts.hasOpenRequired) return "complete";
  if (facts.hasOverdueRequired && facts.idle) return "behind-and-idle";
  if (facts.hasOverdueRequired) return "behind";
  return "on-track";
}

export function scheduleStatus(input: ScheduleInput): { status: ScheduleStatus; overdueCount: number; idleDays: number } {
  const today = todayIn(input.timeZone, input.now);
  const openRequired = input.tasks.filter((task) => task.required && task.status === "OPEN");
  const overdueCount = openRequired.filter((task) => isOverdue(task, today)).length;
  const since = input.lastCustomerActivityAt ?? input.kickoffDate;
  const idleDays = Math.max(0, Math.floor((input.now.getTime() - since.getTime()) / dayMs));
  const status = classifySchedule({
    hasOpenRequired: openRequired.length > 0,
    hasOverdueRequired: overdueCount > 0,
    idle: idleDays >= input.stallDays,
  });
  return { status, overdueCount, idleDays };
}
