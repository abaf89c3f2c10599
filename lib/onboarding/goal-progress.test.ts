import { describe, expect, it } from "vitest";
import { goalProgressPercent, isGoalReached } from "./goal-progress";

describe("goalProgressPercent", () => {
  it("measures an increasing goal from baseline to target", () => {
    expect(goalProgressPercent({ baseline: 10, target: 50, current: 10 })).toBe(0);
    expect(goalProgressPercent({ baseline: 10, target: 50, current: 30 })).toBe(50);
    expect(goalProgressPercent({ baseline: 10, target: 50, current: 50 })).toBe(100);
  });

  it("measures a decreasing goal (5 h down to 1 h) the right way round", () => {
    expect(goalProgressPercent({ baseline: 5, target: 1, current: 5 })).toBe(0);
    expect(goalProgressPercent({ baseline: 5, target: 1, current: 4 })).toBe(25);
    expect(goalProgressPercent({ baseline: 5, target: 1, current: 1 })).toBe(100);
  });

  it("clamps overshooting to 100 and moving the wrong way to 0", () => {
    expect(goalProgressPercent({ baseline: 5, target: 1, current: 0.5 })).toBe(100);
    expect(goalProgressPercent({ baseline: 5, target: 1, current: 7 })).toBe(0);
    expect(goalProgressPercent({ baseline: 10, target: 50, current: 80 })).toBe(100);
    expect(goalProgressPercent({ baseline: 10, target: 50, current: -3 })).toBe(0);
  });

  it("treats a goal whose target equals its baseline as reached", () => {
    expect(goalProgressPercent({ baseline: 3, target: 3, current: 3 })).toBe(100);
  });
});

describe("isGoalReached", () => {
  it("knows the direction of the goal", () => {
    expect(isGoalReached({ baseline: 5, target: 1, current: 1 })).toBe(true);
    expect(isGoalReached({ baseline: 5, target: 1, current: 2 })).toBe(false);
    expect(isGoalReached({ baseline: 1, target: 5, current: 6 })).toBe(true);
  });
});
