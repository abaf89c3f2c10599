// Claiming is what makes check-ins go out exactly once with any number of workers: one UPDATE moves
// due rows from SCHEDULED to SENDING (attempts + 1) and returns them, and `FOR UPDATE SKIP LOCKED`
// means two workers racing for the same rows each get different ones. A single statement (no
// interactive transaction) also stays correct on the embedded PGlite, which shares one session.
//
// A row left in SENDING by a worker that died is claimed again once `staleAfterMs` has passed without a
// heartbeat (a worker touches the rows it holds every `heartbeatMs`); the email is then sent again in its
// stored batch with the same idempotency key, so Resend (and the email log) drop the repeat.
//
// One check-in per account per day: a due row is not claimed while another check-in of its account went
// out in the 24 hours before `now` (it waits, still due, for the next run). Older due rows of an account are
// superseded before claiming (supersede-check-ins.ts), so two never go out together.
import { db } from "../../db";

export const defaultStaleAfterMs = 45_000;
export const heartbeatMs = 10_000;
export const maxCheckInAttempts = 5;

export async function claimDueCheckIns(options: {
  now: Date;
  limit: number;
  staleAfterMs?: number;
  // Rows this process holds itself: never stale to it, whatever their age.
  held?: Iterable<string>;
}): Promise<string[]> {
  // Staleness is measured in real time (how long since a worker last touched the row), never in the
  // simulated `now` that the scheduler command accepts.
  const staleBefore = new Date(Date.now() - (options.staleAfterMs ?? defaultStaleAfterMs));
  const held = [...(options.held ?? [])];
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "CheckIn" SET status = 'SENDING'::"CheckInStatus", attempts = attempts + 1, "updatedAt" = now()
    WHERE id IN (
      SELECT id FROM "CheckIn" c
      WHERE ((status = 'SCHEDULED'::"CheckInStatus" AND "scheduledFor" <= ${options.now})
          OR (status = 'SENDING'::"CheckInStatus" AND "updatedAt" <= ${staleBefore} AND NOT (id = ANY(${held}::text[]))))
        AND attempts < ${maxCheckInAttempts}
        AND NOT EXISTS (
          SELECT 1 FROM "CheckIn" other
          WHERE other."customerAccountId" = c."customerAccountId" AND other.id <> c.id
            AND other.status IN ('SENT'::"CheckInStatus", 'ANSWERED'::"CheckInStatus")
            AND other."sentAt" > ${options.now}::timestamp - interval '24 hours' AND other."sentAt" <= ${options.now}
        )
      ORDER BY "scheduledFor"
      LIMIT ${options.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id`;
  return rows.map((row) => row.id);
}

// Keeps the rows a worker is still sending fresh, so no other worker takes them over as stale.
export async function touchHeldCheckIns(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRaw`UPDATE "CheckIn" SET "updatedAt" = now() WHERE id = ANY(${ids}::text[]) AND status = 'SENDING'::"CheckInStatus"`;
}

// Rows stuck in SENDING that have used up their attempts: give up visibly instead of silently.
export async function failExhaustedCheckIns(staleAfterMs = defaultStaleAfterMs): Promise<number> {
  return db.checkIn
    .updateMany({
      where: {
        status: "SENDING",
        attempts: { gte: maxCheckInAttempts },
        updatedAt: { lte: new Date(Date.now() - staleAfterMs) },
      },
      data: { status: "FAILED", lastError: `Gave up after ${maxCheckInAttempts} attempts` },
    })
    .then((result) => result.count);
}
