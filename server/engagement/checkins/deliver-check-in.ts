// Sends claimed (SENDING) check-ins through the one send path and records the outcome on each row. The
// email's idempotency key is `checkin:<id>` and its Resend batch is stored before it is sent, so sending
// again after a crash is harmless. A batch is built, sent and recorded with a fixed number of queries.
import { db } from "../../db";
import { newRowId } from "../../db-ids";
import { recordDomainEvents, wakeEventDelivery } from "@/server/platform";
import { sendEmails, type OutgoingEmail, type SendResult } from "../../email/send-email";
import { buildCheckInEmails } from "./build-check-in-email";

// DEFERRED: not sent yet, tried again later in the same stored batch (see SendResult.deferredBy).
export type DeliveryResult = {
  checkInId: string;
  outcome: "SENT" | "FAILED" | "SKIPPED" | "DEFERRED";
  to?: string;
  error?: string;
  deferredBy?: "quota" | "unavailable";
};

type Finished = "SENT" | "FAILED" | "SKIPPED";

export async function deliverCheckIn(checkInId: string): Promise<DeliveryResult> {
  const [result] = await deliverCheckIns([checkInId]);
  return result!;
}

export async function deliverCheckIns(checkInIds: string[], options: { concurrency?: number } = {}): Promise<DeliveryResult[]> {
  const built = await buildCheckInEmails(checkInIds);
  const sendable: { checkInId: string; email: OutgoingEmail }[] = [];
  const results = new Map<string, DeliveryResult>();
  built.forEach((email, index) => {
    const checkInId = checkInIds[index]!;
    // No recipient (recorded as FAILED on the row) or no row any more (nothing to record).
    if (email instanceof Error) results.set(checkInId, { checkInId, outcome: "FAILED", error: email.message });
    else sendable.push({ checkInId, email });
  });
  const sent = await sendEmails(
    sendable.map(({ email }) => email),
    options,
  );
  sendable.forEach(({ checkInId, email }, index) => results.set(checkInId, outcomeOf(checkInId, email.to, sent[index]!)));
  await finish([...results.values()], new Map(sendable.map(({ checkInId, email }) => [checkInId, email.to])));
  await putBack([...results.values()].filter((result) => result.outcome === "DEFERRED"));
  return checkInIds.map((id) => results.get(id)!);
}

// Not sent yet. A quota block hands the rows back as due, without counting the attempt, so they go out when
// the quota resets; when Resend did not answer they stay SENDING and are taken over after the stale timeout.
async function putBack(deferred: DeliveryResult[]): Promise<void> {
  const quota = deferred.filter((result) => result.deferredBy === "quota").map((result) => result.checkInId);
  if (quota.length) {
    await db.$executeRaw`
      UPDATE "CheckIn" SET status = 'SCHEDULED'::"CheckInStatus", attempts = greatest(0, attempts - 1),
             "lastError" = 'Waiting for the Resend sending quota to reset', "updatedAt" = now()
      WHERE id = ANY(${quota}::text[]) AND status = 'SENDING'::"CheckInStatus"`;
  }
  const byError = new Map<string, string[]>();
  for (const result of deferred.filter((item) => item.deferredBy !== "quota")) {
    const error = result.error ?? "Resend did not answer";
    byError.set(error, [...(byError.get(error) ?? []), result.checkInId]);
  }
  for (const [lastError, ids] of byError) {
    await db.checkIn.updateMany({ where: { id: { in: ids }, status: "SENDING" }, data: { lastError } });
  }
}

function outcomeOf(checkInId: string, to: string, result: SendResult): DeliveryResult {
  if (result.status === "SENT" || result.status === "ALREADY_SENT") return { checkInId, outcome: "SENT", to };
  if (result.status === "SUPPRESSED") return { checkInId, outcome: "SKIPPED", to, error: result.error ?? "Suppressed" };
  if (result.status === "DEFERRED")
    return { checkInId, outcome: "DEFERRED", to, error: result.error, deferredBy: result.deferredBy };
  return { checkInId, outcome: "FAILED", to, error: result.error ?? "Sending failed" };
}

// Only rows this worker still holds (SENDING) are finished: if staff skipped one meanwhile, that wins.
// Sent rows get their "checkin.sent" timeline event, once: only the update that finished the row records it.
// (The timeline is otherwise written through recordActivity; this batch writes it in the same statement.)
async function finish(results: DeliveryResult[], recipients: Map<string, string>): Promise<void> {
  const sent = results.filter((result) => result.outcome === "SENT");
  if (sent.length) {
    // One statement, so a row is never SENT without its timeline event (or the other way round), and in
    // the same transaction the domain events `checkin.sent` for the rows it finished.
    await db.$transaction(async (tx) => {
      const finished = await tx.$queryRaw<{ organizationId: string; accountId: string; checkInId: string; dayOffset: number }[]>`
      WITH sent AS (
        SELECT * FROM unnest(
          ${sent.map((result) => result.checkInId)}::text[], ${sent.map(() => newRowId())}::text[],
          ${sent.map((result) => recipients.get(result.checkInId)!)}::text[]
        ) AS sent("checkInId", "eventId", "to")
      ), finished AS (
        UPDATE "CheckIn" SET status = 'SENT'::"CheckInStatus", "sentAt" = now(), "lastError" = NULL, "updatedAt" = now()
        WHERE id IN (SELECT "checkInId" FROM sent) AND status = 'SENDING'::"CheckInStatus"
        RETURNING id, "organizationId", "customerAccountId", "dayOffset"
      )
      INSERT INTO "ActivityEvent" (id, "organizationId", "customerAccountId", "actorKind", type, "subjectType", "subjectId", data)
      SELECT sent."eventId", finished."organizationId", finished."customerAccountId", 'SYSTEM'::"ActorKind", 'checkin.sent',
             'CheckIn', finished.id, jsonb_build_object('dayOffset', finished."dayOffset", 'to', sent."to")
      FROM finished JOIN sent ON sent."checkInId" = finished.id
      RETURNING "organizationId", "customerAccountId" AS "accountId", "subjectId" AS "checkInId", (data->>'dayOffset')::int AS "dayOffset"`;
      await recordDomainEvents(
        tx,
        finished.map((row) => ({
          type: "checkin.sent",
          organizationId: row.organizationId,
          accountId: row.accountId,
          data: { accountId: row.accountId, checkInId: row.checkInId, offsetDays: row.dayOffset },
        })),
      );
    });
    wakeEventDelivery();
  }
  // Failures and skips carry their reason; rows that share one are finished together.
  const byReason = new Map<string, { status: Exclude<Finished, "SENT">; lastError: string; ids: string[] }>();
  for (const result of results) {
    if (result.outcome === "SENT" || result.outcome === "DEFERRED") continue;
    const lastError = result.error ?? (result.outcome === "SKIPPED" ? "Suppressed" : "Sending failed");
    const key = `${result.outcome}\n${lastError}`;
    const group = byReason.get(key) ?? { status: result.outcome as Exclude<Finished, "SENT">, lastError, ids: [] };
    group.ids.push(result.checkInId);
    byReason.set(key, group);
  }
  for (const { status, lastError, ids } of byReason.values()) {
    await db.checkIn.updateMany({ where: { id: { in: ids }, status: "SENDING" }, data: { status, lastError } });
  }
}
