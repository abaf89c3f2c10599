// A fixed-window request counter per API key in PostgreSQL, so every app instance shares one count.
// Headers follow the IETF RateLimit draft (RateLimit-Policy and RateLimit) plus Retry-After on a 429.
import { db } from "../../db";

export type RateLimitDecision = { allowed: boolean; headers: Record<string, string> };

const windowSeconds = 60;

export async function countApiRequest(apiKeyId: string, limit: number, now = new Date()): Promise<RateLimitDecision> {
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateLimitWindow" ("apiKeyId", "windowStart", count) VALUES (${apiKeyId}, ${windowStart}, 1)
    ON CONFLICT ("apiKeyId", "windowStart") DO UPDATE SET count = "ApiRateLimitWindow".count + 1
    RETURNING count`;
  const count = rows[0]?.count ?? 1;
  const reset = Math.max(1, Math.ceil((windowStart.getTime() + windowSeconds * 1000 - now.getTime()) / 1000));
  const remaining = Math.max(0, limit - count);
  const headers: Record<string, string> = {
    "RateLimit-Policy": `"per-key";q=${limit};w=${windowSeconds}`,
    RateLimit: `"per-key";r=${remaining};t=${reset}`,
  };
  if (count > limit) headers["Retry-After"] = String(reset);
  return { allowed: count <= limit, headers };
}
