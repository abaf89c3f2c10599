// Sends due webhook deliveries: at least once, with exponential backoff for about a day. A run claims
// due rows with FOR UPDATE SKIP LOCKED plus a short lock (so concurrent workers never send the same row
// at once, and a crashed worker's rows are sent again after the lock expires), signs each body per
// Standard Webhooks with the event id as webhook-id (receivers deduplicate on it), and records every
// attempt in the delivery log. An endpoint that has failed without a single success for days is
// disabled, and its organization's admins are told by email.
import { db } from "../../db";
import { sendOutboundRequest } from "../outbound-http/send-outbound-request";
import type { OutboundPolicy } from "../outbound-http/check-address";
import { notifyEndpointDisabled } from "./notify-endpoint-disabled";
import { signWebhook } from "./sign-webhook";

// Delay before attempt n+1 after n failed attempts (the Standard Webhooks / Svix schedule): about 28 hours.
export const retryDelaysMs = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000, 10 * 3_600_000];
export const disableAfterMs = 3 * 24 * 3_600_000;
const lockMs = 60_000;

type Claimed = { id: string };

async function claimDue(now: Date, limit: number): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "WebhookDelivery" SET "lockedUntil" = ${new Date(now.getTime() + lockMs)}
    WHERE id IN (
      SELECT d.id FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e.id = d."endpointId"
      WHERE d.status = 'PENDING' AND d."nextAttemptAt" <= ${now} AND (d."lockedUntil" IS NULL OR d."lockedUntil" < ${now})
        AND e."disabledAt" IS NULL
      ORDER BY d."nextAttemptAt" LIMIT ${limit}
      FOR UPDATE OF d SKIP LOCKED)
    RETURNING id`;
}

export async function attemptDelivery(deliveryId: string, options: { now?: Date; policy?: OutboundPolicy } = {}) {
  const now = options.now ?? new Date();
  const delivery = await db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId }, include: { endpoint: true } });
  const body = JSON.stringify(delivery.payload);
  const result = await sendOutboundRequest(
    {
      url: delivery.endpoint.url,
      body,
      headers: signWebhook(delivery.endpoint.secret, delivery.eventId, now, body),
      timeoutMs: 15_000,
    },
    options.policy,
  );
  const attempt = delivery.attempts + 1;
  const statusCode = result.status;
  const error = result.ok ? null : result.error.slice(0, 500);
  const gaveUp = !result.ok && attempt > retryDelaysMs.length;
  await db.$transaction([
    db.webhookDeliveryAttempt.create({ data: { deliveryId, attempt, statusCode, durationMs: result.durationMs, error } }),
    db.webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        attempts: attempt,
        lastStatusCode: statusCode,
        lastError: error,
        lockedUntil: null,
        ...(result.ok
          ? { status: "SUCCEEDED", deliveredAt: now, nextAttemptAt: null }
          : gaveUp
            ? { status: "FAILED", nextAttemptAt: null }
            : { nextAttemptAt: new Date(now.getTime() + retryDelaysMs[attempt - 1]!) }),
      },
    }),
    result.ok
      ? db.webhookEndpoint.update({ where: { id: delivery.endpointId }, data: { failingSince: null } })
      : db.$executeRaw`UPDATE "WebhookEndpoint" SET "failingSince" = COALESCE("failingSince", ${now}) WHERE id = ${delivery.endpointId}`,
  ]);
  if (!result.ok) await disableIfFailingForDays(delivery.endpointId, now);
  return { ...result, attempt };
}

async function disableIfFailingForDays(endpointId: string, now: Date) {
  const disabled = await db.webhookEndpoint.updateMany({
    where: { id: endpointId, disabledAt: null, failingSince: { lte: new Date(now.getTime() - disableAfterMs) } },
    data: { disabledAt: now, disabledReason: "Every delivery failed for 3 days" },
  });
  if (disabled.count === 1) await notifyEndpointDisabled(endpointId);
}

export async function deliverDueWebhooks(options: { now?: Date; limit?: number; policy?: OutboundPolicy } = {}) {
  let delivered = 0;
  let failed = 0;
  for (;;) {
    const now = options.now ?? new Date();
    const batch = await claimDue(now, options.limit ?? 50);
    if (batch.length === 0) break;
    const results = await Promise.all(batch.map((row) => attemptDelivery(row.id, { now, policy: options.policy })));
    for (const result of results) {
      if (result.ok) delivered += 1;
      else failed += 1;
    }
    // With a fixed clock (tests, "as of" runs) a retried row is not due again in this run.
    if (batch.length < (options.limit ?? 50)) break;
  }
  return { delivered, failed };
}
