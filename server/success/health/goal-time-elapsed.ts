// How much of a goal's time window (from when it was set to its target date) has passed, 0–1: the health
// score compares it with how far the goal has come.
export function goalTimeElapsed(goal: { createdAt: Date; targetDate: Date }, now: Date): number {
  const window = goal.targetDate.getTime() - goal.createdAt.getTime();
  // A target date that cannot be read (stored before dates were validated) puts no time pressure on the
  // score instead of turning it into NaN.
  if (Number.isNaN(window)) return 0;
  if (window <= 0) return 1;
  return Math.max(0, Math.min(1, (now.getTime() - goal.createdAt.getTime()) / window));
}
