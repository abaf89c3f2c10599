// Resend limits requests per team (2 a second by default, across every API key), so the budget is shared
// by every worker and web process through one PostgreSQL row instead of a throttle per process. Each
// request reserves the next free slot with one atomic statement (the row moves on by 1/rate seconds per
// reservation) and waits for it; the database's clock is the only clock, so processes on different machines
// agree. A `retry-after` or exhausted `ratelimit-*` answer pushes the next slot out for everyone, and a
// daily or monthly quota 429 blocks sending until the quota resets.
import { db } from "../db";
import { getEnv } from "../env";

const teamId = "default";

export class QuotaBlockedError extends Error {
  constructor(
    message: string,
    readonly until: Date,
  ) {
    super(message);
  }
}

export type QuotaBlock = { until: Date; error: string; notifiedAt: Date | null };

export async function readQuotaBlock(): Promise<QuotaBlock | null> {
  const row = await db.resendTeamLimit.findUnique({ where: { id: teamId } });
  if (!row?.quotaBlockedUntil || row.quotaBlockedUntil <= new Date()) return null;
  return {
    until: row.quotaBlockedUntil,
    error: row.quotaError ?? "Resend's sending quota is used up",
    notifiedAt: row.quotaNotifiedAt,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Waits for this process's turn in the team's budget. Throws QuotaBlockedError while a quota block lasts.
export async function reserveResendSlot(): Promise<void> {
  const spacingMs = 1000 / getEnv().RESEND_REQUESTS_PER_SECOND;
  // No update (so no row returned) while a quota block lasts.
  const rows = await db.$queryRaw<{ waitMs: number }[]>`
    INSERT INTO "ResendTeamLimit" (id, "nextSlotAt", "updatedAt")
    VALUES (${teamId}, clock_timestamp() + make_interval(secs => ${spacingMs / 1000}), clock_timestamp())
    ON CONFLICT (id) DO UPDATE
      SET "nextSlotAt" = greatest("ResendTeamLimit"."nextSlotAt", clock_timestamp()) + make_interval(secs => ${spacingMs / 1000}),
          "updatedAt" = clock_timestamp()
      WHERE "ResendTeamLimit"."quotaBlockedUntil" IS NULL OR "ResendTeamLimit"."quotaBlockedUntil" <= clock_timestamp()
    RETURNING (extract(epoch FROM ("nextSlotAt" - clock_timestamp())) * 1000 - ${spacingMs})::float8 AS "waitMs"`;
  const row = rows[0];
  if (!row) {
    const block = await readQuotaBlock();
    throw new QuotaBlockedError(block?.error ?? "Resend's sending quota is used up", block?.until ?? new Date());
  }
  if (row.waitMs > 0) await sleep(row.waitMs);
}

// Nobody in the team starts a request before `ms` from now (Resend said to wait).
export async function holdResendRequests(ms: number): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "ResendTeamLimit" (id, "nextSlotAt", "updatedAt")
    VALUES (${teamId}, clock_timestamp() + make_interval(secs => ${ms / 1000}), clock_timestamp())
    ON CONFLICT (id) DO UPDATE
      SET "nextSlotAt" = greatest("ResendTeamLimit"."nextSlotAt", clock_timestamp() + make_interval(secs => ${ms / 1000})),
          "updatedAt" = clock_timestamp()`;
}

// `retry-after` (seconds) on a 429, else an exhausted `ratelimit-remaining` with its `ratelimit-reset`.
export function waitAskedFor(headers: Record<string, string> | null): number | null {
  if (!headers) return null;
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return retryAfter * 1000;
  const remaining = Number(headers["ratelimit-remaining"] ?? Number.NaN);
  const reset = Number(headers["ratelimit-reset"] ?? Number.NaN);
  if (remaining === 0 && Number.isFinite(reset) && reset > 0) return reset * 1000;
  return null;
}

// Resend resets the daily quota at the start of the next UTC day and the monthly one on the 1st.
function quotaResetsAt(kind: "daily" | "monthly", retryAfterMs: number | null, now = new Date()): Date {
  if (retryAfterMs) return new Date(now.getTime() + retryAfterMs);
  return kind === "daily"
    ? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1))
    : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

// Records a quota 429: nobody sends until the quota resets.
export async function blockForQuota(kind: "daily" | "monthly", error: string, retryAfterMs: number | null): Promise<void> {
  const until = quotaResetsAt(kind, retryAfterMs);
  await db.$executeRaw`
    INSERT INTO "ResendTeamLimit" (id, "quotaBlockedUntil", "quotaError", "updatedAt")
    VALUES (${teamId}, ${until}, ${error}, clock_timestamp())
    ON CONFLICT (id) DO UPDATE SET "quotaBlockedUntil" = ${until}, "quotaError" = ${error}, "updatedAt" = clock_timestamp()`;
}

// True for exactly one caller per block (at most one every 12 hours): the one that tells the owners. The
// conditional update is atomic, so two workers hitting the quota together do not both send the notice.
export async function claimQuotaNotice(): Promise<boolean> {
  const claimed = await db.$executeRaw`
    UPDATE "ResendTeamLimit" SET "quotaNotifiedAt" = clock_timestamp()
    WHERE id = ${teamId} AND "quotaBlockedUntil" > clock_timestamp()
      AND ("quotaNotifiedAt" IS NULL OR "quotaNotifiedAt" < clock_timestamp() - interval '12 hours')`;
  return claimed === 1;
}
