import { describe, expect, it } from "vitest";
import { todayIn } from "../time";
import { scheduleStatus, type ScheduleTask } from "./schedule-status";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const task = (dueDate: string, status: ScheduleTask["status"] = "OPEN", required = true): ScheduleTask => ({
  status,
  required,
  dueDate: day(dueDate),
});
const base = {
  kickoffDate: day("2026-03-01"),
  lastCustomerActivityAt: new Date("2026-03-09T15:00:00Z"),
  stallDays: 7,
  timeZone: "UTC",
  now: new Date("2026-03-10T12:00:00Z"),
};

describe("scheduleStatus", () => {
  it("is on track when nothing open is past due", () => {
    expect(scheduleStatus({ ...base, tasks: [task("2026-03-10"), task("2026-03-05", "DONE")] }).status).toBe("on-track");
  });

  it("is behind when a required open task is past due", () => {
    const result = scheduleStatus({ ...base, tasks: [task("2026-03-09"), task("2026-03-20")] });
    expect(result).toMatchObject({ status: "behind", overdueCount: 1 });
  });

  it("ignores optional and skipped tasks when judging lateness", () => {
    const tasks = [task("2026-03-02", "OPEN", false), task("2026-03-02", "SKIPPED"), task("2026-03-30")];
    expect(scheduleStatus({ ...base, tasks }).status).toBe("on-track");
  });

  it("is stuck when late and the customer has been idle for stallDays", () => {
    const tasks = [task("2026-03-05")];
    expect(scheduleStatus({ ...base, tasks, lastCustomerActivityAt: new Date("2026-03-03T12:00:00Z") }).status).toBe(
      "behind-and-idle",
    );
    // Six days idle is not yet stuck with a seven-day threshold.
    expect(scheduleStatus({ ...base, tasks, lastCustomerActivityAt: new Date("2026-03-04T12:00:01Z") }).status).toBe("behind");
  });

  it("counts idleness from kickoff when the customer never did anything", () => {
    const result = scheduleStatus({ ...base, tasks: [task("2026-03-02")], lastCustomerActivityAt: null });
    expect(result).toMatchObject({ status: "behind-and-idle", idleDays: 9 });
  });

  it("is complete when every required task is closed", () => {
    const tasks = [task("2026-03-02", "DONE"), task("2026-03-01", "OPEN", false)];
    expect(scheduleStatus({ ...base, tasks }).status).toBe("complete");
  });

  it("judges due dates by the account's calendar day, not the server's", () => {
    // 02:00 UTC on the 10th is still the 9th in Los Angeles: a task due on the 9th is not late there.
    const now = new Date("2026-03-10T02:00:00Z");
    const tasks = [task("2026-03-09")];
    expect(scheduleStatus({ ...base, now, tasks, timeZone: "America/Los_Angeles" }).status).toBe("on-track");
    expect(scheduleStatus({ ...base, now, tasks, timeZone: "Europe/Berlin" }).status).toBe("behind");
  });
});

describe("todayIn", () => {
  it("gives the zone's calendar date as midnight UTC", () => {
    expect(todayIn("Asia/Tokyo", new Date("2026-03-10T20:00:00Z")).toISOString()).toBe("2026-03-11T00:00:00.000Z");
    expect(todayIn("America/New_York", new Date("2026-03-10T03:00:00Z")).toISOString()).toBe("2026-03-09T00:00:00.000Z");
  });
});
