// Progress of a plan, overall and per milestone, and which task is next. Pure, shared by the server
// (to keep CustomerAccount.progressPercent current) and the portal (to redraw at once on a click).
import { isOverdue, type ScheduleTask } from "./schedule-status";

export type ProgressTask = ScheduleTask & { id: string; milestoneId: string; position: number };

// Skipped tasks are out of the plan: they count neither as done nor as left to do.
export function progressPercent(tasks: Pick<ScheduleTask, "status">[]): number {
  const counted = tasks.filter((task) => task.status !== "SKIPPED");
  if (counted.length === 0) return 0;
  return Math.round((counted.filter((task) => task.status === "DONE").length / counted.length) * 100);
}

// The first open task that is due soonest (ties keep plan order).
export function nextUpTask<T extends ProgressTask>(tasks: T[], milestoneOrder: string[]): T | null {
  const rank = (task: T) => milestoneOrder.indexOf(task.milestoneId) * 10_000 + task.position;
  const open = tasks.filter((task) => task.status === "OPEN");
  open.sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime() || rank(a) - rank(b));
  return open[0] ?? null;
}

export function overdueTaskIds(tasks: ProgressTask[], today: Date): Set<string> {
  return new Set(tasks.filter((task) => isOverdue(task, today)).map((task) => task.id));
}
