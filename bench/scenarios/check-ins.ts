// Due check-ins sent by two worker processes (scripts/worker.ts) through the faithful fake Resend
// (tests/support/fake-resend-server.ts), three runs measured against their floors in the same bench run:
// - at a 2 requests/s team limit (the fake enforces it too): the floor is due / (2 × 100) seconds, since one
//   request carries 100 emails; target within 1.15× of it;
// - with the limit off (1,000/s): target under 60 s for 100,000;
// - the limited run again while one worker is SIGKILLed three times (and restarted): target within 1.3×.
// Each: 0 duplicates (an email Resend accepted twice, counted by its X-Entity-Ref-ID) and 0 missing (a
// check-in not SENT at the end); the workers' RSS is sampled throughout (target < 300 MB).
//
// Each due check-in belongs to its own bench-only account (one check-in per account at a time is a rule of
// the app: several due for one account would supersede each other), created here and removed afterwards.
import type pg from "pg";
import { inTransaction } from "../lib/database";
import { CheckInWorkers } from "../lib/check-in-workers";
import { startFakeResend } from "../../tests/support/fake-resend-server";
import type { BenchContext, Measurement, Scenario } from "./scenario";

const prefix = "benchchk";
const stallAfterMs = 90_000;

async function removeBenchRows(pool: pg.Pool): Promise<void> {
  // The timeline is append-only (a trigger refuses deletes): bypassed for these bench rows only, which also
  // skips foreign-key cascades, so each table is cleared explicitly.
  await inTransaction(pool, async (client) => {
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(`DELETE FROM "ActivityEvent" WHERE "customerAccountId" LIKE $1`, [`${prefix}%`]);
    await client.query(`DELETE FROM "EmailBatch" WHERE id IN (SELECT "batchId" FROM "EmailLog" WHERE "idempotencyKey" LIKE $1)`, [
      `checkin:${prefix}%`,
    ]);
    await client.query(`DELETE FROM "EmailLog" WHERE "idempotencyKey" LIKE $1`, [`checkin:${prefix}%`]);
    await client.query(`DELETE FROM "CheckIn" WHERE id LIKE $1`, [`${prefix}%`]);
    await client.query(`DELETE FROM "AccountMember" WHERE "customerAccountId" LIKE $1`, [`${prefix}%`]);
    await client.query(`DELETE FROM "CustomerAccount" WHERE id LIKE $1`, [`${prefix}%`]);
    await client.query(`DELETE FROM "User" WHERE id LIKE $1`, [`${prefix}%`]);
  });
  await pool.query(`DELETE FROM "ResendTeamLimit"`);
  await pool.query(`DELETE FROM pgboss.job WHERE name = 'check-ins.dispatch'`).catch(() => undefined);
}

// `total` accounts, each with a champion and a day-30 check-in due a minute ago.
async function createDueCheckIns(context: BenchContext, total: number): Promise<void> {
  await context.pool.query(
    `INSERT INTO "User" (id, email, name, "createdAt", "updatedAt")
     SELECT $1 || '-u-' || n, $1 || '-' || n || '@bench.example.test', 'Bench champion ' || n, now(), now()
     FROM generate_series(1, $2::int) AS n`,
    [prefix, total],
  );
  await context.pool.query(
    `INSERT INTO "CustomerAccount" (id, "organizationId", name, "kickoffDate", "createdAt", "updatedAt")
     SELECT $2 || '-a-' || n, $1, 'Bench check-in account ' || n, (now() - interval '30 days')::date, now(), now()
     FROM generate_series(1, $3) AS n`,
    [context.organizationId, prefix, total],
  );
  await context.pool.query(
    `INSERT INTO "AccountMember" (id, "organizationId", "customerAccountId", "userId", role, "createdAt")
     SELECT $2 || '-m-' || n, $1, $2 || '-a-' || n, $2 || '-u-' || n, 'CHAMPION', now() FROM generate_series(1, $3) AS n`,
    [context.organizationId, prefix, total],
  );
  await context.pool.query(
    `INSERT INTO "CheckIn" (id, "organizationId", "customerAccountId", "dayOffset", "scheduledFor", status, "updatedAt")
     SELECT $2 || '-c-' || n, $1, $2 || '-a-' || n, 30, now() - interval '1 minute', 'SCHEDULED', now()
     FROM generate_series(1, $3) AS n`,
    [context.organizationId, prefix, total],
  );
}

async function countStatus(pool: pg.Pool, statuses: string[]): Promise<number> {
  const result = await pool.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "CheckIn" WHERE id LIKE $1 AND status::text = ANY($2::text[])`,
    [`${prefix}%`, statuses],
  );
  return result.rows[0]?.count ?? 0;
}

type Run = {
  seconds: number;
  duplicates: number;
  missing: number;
  requests: number;
  rateLimited: number;
  maxRssMb: number;
  stalled: boolean;
};

async function sendRun(
  context: BenchContext,
  total: number,
  options: { requestsPerSecond: number | null; crashes?: number },
): Promise<Run> {
  await removeBenchRows(context.pool);
  await createDueCheckIns(context, total);
  const resend = await startFakeResend({ keepBodies: false, requestsPerSecond: options.requestsPerSecond ?? undefined });
  const workers = new CheckInWorkers({
    databaseUrl: context.databaseUrl,
    resendUrl: resend.url,
    requestsPerSecond: options.requestsPerSecond ?? 1000,
  });
  const started = performance.now();
  workers.start(2);
  // Crashes at 15%, 30% and 45% of the expected work, each followed by a restart.
  const crashAt = Array.from({ length: options.crashes ?? 0 }, (_, index) => Math.round(total * 0.15 * (index + 1)));
  let stalled = false;
  let lastProgress = -1;
  let lastProgressAt = performance.now();
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      workers.sampleMemory();
      const unfinished = await countStatus(context.pool, ["SCHEDULED", "SENDING"]);
      if (unfinished === 0) break;
      const received = resend.received.length;
      if (crashAt.length && received >= crashAt[0]!) {
        crashAt.shift();
        context.log(`check-ins: SIGKILL a worker at ${received} received (restarting it)`);
        workers.crashAndRestartOne();
      }
      if (received !== lastProgress) [lastProgress, lastProgressAt] = [received, performance.now()];
      if (performance.now() - lastProgressAt > stallAfterMs) {
        stalled = true;
        context.log(`check-ins: no progress for ${stallAfterMs / 1000} s with ${unfinished} unfinished; stopping`);
        break;
      }
    }
  } finally {
    await workers.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const refs = new Map<string, number>();
  for (const email of resend.received) {
    const ref = email.headers?.["X-Entity-Ref-ID"] ?? "";
    refs.set(ref, (refs.get(ref) ?? 0) + 1);
  }
  const duplicates = [...refs.values()].reduce((sum, count) => sum + count - 1, 0);
  const missing = total - (await countStatus(context.pool, ["SENT"]));
  const rateLimited = resend.requestLog.filter((request) => request.status === 429).length;
  const requests = resend.requests;
  await resend.close();
  return { seconds, duplicates, missing, requests, rateLimited, maxRssMb: workers.maxRssMb, stalled };
}

const count = (value: number) => value.toLocaleString("en-US");

export const checkInsScenario: Scenario = {
  id: "check-ins",
  title: "Due check-ins, two workers, through the faithful fake Resend",
  async run(context) {
    const limitedTotal = context.full ? 100_000 : 20_000;
    const unlimitedTotal = context.quick ? 20_000 : 100_000;
    const floorSeconds = limitedTotal / (2 * 100);
    const measurements: Measurement[] = [];
    const notes: string[] = [];
    try {
      const limited = await sendRun(context, limitedTotal, { requestsPerSecond: 2 });
      const unlimited = await sendRun(context, unlimitedTotal, { requestsPerSecond: null });
      const crashed = await sendRun(context, limitedTotal, { requestsPerSecond: 2, crashes: 3 });
      const exactly = (run: Run) => ({
        metric: "duplicates / missing",
        app: `${run.duplicates} / ${run.missing}`,
        reference: "0 / 0",
        target: "0 / 0",
        met: run.duplicates === 0 && run.missing === 0 && !run.stalled,
      });
      measurements.push(
        {
          metric: `${count(limitedTotal)} at 2 req/s: total`,
          app: `${limited.seconds.toFixed(1)} s (${(limited.seconds / floorSeconds).toFixed(2)}×)`,
          reference: `${floorSeconds.toFixed(0)} s`,
          target: "≤ 1.15× floor",
          met: limited.seconds <= floorSeconds * 1.15,
        },
        exactly(limited),
        {
          metric: `${count(unlimitedTotal)}, limit off: total`,
          app: `${unlimited.seconds.toFixed(1)} s (${Math.round(unlimitedTotal / unlimited.seconds)}/s)`,
          reference: "",
          target: "< 60 s",
          met: unlimited.seconds < 60,
        },
        exactly(unlimited),
        {
          metric: `${count(limitedTotal)} at 2 req/s, 3 × SIGKILL: total`,
          app: `${crashed.seconds.toFixed(1)} s (${(crashed.seconds / floorSeconds).toFixed(2)}×)`,
          reference: `${floorSeconds.toFixed(0)} s`,
          target: "≤ 1.3× floor",
          met: crashed.seconds <= floorSeconds * 1.3,
        },
        exactly(crashed),
        {
          metric: "worker RSS (max, whole process group)",
          app: `${Math.round(Math.max(limited.maxRssMb, unlimited.maxRssMb, crashed.maxRssMb))} MB`,
          reference: "",
          target: "< 300 MB",
          met: Math.max(limited.maxRssMb, unlimited.maxRssMb, crashed.maxRssMb) < 300,
        },
      );
      notes.push(
        `Requests to the fake: ${limited.requests} limited (${limited.rateLimited} answered 429), ${unlimited.requests} unlimited, ${crashed.requests} in the crash run (${crashed.rateLimited} answered 429).`,
        "Timed from starting the two worker processes (pg-boss start included) until no check-in is due or sending.",
      );
      return { status: "measured", measurements, notes };
    } finally {
      await removeBenchRows(context.pool);
    }
  },
};
