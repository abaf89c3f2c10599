import { describe, expect, it } from "vitest";
import { localDateAndHour } from "./local-date";

describe("localDateAndHour", () => {
  it("gives the wall-clock date and hour in the zone, not the machine's", () => {
    const instant = new Date("2026-12-24T03:30:00Z");
    expect(localDateAndHour(instant, "UTC")).toEqual({ date: "2026-12-24", hour: 3 });
    expect(localDateAndHour(instant, "America/Los_Angeles")).toEqual({ date: "2026-12-23", hour: 19 });
    expect(localDateAndHour(instant, "Asia/Tokyo")).toEqual({ date: "2026-12-24", hour: 12 });
  });
});
