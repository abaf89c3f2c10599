// Non-essential email goes out through Resend's batch endpoint, up to 100 emails per request, exactly once
// across crashes. Resend keys a whole batch request, so a batch is stored before it is sent: its
// membership (EmailLog.batchId + position), its idempotency key and its exact request body (gzipped). An
// email whose batch is still PENDING (the worker died, or Resend did not answer) is only ever sent again in
// that same batch, with the same key and byte-identical body, so Resend answers the first answer again
// instead of sending twice. Ids come back by position; an email Resend refuses (permissive validation)
// fails alone with its reason.
import { gunzipSync, gzipSync } from "node:zlib";
import type { CreateBatchEmailOptions } from "resend";
import { db } from "../db";
import { newRowId } from "../db-ids";
import { sendBatchThroughResend, type BatchOutcome } from "./resend-transport";

export const maxBatchSize = 100;

export type BatchItem = { logId: string; payload: CreateBatchEmailOptions };

// Per email: sent (with its id, null when unknown), refused, or deferred (not sent yet; retried later with
// the same batch: "quota" keeps it due without counting an attempt, "unavailable" waits for the retry).
export type BatchItemOutcome =
  | { status: "SENT"; providerId: string | null }
  | { status: "FAILED"; error: string }
  | { status: "DEFERRED"; reason: "quota" | "unavailable"; error: string };

type StoredBatch = { id: string; idempotencyKey: string; payloads: CreateBatchEmailOptions[] };

const encode = (payloads: CreateBatchEmailOptions[]) => gzipSync(JSON.stringify(payloads));
const decode = (body: Uint8Array) => JSON.parse(gunzipSync(body).toString("utf8")) as CreateBatchEmailOptions[];

// The PENDING batches that hold any of these log rows, with their stored bodies.
export async function pendingBatchesOf(logIds: string[]): Promise<StoredBatch[]> {
  if (logIds.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string; idempotencyKey: string; body: Uint8Array }[]>`
    SELECT b.id, b."idempotencyKey", b.body FROM "EmailBatch" b
    WHERE b.status = 'PENDING'::"EmailBatchStatus" AND b.body IS NOT NULL
      AND b.id IN (SELECT l."batchId" FROM "EmailLog" l WHERE l.id = ANY(${logIds}::text[]))`;
  return rows.map((row) => ({ id: row.id, idempotencyKey: row.idempotencyKey, payloads: decode(row.body) }));
}

// Stores one new batch and assigns its members in one statement. A row already in another PENDING batch
// (another worker stored it a moment ago) is not taken: then this batch is dropped unsent (null).
async function storeBatch(items: BatchItem[]): Promise<StoredBatch | null> {
  const id = newRowId();
  const idempotencyKey = `onward-batch/${id}`;
  const payloads = items.map((item) => item.payload);
  const assigned = await db.$queryRaw<{ id: string }[]>`
    WITH batch AS (
      INSERT INTO "EmailBatch" (id, "idempotencyKey", "emailCount", body, "updatedAt")
      VALUES (${id}, ${idempotencyKey}, ${items.length}, ${encode(payloads)}, now())
      RETURNING id
    )
    UPDATE "EmailLog" AS log SET "batchId" = (SELECT id FROM batch), "batchPosition" = member.position, "updatedAt" = now()
    FROM unnest(${items.map((item) => item.logId)}::text[], ${items.map((_, index) => index)}::int[]) AS member(id, position)
    WHERE log.id = member.id
      AND (log."batchId" IS NULL OR log."batchId" IN (SELECT b.id FROM "EmailBatch" b WHERE b.status <> 'PENDING'::"EmailBatchStatus"))
    RETURNING log.id`;
  if (assigned.length === items.length) return { id, idempotencyKey, payloads };
  await db.emailLog.updateMany({ where: { batchId: id }, data: { batchId: null, batchPosition: null } });
  await db.emailBatch.update({
    where: { id },
    data: { status: "FAILED", body: null, lastError: "Its emails were batched elsewhere" },
  });
  return null;
}

// Writes what Resend said onto the batch and every member (members this call does not hold included).
async function recordOutcome(batch: StoredBatch, outcome: BatchOutcome): Promise<Map<number, BatchItemOutcome>> {
  const byPosition = new Map<number, BatchItemOutcome>();
  const positions = batch.payloads.map((_, index) => index);
  if (outcome.kind === "quota" || outcome.kind === "unavailable") {
    const reason = outcome.kind === "quota" ? "quota" : "unavailable";
    for (const position of positions) byPosition.set(position, { status: "DEFERRED", reason, error: outcome.error });
    await db.emailBatch.update({ where: { id: batch.id }, data: { lastError: outcome.error, attempts: { increment: 1 } } });
    return byPosition;
  }
  if (outcome.kind === "refused") {
    for (const position of positions) byPosition.set(position, { status: "FAILED", error: outcome.error });
  } else if (outcome.kind === "sent-unknown-ids") {
    for (const position of positions) byPosition.set(position, { status: "SENT", providerId: null });
  } else {
    outcome.items.forEach((item, position) =>
      byPosition.set(
        position,
        "providerId" in item ? { status: "SENT", providerId: item.providerId } : { status: "FAILED", error: item.error },
      ),
    );
  }
  const sent = [...byPosition].filter(
    (entry): entry is [number, { status: "SENT"; providerId: string | null }] => entry[1].status === "SENT",
  );
  const failed = [...byPosition].filter(
    (entry): entry is [number, { status: "FAILED"; error: string }] => entry[1].status === "FAILED",
  );
  await db.$executeRaw`
    UPDATE "EmailLog" AS log
    SET status = outcome.status::"EmailStatus", "providerId" = outcome."providerId", error = outcome.error, "updatedAt" = now()
    FROM unnest(
      ${[...sent.map(([position]) => position), ...failed.map(([position]) => position)]}::int[],
      ${[...sent.map(() => "SENT"), ...failed.map(() => "FAILED")]}::text[],
      ${[...sent.map(([, item]) => item.providerId), ...failed.map(() => null)]}::text[],
      ${[...sent.map(() => null), ...failed.map(([, item]) => item.error)]}::text[]
    ) AS outcome(position, status, "providerId", error)
    WHERE log."batchId" = ${batch.id} AND log."batchPosition" = outcome.position`;
  await db.emailBatch.update({
    where: { id: batch.id },
    data: {
      status: outcome.kind === "refused" ? "FAILED" : "SENT",
      body: null,
      lastError: outcome.kind === "refused" ? outcome.error : null,
      attempts: { increment: 1 },
    },
  });
  return byPosition;
}

// Runs `work` for every item with at most `limit` running at once.
async function eachConcurrently<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
      for (let index = next++; index < items.length; index = next++) await work(items[index]!);
    }),
  );
}

// Sends `fresh` emails in new batches and re-sends the PENDING batches that hold `pendingLogIds` as they
// were stored. Returns an outcome for every log id given.
export async function sendInBatches(
  fresh: BatchItem[],
  pendingLogIds: string[],
  options: { concurrency?: number } = {},
): Promise<Map<string, BatchItemOutcome>> {
  const outcomes = new Map<string, BatchItemOutcome>();
  const batches = await pendingBatchesOf(pendingLogIds);
  for (let start = 0; start < fresh.length; start += maxBatchSize) {
    const chunk = fresh.slice(start, start + maxBatchSize);
    const stored = await storeBatch(chunk);
    if (stored) batches.push(stored);
    else {
      for (const item of chunk) {
        outcomes.set(item.logId, {
          status: "DEFERRED",
          reason: "unavailable",
          error: "Batched by another worker at the same time",
        });
      }
    }
  }
  await eachConcurrently(batches, options.concurrency ?? 1, async (batch) => {
    const byPosition = await recordOutcome(batch, await sendBatchThroughResend(batch.idempotencyKey, batch.payloads));
    const members = await db.emailLog.findMany({ where: { batchId: batch.id }, select: { id: true, batchPosition: true } });
    for (const member of members) {
      const outcome = byPosition.get(member.batchPosition ?? -1);
      if (outcome) outcomes.set(member.id, outcome);
    }
  });
  // A pending row whose batch vanished meanwhile (another worker finished it): its log row says what happened.
  for (const logId of pendingLogIds) {
    if (!outcomes.has(logId))
      outcomes.set(logId, { status: "DEFERRED", reason: "unavailable", error: "Its batch is being sent by another worker" });
  }
  return outcomes;
}
