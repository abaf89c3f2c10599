import { describe, expect, it } from "vitest";
import {
  calendarDateProblem,
  formatCalendarDate,
  goalTargetDateField,
  kickoffDateField,
  kickoffDateRange,
  parseCalendarDate,
} from "./calendar-date";

const now = new Date("2026-12-01T12:00:00Z");

describe("calendar dates", () => {
  it("accepts real dates and refuses impossible ones instead of shifting them", () => {
    expect(parseCalendarDate("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
    for (const impossible of [
      "2027-02-30",
      "2027-02-29",
      "2026-13-45",
      "2026-00-10",
      "2026-04-31",
      "0001-01-01x",
      "10007-01-01",
      "2026-1-1",
    ]) {
      expect(parseCalendarDate(impossible), impossible).toBeNull();
    }
    expect(parseCalendarDate("0050-01-01")?.getUTCFullYear()).toBe(50);
  });

  it("keeps kickoff dates within a few years of today", () => {
    expect(calendarDateProblem("2026-12-01", kickoffDateRange, now)).toBeNull();
    expect(calendarDateProblem("0001-01-01", kickoffDateRange, now)).toMatch(/cannot be before 2024-12-01/);
    expect(calendarDateProblem("2035-01-01", kickoffDateRange, now)).toMatch(/cannot be after 2029-12-01/);
    expect(calendarDateProblem("2026-13-45", kickoffDateRange, now)).toMatch(/real date/);
  });

  it("gives field errors through zod", () => {
    expect(kickoffDateField.safeParse("2026-02-30").error?.issues[0]?.message).toMatch(/real date/);
    expect(goalTargetDateField.safeParse("2020-01-01").error?.issues[0]?.message).toMatch(/cannot be in the past/);
    expect(goalTargetDateField.safeParse("9999-01-01").success).toBe(false);
  });

  it("formats what it can and never throws on what it cannot", () => {
    expect(formatCalendarDate(new Date("2027-03-02T00:00:00Z"))).toBe("Mar 2, 2027");
    expect(formatCalendarDate(new Date("2027-03-02T00:00:00Z"), "iso")).toBe("2027-03-02");
    expect(formatCalendarDate(new Date(Number.NaN))).toBe("unknown date");
    expect(formatCalendarDate(new Date(Date.UTC(10007, 0, 1)))).toBe("unknown date");
    expect(formatCalendarDate(null)).toBe("—");
  });
});
