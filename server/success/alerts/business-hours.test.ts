import { describe, expect, it } from "vitest";
import { businessHoursBetween } from "./business-hours";

describe("businessHoursBetween", () => {
  it("counts weekday hours in full", () => {
    expect(businessHoursBetween(new Date("2026-11-23T09:00:00Z"), new Date("2026-11-24T09:00:00Z"))).toBe(24);
  });
  it("skips the weekend: Friday 18:00 to Monday 09:00 is 15 business hours", () => {
    expect(businessHoursBetween(new Date("2026-11-20T18:00:00Z"), new Date("2026-11-23T09:00:00Z"))).toBe(15);
  });
  it("is zero for a request made and checked within Saturday, or backwards", () => {
    expect(businessHoursBetween(new Date("2026-11-21T08:00:00Z"), new Date("2026-11-21T20:00:00Z"))).toBe(0);
    expect(businessHoursBetween(new Date("2026-11-24T09:00:00Z"), new Date("2026-11-23T09:00:00Z"))).toBe(0);
  });
});
