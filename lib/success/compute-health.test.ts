import { describe, expect, it } from "vitest";
import { computeHealth, defaultHealthWeights, healthBand, type HealthInputs } from "./compute-health";

const thriving: HealthInputs = {
  status: "ONBOARDING",
  daysSinceKickoff: 30,
  requiredDueByToday: 6,
  requiredDoneOfDue: 6,
  overdueTasks: 0,
  daysSinceCustomerActivity: 1,
  latestCheckInAnswer: "ON_TRACK",
  openHelpRequests: 0,
  oldestHelpRequestHours: null,
  goals: [{ progress: 0.5, elapsed: 0.4 }],
  daysSinceVendorTouch: 2,
  thresholds: { stallDays: 7, neglectDays: 14, helpResponseHours: 24 },
};

const factor = (result: ReturnType<typeof computeHealth>, key: string) => result.factors.find((f) => f.key === key)!;

describe("computeHealth", () => {
  it("scores a thriving account 100 and says so", () => {
    const result = computeHealth(thriving);
    expect(result.score).toBe(100);
    expect(result.summary).toBe("Healthy on every factor");
    expect(result.factors).toHaveLength(7);
  });

  it("treats an account with no tasks as on schedule, not failing", () => {
    const result = computeHealth({ ...thriving, requiredDueByToday: 0, requiredDoneOfDue: 0 });
    expect(factor(result, "schedule")).toMatchObject({ score: 100, detail: "No required tasks due yet" });
  });

  it("gives full schedule marks when everything is done", () => {
    expect(factor(computeHealth({ ...thriving, requiredDueByToday: 12, requiredDoneOfDue: 12 }), "schedule").score).toBe(100);
  });

  it("does not score paused or churned accounts but still explains their factors", () => {
    const paused = computeHealth({ ...thriving, status: "PAUSED" });
    expect(paused.score).toBeNull();
    expect(paused.summary).toMatch(/Paused accounts are not scored/);
    expect(paused.factors).toHaveLength(7);
    expect(healthBand(paused.score)).toBe("not-scored");
    expect(computeHealth({ ...thriving, status: "CHURNED" }).score).toBeNull();
  });

  it("drops activity to zero at twice the stall limit and names the weakest factor", () => {
    const stalled = computeHealth({ ...thriving, daysSinceCustomerActivity: 14 });
    expect(factor(stalled, "activity")).toMatchObject({ score: 0, detail: "Last customer activity 14 days ago" });
    expect(stalled.summary).toMatch(/customer activity/);
    expect(stalled.score).toBe(85);
  });

  it("penalises overdue tasks, negative check-ins and late help requests", () => {
    const troubled = computeHealth({
      ...thriving,
      requiredDoneOfDue: 4,
      overdueTasks: 2,
      latestCheckInAnswer: "OFF_TRACK",
      openHelpRequests: 1,
      oldestHelpRequestHours: 30,
    });
    expect(factor(troubled, "overdue").score).toBe(50);
    expect(factor(troubled, "checkIn").score).toBe(0);
    expect(factor(troubled, "help")).toMatchObject({ score: 40, detail: "1 open help request, oldest waiting 30 h" });
    expect(troubled.score).toBe(63);
    expect(healthBand(troubled.score)).toBe("watch");
  });

  it("scores goals against time elapsed, and an account without goals at 60", () => {
    expect(factor(computeHealth({ ...thriving, goals: [{ progress: 0.25, elapsed: 0.5 }] }), "goals").score).toBe(50);
    expect(factor(computeHealth({ ...thriving, goals: [] }), "goals")).toMatchObject({ score: 60, detail: "No goals set yet" });
  });

  it("counts days since kickoff as neglect when nobody at the vendor ever reached out", () => {
    const neglected = computeHealth({ ...thriving, daysSinceVendorTouch: null, daysSinceKickoff: 40 });
    expect(factor(neglected, "neglect")).toMatchObject({
      score: 0,
      detail: "Nobody at the vendor has reached out since kickoff",
    });
  });

  it("honours an organization's weights, including switching a factor off", () => {
    const weights = { ...defaultHealthWeights, activity: 0 };
    expect(computeHealth({ ...thriving, daysSinceCustomerActivity: 30 }, weights).score).toBe(100);
  });

  it("bands scores for the portfolio", () => {
    expect([healthBand(85), healthBand(60), healthBand(20)]).toEqual(["healthy", "watch", "at-risk"]);
  });
});
