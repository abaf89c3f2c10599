// Claiming is what makes check-ins go out exactly once with any number of workers: one UPDATE moves
// due rows from SCHEDULED to SENDING (attempts + 1) and returns them, and `FOR UPDATE SKIP LOCKED`
// means two workers racing for the same rows each get different ones. A single statement (no
// interactive transaction) also stays correct on the embedded PGlite, which shares one session.
//
// A row left in SENDING by a worker that died is claimed again once `staleAfterMs` has passed; the
// email is then sent again with the same idempotency key, so Resend (and the email log) drop the repeat.
import { db } from "../../db";

export const defaultStaleAfterMs = 10 * 60_000;
export const maxCheckInAttempts = 5;

export async function claimDueCheckIns(options: {
  now: Date;
  limit: number;
  staleAfterMs?: number;
  // Rows held in SENDING since before this are stale (default: staleAfterMs before the real time now).
  staleBefore?: Date;
}): Promise<string[]> {
  // Staleness is measured in real time (how long a worker has held the row), never in the simulated
  // `now` that the scheduler command accepts.
  const staleBefore = options.staleBefore ?? new Date(Date.now() - (options.staleAfterMs ?? defaultStaleAfterMs));
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "CheckIn" SET status = 'SENDING'::"CheckInStatus", attempts = attempts + 1, "updatedAt" = now()
    WHERE id IN (
      SELECT id FROM "CheckIn"
      WHERE ((status = 'SCHEDULED'::"CheckInStatus" AND "scheduledFor" <= ${options.now})
          OR (status = 'SENDING'::"CheckInStatus" AND "updatedAt" <= ${staleBefore}))
        AND attempts < ${maxCheckInAttempts}
      ORDER BY "scheduledFor"
      LIMIT ${options.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id`;
  return rows.map((row) => row.id);
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
