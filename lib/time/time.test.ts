import { describe, expect, it } from "vitest";
import { addDays, calendarDate, isValidTimeZone, localDateAndHour, todayIn, wallClockToUtc } from ".";

describe("wallClockToUtc", () => {
  it("places 9:00 in New York in winter at 14:00 UTC", () => {
    expect(wallClockToUtc(calendarDate("2026-01-15"), 9, "America/New_York").toISOString()).toBe("2026-01-15T14:00:00.000Z");
  });
  it("follows daylight saving time in summer", () => {
    expect(wallClockToUtc(calendarDate("2026-07-15"), 9, "America/New_York").toISOString()).toBe("2026-07-15T13:00:00.000Z");
  });
  it("handles zones ahead of UTC, where the instant falls on the previous UTC day", () => {
    expect(wallClockToUtc(calendarDate("2026-03-01"), 9, "Pacific/Auckland").toISOString()).toBe("2026-02-28T20:00:00.000Z");
  });
  it("keeps UTC as is", () => {
    expect(wallClockToUtc(calendarDate("2026-03-01"), 9, "UTC").toISOString()).toBe("2026-03-01T09:00:00.000Z");
  });
});

describe("calendar dates", () => {
  it("adds days across month ends regardless of the machine's zone", () => {
    expect(addDays(calendarDate("2026-01-31"), 30).toISOString().slice(0, 10)).toBe("2026-03-02");
  });
  it("rejects malformed dates", () => {
    expect(() => calendarDate("31/01/2026")).toThrow(/calendar date/);
  });
  it("recognises real time zones only", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("localDateAndHour", () => {
  it("gives the wall-clock date and hour in the zone, not the machine's", () => {
    const instant = new Date("2026-12-24T03:30:00Z");
    expect(localDateAndHour(instant, "UTC")).toEqual({ date: "2026-12-24", hour: 3 });
    expect(localDateAndHour(instant, "America/Los_Angeles")).toEqual({ date: "2026-12-23", hour: 19 });
    expect(localDateAndHour(instant, "Asia/Tokyo")).toEqual({ date: "2026-12-24", hour: 12 });
  });
});

describe("todayIn", () => {
  it("is the calendar date in the zone, including the hours around midnight", () => {
    expect(todayIn("Asia/Tokyo", new Date("2026-03-10T14:59:59Z")).toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect(todayIn("Asia/Tokyo", new Date("2026-03-10T15:00:00Z")).toISOString()).toBe("2026-03-11T00:00:00.000Z");
    expect(todayIn("America/New_York", new Date("2026-03-10T03:00:00Z")).toISOString()).toBe("2026-03-09T00:00:00.000Z");
  });
});

describe("wallClockToUtc across daylight saving changes", () => {
  it("places the hour after the change at the new offset", () => {
    // New York springs forward on 2026-03-08 at 02:00.
    expect(wallClockToUtc(calendarDate("2026-03-08"), 9, "America/New_York").toISOString()).toBe("2026-03-08T13:00:00.000Z");
    expect(wallClockToUtc(calendarDate("2026-03-07"), 9, "America/New_York").toISOString()).toBe("2026-03-07T14:00:00.000Z");
  });
});
