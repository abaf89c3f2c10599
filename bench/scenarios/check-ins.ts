// 100,000 due check-ins sent by two workers to a local server speaking Resend's API
// (tests/support/fake-resend-server.ts): total time, emails/s, duplicates and missing (both must be 0),
// against the queue's bare throughput: two workers claiming the same rows with FOR UPDATE SKIP LOCKED
// and marking them sent, with no rendering and no HTTP.
//
// `checkInWorker` below starts two worker processes (scripts/worker.ts) with RESEND_BASE_URL pointing at the
// fake server. The clock runs from starting them until every check-in is finished (SENT, SKIPPED or FAILED);
// if nothing moves for `stallAfterMs`, the bench stops waiting, and what is not SENT then counts as missing.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { root } from "../lib/app-server";
import { inTransaction } from "../lib/database";
import { startFakeResend, type FakeResend } from "../../tests/support/fake-resend-server";
import type { BenchContext, Scenario } from "./scenario";

export type CheckInWorkerDriver = {
  // Starts two workers against the bench database that send due check-ins through `resendUrl`.
  start(options: { databaseUrl: string; resendUrl: string; resendApiKey: string }): Promise<{ stop(): Promise<void> }>;
};

// Two `npm run worker` processes (scripts/worker.ts, issue 6) pointed at the fake provider. Used as soon as
// that script exists; if issue 6 needs something else (a flag, another entry point), change it here.
const workerScript = path.join(root, "scripts", "worker.ts");
const spawnTwoWorkers: CheckInWorkerDriver = {
  async start({ databaseUrl, resendUrl, resendApiKey }) {
    const env = {
      ...process.env,
      NODE_ENV: "production" as const,
      DATABASE_URL: databaseUrl,
      RESEND_API_KEY: resendApiKey,
      RESEND_BASE_URL: resendUrl,
      // The local fake provider has no rate limit; Resend's real one is what the default protects.
      RESEND_MAX_PER_SECOND: "1000",
      AUTH_SECRET: randomBytes(32).toString("base64"),
    };
    const children = [0, 1].map(() =>
      spawn("node_modules/.bin/tsx", [workerScript], { cwd: root, env, detached: true, stdio: ["ignore", "ignore", "inherit"] }),
    );
    return {
      async stop() {
        await Promise.all(
          children.map(
            (child) =>
              new Promise<void>((resolve) => {
                if (child.exitCode !== null || child.pid === undefined) return resolve();
                child.once("exit", () => resolve());
                process.kill(-child.pid, "SIGTERM");
                setTimeout(
                  () => child.exitCode === null && child.pid !== undefined && process.kill(-child.pid, "SIGKILL"),
                  5_000,
                );
              }),
          ),
        );
      },
    };
  },
};

export const checkInWorker: CheckInWorkerDriver | null = existsSync(workerScript) ? spawnTwoWorkers : null;

const dueCount = 100_000;
// Bench check-ins use day offsets no template uses, so they never collide with the seeded 30/60/90.
const firstOffset = 10_000;

async function createDueCheckIns(context: BenchContext, total: number): Promise<void> {
  const perAccount = Math.ceil(total / 10_000);
  await context.pool.query(
    `INSERT INTO "CheckIn" (id, "organizationId", "customerAccountId", "dayOffset", "scheduledFor", status, "updatedAt")
     SELECT 'benchchk' || a.id || '-' || k, a."organizationId", a.id, $2 + k, now() - interval '1 minute', 'SCHEDULED', now()
     FROM (SELECT id, "organizationId" FROM "CustomerAccount" WHERE "organizationId" = $1 ORDER BY id LIMIT 10000) a,
          generate_series(0, $3 - 1) AS k
     LIMIT $4`,
    [context.organizationId, firstOffset, perAccount, total],
  );
}

const stallAfterMs = 20_000;

// The check-ins, and what sending them left behind: their email log rows and timeline events (a second
// run would otherwise find its emails "already sent"). The timeline is append-only (a trigger refuses
// deletes), so the trigger is bypassed for this one statement: bench data only, matched by id prefix.
async function removeDueCheckIns(pool: pg.Pool): Promise<void> {
  await pool.query(`DELETE FROM "CheckIn" WHERE "dayOffset" >= $1`, [firstOffset]);
  await pool.query(`DELETE FROM "EmailLog" WHERE "idempotencyKey" LIKE 'checkin:benchchk%'`);
  await inTransaction(pool, async (client) => {
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(`DELETE FROM "ActivityEvent" WHERE type = 'checkin.sent' AND "subjectId" LIKE 'benchchk%'`);
  });
}

// The floor: claim a batch, mark it sent, repeat until nothing is due; ids counted to prove exactly-once.
async function bareWorker(pool: pg.Pool, seen: Map<string, number>): Promise<void> {
  for (;;) {
    const claimed = await pool.query<{ id: string }>(
      `UPDATE "CheckIn" SET status = 'SENT', "sentAt" = now(), attempts = attempts + 1, "updatedAt" = now()
       WHERE id IN (SELECT id FROM "CheckIn" WHERE status = 'SCHEDULED' AND "scheduledFor" <= now() AND "dayOffset" >= $1
                    ORDER BY "scheduledFor" LIMIT 500 FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [firstOffset],
    );
    if (claimed.rowCount === 0) return;
    for (const row of claimed.rows) seen.set(row.id, (seen.get(row.id) ?? 0) + 1);
  }
}

// Rows still waiting to be sent or being sent.
async function countUnfinished(pool: pg.Pool): Promise<number> {
  const result = await pool.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "CheckIn" WHERE "dayOffset" >= $1 AND status IN ('SCHEDULED', 'SENDING')`,
    [firstOffset],
  );
  return result.rows[0]?.count ?? 0;
}

async function countMissing(pool: pg.Pool): Promise<number> {
  const result = await pool.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "CheckIn" WHERE "dayOffset" >= $1 AND status <> 'SENT'`,
    [firstOffset],
  );
  return result.rows[0]?.count ?? 0;
}

export const checkInsScenario: Scenario = {
  id: "check-ins",
  title: "100,000 due check-ins, two workers",
  async run(context) {
    const total = context.quick ? 20_000 : dueCount;
    await removeDueCheckIns(context.pool);
    try {
      await createDueCheckIns(context, total);
      const seen = new Map<string, number>();
      const started = performance.now();
      await Promise.all([bareWorker(context.pool, seen), bareWorker(context.pool, seen)]);
      const floorMs = performance.now() - started;
      const floorDuplicates = [...seen.values()].filter((count) => count > 1).length;
      const floorMissing = await countMissing(context.pool);
      const floor = {
        time: `${(floorMs / 1000).toFixed(1)} s`,
        rate: `${Math.round(total / (floorMs / 1000)).toLocaleString("en-US")}/s`,
      };
      const notes = [
        `${total.toLocaleString("en-US")} check-ins due now. Floor: 2 workers claiming 500 at a time (FOR UPDATE SKIP LOCKED) and marking them sent; duplicates ${floorDuplicates}, missing ${floorMissing}.`,
      ];
      if (!checkInWorker) {
        return {
          status: "not available yet",
          reason:
            "the check-in worker (issue 6, scripts/worker.ts) is not on this branch; see checkInWorker in bench/scenarios/check-ins.ts",
          measurements: [
            { metric: "total time", app: "not available yet", reference: floor.time, target: "< 60 s", met: null },
            { metric: "emails/s", app: "not available yet", reference: floor.rate, target: "", met: null },
            {
              metric: "duplicates / missing",
              app: "not available yet",
              reference: `${floorDuplicates} / ${floorMissing}`,
              target: "0 / 0",
              met: null,
            },
          ],
          notes,
        };
      }
      await removeDueCheckIns(context.pool);
      await createDueCheckIns(context, total);
      const measured = await runWorkers(context, checkInWorker, total, floor);
      return { ...measured, notes: [...notes, ...measured.notes] };
    } finally {
      await removeDueCheckIns(context.pool);
    }
  },
};

async function runWorkers(
  context: BenchContext,
  driver: CheckInWorkerDriver,
  total: number,
  floor: { time: string; rate: string },
) {
  const resend: FakeResend = await startFakeResend({ keepBodies: false });
  const started = performance.now();
  const workers = await driver.start({ databaseUrl: context.databaseUrl, resendUrl: resend.url, resendApiKey: "re_bench_only" });
  let elapsed: number;
  let stalled = false;
  try {
    // Progress is emails received plus rows finished; the database is asked at most twice a second.
    let lastProgress = -1;
    let lastProgressAt = performance.now();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const unfinished = await countUnfinished(context.pool);
      const now = performance.now();
      if (unfinished === 0) {
        elapsed = now - started;
        break;
      }
      const progress = resend.received.length + (total - unfinished);
      if (progress !== lastProgress) [lastProgress, lastProgressAt] = [progress, now];
      if (now - lastProgressAt > stallAfterMs) {
        stalled = true;
        elapsed = now - started;
        context.log(`check-ins: no progress for ${stallAfterMs / 1000} s with ${unfinished} unfinished; stopping`);
        break;
      }
    }
  } finally {
    await workers.stop();
  }
  const missing = await countMissing(context.pool);
  // The fake provider stores one email per idempotency key, so anything beyond one email per check-in
  // that was sent is a duplicate the key did not prevent.
  const duplicates = Math.max(0, resend.received.length - (total - missing));
  const retries = resend.requests - resend.received.length;
  await resend.close();
  return {
    status: "measured" as const,
    notes: [
      `${retries} requests repeated an idempotency key (retries the provider deduplicated).`,
      stalled
        ? `Stopped waiting after ${stallAfterMs / 1000} s without progress: the total time includes that wait.`
        : "Timed from starting the two worker processes until the last check-in was finished.",
    ],
    measurements: [
      {
        metric: "total time",
        app: `${(elapsed / 1000).toFixed(1)} s`,
        reference: floor.time,
        target: "< 60 s",
        met: elapsed < 60_000,
      },
      {
        metric: "emails/s",
        app: `${Math.round(resend.received.length / (elapsed / 1000)).toLocaleString("en-US")}/s`,
        reference: floor.rate,
        target: "",
        met: null,
      },
      {
        metric: "duplicates / missing",
        app: `${duplicates} / ${missing}`,
        reference: "0 / 0",
        target: "0 / 0",
        met: duplicates === 0 && missing === 0,
      },
    ],
  };
}
