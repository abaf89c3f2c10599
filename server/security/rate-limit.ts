// The one abuse limiter: fixed-window counters in PostgreSQL. Each key (e.g. "invite:person:<userId>")
// allows `limit` uses per window. A use is one UPSERT that increments the counter only while it is below
// the limit, so two concurrent requests can never both take the last slot (the row lock orders them), and
// the limit holds across restarts and app instances. Several keys are taken together or not at all.
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { DomainError } from "../errors";

export type Limit = { key: string; limit: number; windowMinutes: number };
export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterMinutes: number; key: string };

class LimitReached extends Error {
  constructor(readonly verdict: Extract<LimitVerdict, { allowed: false }>) {
    super("limit reached");
  }
}

function windowStartOf(now: Date, windowMinutes: number): Date {
  const size = windowMinutes * 60_000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

async function takeOne(tx: Prisma.TransactionClient, limit: Limit, now: Date): Promise<void> {
  const windowStart = windowStartOf(now, limit.windowMinutes);
  const rows = await tx.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${limit.key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
      WHERE "RateLimitCounter"."count" < ${limit.limit}
    RETURNING "count"`;
  if (rows.length === 0 || limit.limit < 1) {
    const windowEnd = windowStart.getTime() + limit.windowMinutes * 60_000;
    const retryAfterMinutes = Math.max(1, Math.ceil((windowEnd - now.getTime()) / 60_000));
    throw new LimitReached({ allowed: false, retryAfterMinutes, key: limit.key });
  }
}

// Takes one use of every limit, or of none when any is exhausted.
export async function takeLimits(limits: Limit[], now = new Date()): Promise<LimitVerdict> {
  // A fixed order of keys means two requests locking the same counters cannot deadlock.
  const ordered = [...limits].sort((a, b) => a.key.localeCompare(b.key));
  try {
    await db.$transaction(async (tx) => {
      for (const limit of ordered) await takeOne(tx, limit, now);
    });
  } catch (error) {
    if (error instanceof LimitReached) return error.verdict;
    throw error;
  }
  // Windows that ended a day ago are of no use; a cheap indexed delete keeps the table small.
  if (Math.random() < 0.02) {
    await db.rateLimitCounter.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 24 * 60 * 60_000) } } });
  }
  return { allowed: true };
}

// For procedures: refuse with a clear 429 naming what was limited and when to try again.
export async function enforceLimits(what: string, limits: Limit[], now = new Date()): Promise<void> {
  const verdict = await takeLimits(limits, now);
  if (!verdict.allowed) {
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      `Too many ${what} in a short time. Please try again in ${verdict.retryAfterMinutes} minute${verdict.retryAfterMinutes === 1 ? "" : "s"}.`,
    );
  }
}
