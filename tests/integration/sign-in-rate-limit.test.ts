// Magic-link requests are limited per address and per IP through the one PostgreSQL limiter, whose
// counters are atomic: concurrent requests never take more slots than the limit.
import { describe, expect, it } from "vitest";
import { recordSignInAttempt, signInLimits } from "../../server/identity/auth/sign-in-rate-limit";
import { takeLimits } from "../../server/security/rate-limit";

describe("sign-in rate limit", () => {
  it("allows five links per address in fifteen minutes, then asks to wait", async () => {
    const email = `limited-${Date.now()}@example.test`;
    const now = new Date();
    const verdicts = [];
    for (let attempt = 0; attempt < signInLimits.perEmail + 1; attempt++)
      verdicts.push(await recordSignInAttempt(email, `10.0.0.${attempt}`, now));
    expect(verdicts.slice(0, 5).every((verdict) => verdict.allowed)).toBe(true);
    const refused = verdicts[5]!;
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterMinutes).toBeGreaterThanOrEqual(1);
    if (!refused.allowed) expect(refused.retryAfterMinutes).toBeLessThanOrEqual(15);
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

  it("an address refused by the IP limit does not lose one of its own slots", async () => {
    const ip = `ip-full-${Date.now()}`;
    const email = `bystander-${Date.now()}@example.test`;
    const now = new Date();
    await takeLimits([{ key: `sign-in:ip:${ip}`, limit: signInLimits.perIp, windowMinutes: 15 }], now);
    for (let attempt = 1; attempt < signInLimits.perIp; attempt++) {
      await takeLimits([{ key: `sign-in:ip:${ip}`, limit: signInLimits.perIp, windowMinutes: 15 }], now);
    }
    expect((await recordSignInAttempt(email, ip, now)).allowed).toBe(false);
    for (let attempt = 0; attempt < signInLimits.perEmail; attempt++) {
      expect((await recordSignInAttempt(email, `elsewhere-${attempt}`, now)).allowed).toBe(true);
    }
  });
});

describe("the PostgreSQL limiter under concurrency", () => {
  it("grants exactly the limit when many requests race for the last slots", async () => {
    const key = `race-${Date.now()}`;
    const now = new Date();
    const verdicts = await Promise.all(Array.from({ length: 40 }, () => takeLimits([{ key, limit: 7, windowMinutes: 60 }], now)));
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(7);
  });

  it("takes several keys together or not at all, without deadlocks, under concurrency", async () => {
    const stamp = Date.now();
    const now = new Date();
    const pairs = Array.from({ length: 30 }, (_, index) =>
      takeLimits(
        index % 2
          ? [
              { key: `a-${stamp}`, limit: 10, windowMinutes: 60 },
              { key: `b-${stamp}`, limit: 100, windowMinutes: 60 },
            ]
          : [
              { key: `b-${stamp}`, limit: 100, windowMinutes: 60 },
              { key: `a-${stamp}`, limit: 10, windowMinutes: 60 },
            ],
        now,
      ),
    );
    const verdicts = await Promise.all(pairs);
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(10);
    // b was only counted for the calls that also got a slot of a.
    const { db } = await import("../../server/db");
    const b = await db.rateLimitCounter.findFirst({ where: { key: `b-${stamp}` } });
    expect(b?.count).toBe(10);
  });
});
