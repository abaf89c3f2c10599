// How far a goal has come from its baseline to its target, as a percentage. Works both ways: a goal can
// go up (10 -> 50 reports a week) or down (5 h -> 1 h spent preparing them); the sign of the distance
// takes care of the direction. Overshooting counts as 100%, moving the wrong way as 0%.

export type GoalNumbers = { baseline: number; target: number; current: number };

export function goalProgressPercent({ baseline, target, current }: GoalNumbers): number {
  const distance = target - baseline;
  if (distance === 0) return 100;
  const percent = ((current - baseline) / distance) * 100;
  if (!Number.isFinite(percent)) return 0;
  return Math.max(0, Math.min(100, Math.round(percent)));
}

export function isGoalReached({ baseline, target, current }: GoalNumbers): boolean {
  return target >= baseline ? current >= target : current <= target;
}
