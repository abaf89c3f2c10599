// The account health score: 0–100, explained factor by factor. One pure function, so the portfolio, the
// account page, alerts and tests all agree on what "healthy" means.
//
// Each factor scores 0–100 (100 = nothing to worry about); the score is their weighted mean. Factors:
//   schedule  share of the required tasks due by today that are done
//   activity  days since a customer did anything (full marks within 2 days, zero at twice the stall limit)
//   overdue   open tasks past their due date (−25 each)
//   checkIn   the latest check-in answer (on track 100, some concerns 50, off track 0; none yet is neutral)
//   help      open help requests (−20 each) and whether the oldest waited past the response target (−40)
//   goals     progress toward the account's goals against the time elapsed; no goals set scores 60
//   neglect   days since a person at the vendor last reached out (full marks within half the neglect limit)
// Paused and churned accounts are not scored.
import { z } from "zod";
import { checkInAnswerLabels } from "../engagement/check-in-answers";

const healthFactorKeys = ["schedule", "activity", "overdue", "checkIn", "help", "goals", "neglect"] as const;
export type HealthFactorKey = (typeof healthFactorKeys)[number];

export const healthWeightsSchema = z.object(
  Object.fromEntries(healthFactorKeys.map((key) => [key, z.number().int().min(0).max(100)])) as Record<
    HealthFactorKey,
    z.ZodNumber
  >,
);
export type HealthWeights = Record<HealthFactorKey, number>;

// What each factor is called on the account page and in the weights form.
export const healthFactorLabels: Record<HealthFactorKey, string> = {
  schedule: "Schedule adherence",
  activity: "Customer activity",
  overdue: "Overdue tasks",
  checkIn: "Check-in answers",
  help: "Help requests",
  goals: "Goal progress",
  neglect: "Vendor attention",
};

export const defaultHealthWeights: HealthWeights = {
  schedule: 25,
  activity: 15,
  overdue: 15,
  checkIn: 15,
  help: 10,
  goals: 10,
  neglect: 10,
};

// Saved weights merged over the defaults, factor by factor: a factor added later (or one value that no
// longer parses) takes its default, and every custom value the organization chose is kept.
export function mergeHealthWeights(stored: unknown): { weights: HealthWeights; isDefault: boolean } {
  const saved = stored !== null && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
  const weights = { ...defaultHealthWeights };
  let custom = 0;
  for (const key of healthFactorKeys) {
    const parsed = healthWeightsSchema.shape[key].safeParse(saved[key]);
    if (parsed.success) {
      weights[key] = parsed.data;
      custom++;
    }
  }
  return { weights, isDefault: custom === 0 };
}

export type HealthInputs = {
  status: "ONBOARDING" | "LIVE" | "PAUSED" | "CHURNED";
  daysSinceKickoff: number;
  requiredDueByToday: number;
  requiredDoneOfDue: number;
  overdueTasks: number;
  daysSinceCustomerActivity: number | null;
  latestCheckInAnswer: "ON_TRACK" | "SOME_CONCERNS" | "OFF_TRACK" | null;
  openHelpRequests: number;
  oldestHelpRequestHours: number | null;
  // Per goal: how far from baseline to target (0–1) and how much of its time window has passed (0–1).
  goals: { progress: number; elapsed: number }[];
  daysSinceVendorTouch: number | null;
  thresholds: { stallDays: number; neglectDays: number; helpResponseHours: number };
};

export type HealthFactor = { key: HealthFactorKey; label: string; score: number; weight: number; detail: string };
export type HealthResult = { score: number | null; factors: HealthFactor[]; summary: string };

const clamp = (value: number) => Math.max(0, Math.min(100, Math.round(value)));
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

// Full marks up to `fullUntil` days, falling linearly to zero at `zeroAt` days.
function decay(days: number, fullUntil: number, zeroAt: number): number {
  if (days <= fullUntil) return 100;
  if (days >= zeroAt) return 0;
  return 100 * (1 - (days - fullUntil) / (zeroAt - fullUntil));
}

function scheduleFactor(input: HealthInputs): [number, string] {
  if (input.requiredDueByToday === 0) return [100, "No required tasks due yet"];
  const share = input.requiredDoneOfDue / input.requiredDueByToday;
  return [
    clamp(share * 100),
    `${input.requiredDoneOfDue} of ${plural(input.requiredDueByToday, "required task")} due so far are done`,
  ];
}

function activityFactor(input: HealthInputs): [number, string] {
  const { stallDays } = input.thresholds;
  if (input.daysSinceCustomerActivity === null) {
    const waited = Math.max(0, input.daysSinceKickoff);
    return [
      clamp(decay(waited, 2, stallDays * 2)),
      waited <= 2 ? "Just started" : `No customer activity since kickoff ${plural(waited, "day")} ago`,
    ];
  }
  const days = input.daysSinceCustomerActivity;
  return [
    clamp(decay(days, 2, stallDays * 2)),
    days === 0 ? "Customer active today" : `Last customer activity ${plural(days, "day")} ago`,
  ];
}

function checkInFactor(input: HealthInputs): [number, string] {
  switch (input.latestCheckInAnswer) {
    case "ON_TRACK":
      return [100, `Latest check-in: ${checkInAnswerLabels.ON_TRACK.toLowerCase()}`];
    case "SOME_CONCERNS":
      return [50, `Latest check-in: ${checkInAnswerLabels.SOME_CONCERNS.toLowerCase()}`];
    case "OFF_TRACK":
      return [0, `Latest check-in: ${checkInAnswerLabels.OFF_TRACK.toLowerCase()}`];
    default:
      return [100, "No check-in answered yet"];
  }
}

function helpFactor(input: HealthInputs): [number, string] {
  if (input.openHelpRequests === 0) return [100, "No open help requests"];
  const late = (input.oldestHelpRequestHours ?? 0) > input.thresholds.helpResponseHours;
  const detail = `${plural(input.openHelpRequests, "open help request")}${late ? `, oldest waiting ${Math.round(input.oldestHelpRequestHours ?? 0)} h` : ""}`;
  return [clamp(100 - 20 * input.openHelpRequests - (late ? 40 : 0)), detail];
}

function goalsFactor(input: HealthInputs): [number, string] {
  if (input.goals.length === 0) return [60, "No goals set yet"];
  const ratios = input.goals.map((goal) => Math.min(1, goal.progress / Math.max(goal.elapsed, 0.1)));
  const mean = ratios.reduce((sum, ratio) => sum + ratio, 0) / ratios.length;
  const average = Math.round((100 * input.goals.reduce((sum, goal) => sum + goal.progress, 0)) / input.goals.length);
  return [clamp(mean * 100), `${plural(input.goals.length, "goal")}, ${average}% of the way on average`];
}

function neglectFactor(input: HealthInputs): [number, string] {
  const { neglectDays } = input.thresholds;
  const days = input.daysSinceVendorTouch ?? Math.max(0, input.daysSinceKickoff);
  const detail =
    input.daysSinceVendorTouch === null
      ? `Nobody at the vendor has reached out since kickoff`
      : `Last vendor touch ${plural(days, "day")} ago`;
  return [clamp(decay(days, neglectDays / 2, neglectDays * 2)), detail];
}

export function computeHealth(input: HealthInputs, weights: HealthWeights = defaultHealthWeights): HealthResult {
  const raw: Record<HealthFactorKey, [number, string]> = {
    schedule: scheduleFactor(input),
    activity: activityFactor(input),
    overdue: [
      clamp(100 - 25 * input.overdueTasks),
      input.overdueTasks === 0 ? "Nothing overdue" : `${plural(input.overdueTasks, "task")} overdue`,
    ],
    checkIn: checkInFactor(input),
    help: helpFactor(input),
    goals: goalsFactor(input),
    neglect: neglectFactor(input),
  };
  const factors = healthFactorKeys.map((key) => ({
    key,
    label: healthFactorLabels[key],
    score: raw[key][0],
    weight: weights[key],
    detail: raw[key][1],
  }));
  if (input.status === "PAUSED" || input.status === "CHURNED") {
    return { score: null, factors, summary: `${input.status === "PAUSED" ? "Paused" : "Churned"} accounts are not scored` };
  }
  const totalWeight = factors.reduce((sum, factor) => sum + factor.weight, 0);
  const score =
    totalWeight === 0 ? 100 : clamp(factors.reduce((sum, factor) => sum + factor.score * factor.weight, 0) / totalWeight);
  const weakest = [...factors].filter((factor) => factor.weight > 0).sort((a, b) => a.score - b.score)[0];
  const summary =
    weakest && weakest.score < 70 ? `Weakest: ${weakest.label.toLowerCase()} — ${weakest.detail}` : "Healthy on every factor";
  return { score, factors, summary };
}

export function healthBand(score: number | null): "healthy" | "watch" | "at-risk" | "not-scored" {
  if (score === null) return "not-scored";
  if (score >= 70) return "healthy";
  if (score >= 50) return "watch";
  return "at-risk";
}
