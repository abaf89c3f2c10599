// Idempotency-Key on POST: the first response for a key is stored and replayed for 24 hours, so a CRM
// workflow that retries (or fires twice) gets the same answer and changes nothing twice. The same key
// with another body is a 409; a request arriving while the first is still running is a 409 too. A 5xx is
// not stored, so the caller can retry with the same key.
import { createHash } from "node:crypto";
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";

export const idempotencyWindowMs = 24 * 60 * 60_000;

export type IdempotencyClaim =
  { kind: "new"; recordId: string } | { kind: "replay"; status: number; body: unknown } | { kind: "conflict"; detail: string };

export function requestFingerprint(method: string, path: string, rawBody: string): string {
  return createHash("sha256").update(`${method} ${path}\n${rawBody}`).digest("hex");
}

export async function claimIdempotencyKey(
  apiKeyId: string,
  key: string,
  requestHash: string,
  now = new Date(),
): Promise<IdempotencyClaim> {
  // An expired record is forgotten, so the key can be used again.
  await db.apiIdempotencyKey.deleteMany({
    where: { apiKeyId, key, createdAt: { lt: new Date(now.getTime() - idempotencyWindowMs) } },
  });
  const inserted = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "ApiIdempotencyKey" (id, "apiKeyId", key, "requestHash", "createdAt")
    VALUES (gen_random_uuid()::text, ${apiKeyId}, ${key}, ${requestHash}, ${now})
    ON CONFLICT ("apiKeyId", key) DO NOTHING RETURNING id`;
  if (inserted[0]) return { kind: "new", recordId: inserted[0].id };
  const existing = await db.apiIdempotencyKey.findUnique({ where: { apiKeyId_key: { apiKeyId, key } } });
  if (!existing) return { kind: "conflict", detail: "This Idempotency-Key is in use by a request that just finished; retry." };
  if (existing.requestHash !== requestHash) {
    return { kind: "conflict", detail: "This Idempotency-Key was already used with another request body." };
  }
  if (existing.status === null) return { kind: "conflict", detail: "A request with this Idempotency-Key is still running." };
  return { kind: "replay", status: existing.status, body: existing.responseBody };
}

export async function finishIdempotencyKey(recordId: string, status: number, body: unknown) {
  if (status >= 500) {
    await db.apiIdempotencyKey.delete({ where: { id: recordId } });
    return;
  }
  await db.apiIdempotencyKey.update({
    where: { id: recordId },
    data: { status, responseBody: (body ?? null) as Prisma.InputJsonValue },
  });
}
