// Whether an account is on track against its plan. Pure, so the portal, the workspace and jobs agree.
//
// Definitions (in this order of precedence):
// - "complete": no open required task is left.
// - "stuck":    open required tasks remain, at least one of them is overdue, and nobody at the customer has
//               done anything for the organization's stallDays (counted from kickoff when they never have).
// - "behind":   at least one open required task is past its due date.
// - "on_track": otherwise.
// A task is overdue once its due date (a calendar day) is before today in the account's time zone: a task
// due today is not late yet.

export type ScheduleStatus = "on_track" | "behind" | "stuck" | "complete";

export type ScheduleTask = { status: "OPEN" | "DONE" | "SKIPPED"; required: boolean; dueDate: Date };

export type ScheduleInput = {
  tasks: ScheduleTask[];
  kickoffDate: Date;
  lastCustomerActivityAt: Date | null;
  stallDays: number;
  timeZone: string;
  now: Date;
};

const dayMs = 24 * 60 * 60 * 1000;

// Today's calendar date in a zone, as midnight UTC of that Y-M-D (how @db.Date columns are read back).
export function todayIn(timeZone: string, now: Date): Date {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(
    now,
  );
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return new Date(Date.UTC(get("year"), get("month") - 1, get("day")));
}

export function isOverdue(task: ScheduleTask, today: Date): boolean {
  return task.status === "OPEN" && task.dueDate.getTime() < today.getTime();
}

export function scheduleStatus(input: ScheduleInput): { status: ScheduleStatus; overdueCount: number; idleDays: number } {
  const today = todayIn(input.timeZone, input.now);
  const openRequired = input.tasks.filter((task) => task.required && task.status === "OPEN");
  const overdueCount = openRequired.filter((task) => isOverdue(task, today)).length;
  const since = input.lastCustomerActivityAt ?? input.kickoffDate;
  const idleDays = Math.max(0, Math.floor((input.now.getTime() - since.getTime()) / dayMs));
  if (openRequired.length === 0) return { status: "complete", overdueCount, idleDays };
  if (overdueCount > 0 && idleDays >= input.stallDays) return { status: "stuck", overdueCount, idleDays };
  if (overdueCount > 0) return { status: "behind", overdueCount, idleDays };
  return { status: "on_track", overdueCount, idleDays };
}
