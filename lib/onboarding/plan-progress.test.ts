import { describe, expect, it } from "vitest";
import { nextUpTask, progressPercent } from "./plan-progress";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("plan progress", () => {
  it("counts done tasks out of the tasks still in the plan", () => {
    expect(progressPercent([])).toBe(0);
    expect(progressPercent([{ status: "DONE" }, { status: "OPEN" }, { status: "SKIPPED" }])).toBe(50);
  });

  it("picks the open task due soonest, in plan order on ties", () => {
    const tasks = [
      { id: "a", milestoneId: "m2", position: 0, status: "OPEN" as const, required: true, dueDate: day("2026-01-05") },
      { id: "b", milestoneId: "m1", position: 1, status: "OPEN" as const, required: true, dueDate: day("2026-01-05") },
      { id: "c", milestoneId: "m1", position: 0, status: "DONE" as const, required: true, dueDate: day("2026-01-01") },
    ];
    expect(nextUpTask(tasks, ["m1", "m2"])?.id).toBe("b");
    expect(nextUpTask([], ["m1"])).toBeNull();
  });
});
