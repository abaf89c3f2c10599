// Proof that the worker process still does its work: one of the load test's scheduled check-ins is made
// due, a dispatch run is queued the way the web app queues jobs (pg-boss, no work done by the sender),
// and the probe waits until the worker has sent it: the check-in is SENT and the email reached the fake
// Resend server. Nothing here sends the email itself.
import { PgBoss } from "pg-boss";
import type pg from "pg";
import type { FakeResend } from "../support/fake-resend-server";

export type ProbeResult = { ok: boolean; seconds: number; detail: string };

export async function probeWorker(
  pool: pg.Pool,
  databaseUrl: string,
  organizationId: string,
  resend: FakeResend,
  timeoutMs: number,
): Promise<ProbeResult> {
  const started = Date.now();
  const { dispatchCheckInsJob } = await import("../../server/jobs/definitions/dispatch-check-ins");
  const due = await pool.query<{ id: string; email: string }>(
    `UPDATE "CheckIn" c SET "scheduledFor" = now() - interval '1 minute'
     FROM "AccountMember" m JOIN "User" u ON u.id = m."userId"
     WHERE c.id = (SELECT id FROM "CheckIn" x WHERE "organizationId" = $1 AND status = 'SCHEDULED'
                     -- An account gets at most one check-in a day: each probe takes an account not yet sent one.
                     AND NOT EXISTS (SELECT 1 FROM "CheckIn" s WHERE s."customerAccountId" = x."customerAccountId" AND s.status = 'SENT')
                   ORDER BY id LIMIT 1)
       AND m."customerAccountId" = c."customerAccountId" AND m.role = 'CHAMPION'
     RETURNING c.id, u.email`,
    [organizationId],
  );
  const checkIn = due.rows[0];
  if (!checkIn) return { ok: false, seconds: 0, detail: "no scheduled check-in left to make due" };
  const client = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", supervise: false, schedule: false });
  client.on("error", () => {}); // a sender only; its errors surface as a failed send below
  try {
    await client.start();
    await client.send(dispatchCheckInsJob.name, {});
  } catch (error) {
    return { ok: false, seconds: 0, detail: `could not queue the dispatch job: ${(error as Error).message}` };
  } finally {
    await client.stop({ graceful: false }).catch(() => {});
  }
  const seconds = () => Math.round((Date.now() - started) / 100) / 10;
  while (Date.now() - started < timeoutMs) {
    const row = await pool.query<{ status: string }>(`SELECT status FROM "CheckIn" WHERE id = $1`, [checkIn.id]);
    const emailed = resend.received.some((email) => [email.to].flat().includes(checkIn.email));
    if (row.rows[0]?.status === "SENT" && emailed) return { ok: true, seconds: seconds(), detail: `check-in ${checkIn.id} sent` };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const status = (await pool.query<{ status: string }>(`SELECT status FROM "CheckIn" WHERE id = $1`, [checkIn.id])).rows[0]
    ?.status;
  return { ok: false, seconds: seconds(), detail: `check-in ${checkIn.id} still ${status} after ${timeoutMs / 1000}s` };
}
