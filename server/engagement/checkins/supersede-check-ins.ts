// One check-in at a time: when several check-ins of an account are due together (the worker was down, the
// scheduler runs "as of" a later date, a quota held sending back), only the latest goes out. The older ones
// are SKIPPED with the reason "superseded by day N", shown on the account's check-ins, instead of arriving in
// the same minute each saying a different number of days.
import { db } from "../../db";

// One statement: due SCHEDULED rows that have a later due (or already sending/sent) row of the same account.
export async function supersedeOlderCheckIns(now: Date): Promise<number> {
  return db.$executeRaw`
    WITH latest AS (
      SELECT "customerAccountId", max("dayOffset") AS "dayOffset" FROM "CheckIn"
      WHERE "scheduledFor" <= ${now}
        AND status IN ('SCHEDULED'::"CheckInStatus", 'SENDING'::"CheckInStatus", 'SENT'::"CheckInStatus", 'ANSWERED'::"CheckInStatus")
      GROUP BY "customerAccountId"
    )
    UPDATE "CheckIn" AS c
    SET status = 'SKIPPED'::"CheckInStatus", "lastError" = 'superseded by day ' || latest."dayOffset", "updatedAt" = now()
    FROM latest
    WHERE c."customerAccountId" = latest."customerAccountId" AND c.status = 'SCHEDULED'::"CheckInStatus"
      AND c."scheduledFor" <= ${now} AND c."dayOffset" < latest."dayOffset"`;
}
