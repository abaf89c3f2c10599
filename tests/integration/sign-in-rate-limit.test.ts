// Magic-link requests are limited per address and per IP, and the window slides.
import { describe, expect, it } from "vitest";
import { recordSignInAttempt, signInLimits } from "../../server/identity/auth/sign-in-rate-limit";

describe("sign-in rate limit", () => {
  it("allows five links per address in fifteen minutes, then asks to wait", async () => {
    const email = `limited-${Date.now()}@example.test`;
    const now = new Date();
    const verdicts = [];
    for (let attempt = 0; attempt < signInLimits.perEmail + 1; attempt++)
      verdicts.push(await recordSignInAttempt(email, `10.0.0.${attempt}`, now));
    expect(verdicts.slice(0, 5).every((verdict) => verdict.allowed)).toBe(true);
    expect(verdicts[5]).toEqual({ allowed: false, retryAfterMinutes: 15 });
    // After the window has passed, the address may ask again.
    expect(await recordSignInAttempt(email, "10.0.1.1", new Date(now.getTime() + 16 * 60_000))).toEqual({ allowed: true });
  });

  it("limits one IP across many addresses", async () => {
    const ip = `ip-${Date.now()}`;
    const now = new Date();
    for (let attempt = 0; attempt < signInLimits.perIp; attempt++) {
      expect((await recordSignInAttempt(`person-${attempt}-${Date.now()}@example.test`, ip, now)).allowed).toBe(true);
    }
    expect((await recordSignInAttempt(`one-more-${Date.now()}@example.test`, ip, now)).allowed).toBe(false);
  });
});
