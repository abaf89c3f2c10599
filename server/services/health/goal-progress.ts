// How far a goal has come from its baseline toward its target (0–1), whichever direction the target lies
// ("cut reporting from 5 h to 1 h" moves down), and how much of its time window has passed.
export function goalProgress(goal: { baseline: number; target: number; current: number }): number {
  const span = goal.target - goal.baseline;
  if (span === 0) return goal.current === goal.target ? 1 : 0;
  return Math.max(0, Math.min(1, (goal.current - goal.baseline) / span));
}

export function goalTimeElapsed(goal: { createdAt: Date; targetDate: Date }, now: Date): number {
  const window = goal.targetDate.getTime() - goal.createdAt.getTime();
  if (window <= 0) return 1;
  return Math.max(0, Math.min(1, (now.getTime() - goal.createdAt.getTime()) / window));
}
