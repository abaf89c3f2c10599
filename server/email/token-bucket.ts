// A small token bucket: at most `ratePerSecond` takes per second on average, with bursts up to
// `burst` (default 1: evenly spaced, so no one-second window ever holds more than the rate). The Resend transport takes one token per API request so a worker draining hundreds of due
// check-ins stays under Resend's per-second rate limit instead of collecting 429s.
export type Clock = { now: () => number; sleep: (ms: number) => Promise<void> };

const systemClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

export class TokenBucket {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst = 1,
    private readonly clock: Clock = systemClock,
  ) {
    this.tokens = this.burst;
    this.last = clock.now();
  }

  // Resolves when a token is available. Callers are served in order (a chain of promises).
  take(): Promise<void> {
    const turn = this.queue.then(() => this.waitForToken());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private refill() {
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
  }

  private async waitForToken(): Promise<void> {
    this.refill();
    while (this.tokens < 1) {
      await this.clock.sleep(Math.ceil(((1 - this.tokens) / this.ratePerSecond) * 1000));
      this.refill();
    }
    this.tokens -= 1;
  }
}
