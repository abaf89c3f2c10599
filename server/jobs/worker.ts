// The durable worker: pg-boss on the app's PostgreSQL. Jobs and their cron schedules live in the
// database, so they survive restarts, and pg-boss hands each job to one worker. Exactly-once sending
// does not rest on the queue alone: each job claims CheckIn rows atomically (see claim-due-check-ins).
import { PgBoss } from "pg-boss";
import { enqueue, stopJobSender, sendJobsThrough } from "./enqueue";
import { queueOptionsOf } from "./job-definition";
import { getEnv } from "../env";
import { logger } from "@/server/platform";
import { jobs } from "./registry";
import { startHeartbeat } from "./worker-heartbeat";

export type RunningWorker = { stop: () => Promise<void> };

// The payload of the run a starting worker queues for itself (see JobDefinition.runOnStart).
export const startRun = { queuedBy: "worker start" };

export async function startWorker(connectionString: string, options: { embedded?: boolean } = {}): Promise<RunningWorker> {
  const boss = new PgBoss({
    connectionString,
    schema: "pgboss",
    max: 4,
    // The embedded PGlite shares one session across connections: pg-boss has a profile for it.
    ...(options.embedded ? { backend: "pglite" as const } : {}),
  });
  const log = logger().child({ component: "worker" });
  boss.on("error", (error) => log.error({ error }, "pg-boss error"));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, queueOptionsOf(job));
    // createQueue keeps an existing queue's options: bring them up to date.
    if (job.queue) await boss.updateQueue(job.name, queueOptionsOf(job));
  }
  // Everything this process queues (its own jobs, the services they call) goes through this pg-boss.
  sendJobsThrough(
    boss,
    jobs.map((job) => job.name),
  );
  for (const job of jobs) {
    await boss.work(job.name, { pollingIntervalSeconds: 2 }, async (batch) => {
      for (const item of batch) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each definition validates its own payload
        await (job.handler as (payload: any, context: unknown) => Promise<void>)(job.payload.parse(item.data ?? {}), {
          now: new Date(),
          enqueue,
        });
      }
    });
    if (job.cron) await boss.schedule(job.name, job.cron);
    if (job.runOnStart) await boss.send(job.name, startRun);
  }
  const heartbeat = await startHeartbeat();
  log.info({ jobs: jobs.map((job) => job.name), workerId: heartbeat.id }, "worker running");
  return {
    // Stops claiming new jobs, waits for running ones up to the shutdown deadline, then lets go.
    stop: async () => {
      await stopJobSender();
      await boss.stop({ graceful: true, timeout: getEnv().SHUTDOWN_TIMEOUT_SECONDS * 1000 });
      await heartbeat.stop();
      log.info("worker stopped");
    },
  };
}
