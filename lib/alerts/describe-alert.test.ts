import { describe, expect, it } from "vitest";
import { describeAlert } from "./describe-alert";

describe("describeAlert", () => {
  it("renders each kind from its facts", () => {
    expect(describeAlert({ kind: "STALLED", data: { days: 21, limit: 7 } })).toBe("No customer activity for 21 days (limit 7)");
    expect(describeAlert({ kind: "HELP_WAITING", data: { hours: 30.4, target: 24 } })).toBe(
      "A help request has waited 30 business hours for a reply (target 24)",
    );
    expect(describeAlert({ kind: "MILESTONE_OVERDUE", data: { title: "Go live", dueDate: "2026-11-02" } })).toBe(
      'Milestone "Go live" was due 2026-11-02 and is not reached',
    );
    expect(
      describeAlert({ kind: "NEGATIVE_CHECK_IN", data: { checkInId: "c", dayOffset: 30, answer: "OFF_TRACK", comment: "Slow" } }),
    ).toBe('Day 30 check-in answered "Off track": Slow');
    expect(describeAlert({ kind: "EMAIL_BOUNCED", data: { email: "a@b.test", status: "COMPLAINED" } })).toContain(
      "reported as spam",
    );
  });

  it("never throws on missing or odd data", () => {
    expect(describeAlert({ kind: "STALLED", data: null })).toBe("No customer activity for 0 days (limit 0)");
    expect(describeAlert({ kind: "SOMETHING_NEW", data: "x" })).toBe("SOMETHING_NEW");
  });
});
