// What the email log shows above the list: a quota block (sending stopped until the quota resets) and a
// check-in send in progress (sent / due, the current rate, an ETA). A send "runs" while the organization has
// due check-ins left; it started when the oldest of them became due (at most a day back).
import { db } from "../../db";
import { getEnv } from "../../env";
import { maxBatchSize } from "../../email/send-batches";
import { readQuotaBlock } from "../../email/team-rate-limit";
import type { ProvenOrganizationId } from "../../identity/scope";

const rateWindowSeconds = 60;

export async function getSendStatus(organizationId: ProvenOrganizationId) {
  const now = new Date();
  const quota = await readQuotaBlock();
  const [remaining] = await db.$queryRaw<{ count: number; since: Date | null }[]>`
    SELECT count(*)::int AS count, min("scheduledFor") AS since FROM "CheckIn"
    WHERE "organizationId" = ${organizationId} AND "scheduledFor" <= ${now}
      AND status IN ('SCHEDULED'::"CheckInStatus", 'SENDING'::"CheckInStatus")`;
  const quotaBlock = quota ? { until: quota.until, error: quota.error } : null;
  if (!remaining || remaining.count === 0) return { quotaBlock, run: null };
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const since = remaining.since && remaining.since > dayAgo ? remaining.since : dayAgo;
  const [sent] = await db.$queryRaw<{ total: number; recent: number }[]>`
    SELECT count(*)::int AS total,
           (count(*) FILTER (WHERE "sentAt" > ${new Date(now.getTime() - rateWindowSeconds * 1000)}))::int AS recent
    FROM "CheckIn" WHERE "organizationId" = ${organizationId} AND "sentAt" >= ${since}`;
  const measured = (sent?.recent ?? 0) / rateWindowSeconds;
  // Before the first minute of sending, the ceiling the team limit allows.
  const ceiling = getEnv().RESEND_REQUESTS_PER_SECOND * maxBatchSize;
  const ratePerSecond = measured > 0 ? measured : ceiling;
  return {
    quotaBlock,
    run: {
      sent: sent?.total ?? 0,
      due: (sent?.total ?? 0) + remaining.count,
      ratePerSecond: Math.round(ratePerSecond * 10) / 10,
      rateMeasured: measured > 0,
      etaSeconds: quotaBlock ? null : Math.ceil(remaining.count / ratePerSecond),
    },
  };
}
