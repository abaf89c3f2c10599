// Idempotency records older than their 24-hour window and finished rate-limit windows are deleted
// hourly, so both tables stay small.
import { db } from "../../db";
import { idempotencyWindowMs } from "./idempotency";

export async function pruneApiRecords(now = new Date()) {
  const idempotency = await db.apiIdempotencyKey.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - idempotencyWindowMs) } },
  });
  const windows = await db.apiRateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 3_600_000) } } });
  return idempotency.count + windows.count;
}
