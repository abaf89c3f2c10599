import { describe, expect, it } from "vitest";
import { addDays, calendarDate, isValidTimeZone, wallClockToUtc } from "./zoned-time";

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
