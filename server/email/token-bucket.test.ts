import { describe, expect, it } from "vitest";
import { TokenBucket, type Clock } from "./token-bucket";

// A fake clock: sleeping advances time instantly, so the test measures simulated, not wall, time.
function fakeClock(): Clock & { time: number } {
  const clock = {
    time: 0,
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.time += ms;
    },
  };
  return clock;
}

describe("TokenBucket", () => {
  it("lets a burst through, then spaces requests at the configured rate", async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(2, 2, clock);
    const takenAt: number[] = [];
    for (let i = 0; i < 6; i++) {
      await bucket.take();
      takenAt.push(clock.time);
    }
    expect(takenAt.slice(0, 2)).toEqual([0, 0]);
    // After the burst, one request every 500 ms: 2 per second.
    expect(takenAt.slice(2)).toEqual([500, 1000, 1500, 2000]);
  });

  it("never exceeds the rate over any one-second window when callers race", async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(5, undefined, clock);
    const takenAt: number[] = [];
    await Promise.all(Array.from({ length: 20 }, () => bucket.take().then(() => takenAt.push(clock.time))));
    expect(takenAt).toHaveLength(20);
    for (const start of takenAt) {
      expect(takenAt.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(5);
    }
  });
});
