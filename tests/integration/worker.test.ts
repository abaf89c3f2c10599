// The durable worker (pg-boss on the app's database): a queued job survives the worker stopping and is
// run by the next worker that starts, and running it sends the due check-in once.
import { PgBoss } from "pg-boss";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "../../server/db";
import { dispatchCheckInsJob } from "../../server/jobs/definitions/dispatch-check-ins";
import { startRun, startWorker, type RunningWorker } from "../../server/jobs/worker";
import { createDueCheckIns, onEmbeddedDb } from "../support/check-in-fixtures";
import { createOrganization } from "../support/factories";

let worker: RunningWorker | undefined;

afterAll(async () => {
  await worker?.stop();
});

describe("npm run worker", () => {
  it("runs a job queued while no worker was running, once one starts", async () => {
    const url = process.env.DATABASE_URL!;
    const organization = await createOrganization("Worker");
    // A first start creates pg-boss's schema and the queues; then no worker runs.
    const first = await startWorker(url, { embedded: onEmbeddedDb() });
    await first.stop();
    const [id] = await createDueCheckIns(organization.id, 1);
    // Queue a run with a client that does no work (as the web app would), and go away.
    const bossClient = () =>
      new PgBoss({
        connectionString: url,
        schema: "pgboss",
        supervise: false,
        schedule: false,
        ...(onEmbeddedDb() ? { backend: "pglite" as const } : {}),
      });
    const client = bossClient();
    await client.start();
    const jobId = await client.send(dispatchCheckInsJob.name, {});
    await client.stop({ graceful: false });
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ status: "SCHEDULED" });
    // A new worker (as after a restart) picks the queued job up from the database. (A starting worker also
    // queues a dispatch of its own, which is why the queued job itself is checked, not only the check-in.)
    worker = await startWorker(url, { embedded: onEmbeddedDb() });
    const reader = bossClient();
    await reader.start();
    try {
      await vi.waitFor(
        async () => {
          expect(await db.checkIn.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ status: "SENT" });
          expect(await reader.getJobById(dispatchCheckInsJob.name, jobId!)).toMatchObject({ state: "completed" });
        },
        { timeout: 45_000, interval: 500 },
      );
    } finally {
      await reader.stop({ graceful: false });
    }
    expect(await db.emailLog.count({ where: { idempotencyKey: `checkin:${id}` } })).toBe(1);
  });

  it("queues a check-in dispatch as it starts, instead of waiting for the minute's cron", async () => {
    const url = process.env.DATABASE_URL!;
    await worker?.stop();
    const reader = new PgBoss({
      connectionString: url,
      schema: "pgboss",
      supervise: false,
      schedule: false,
      ...(onEmbeddedDb() ? { backend: "pglite" as const } : {}),
    });
    await reader.start();
    try {
      const before = await reader.findJobs(dispatchCheckInsJob.name, { data: startRun });
      worker = await startWorker(url, { embedded: onEmbeddedDb() });
      const after = await reader.findJobs(dispatchCheckInsJob.name, { data: startRun });
      expect(after.length).toBe(before.length + 1);
    } finally {
      await reader.stop({ graceful: false });
    }
  });
});
