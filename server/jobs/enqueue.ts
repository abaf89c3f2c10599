// Queues a background job from any server code: request handlers, services and the worker itself.
// `enqueue("events.deliver", {})` is typed by the job's name and validated against its payload schema
// before it is queued. The sender is pg-boss on the app's database, started on first use: a process that
// never queues anything never opens its connection. A worker process sends through its own pg-boss.
import { PgBoss, type SendOptions } from "pg-boss";
import { getEnv } from "../env";
import type { JobName, JobPayload } from "./registry";
import { queueOptionsOf } from "./job-definition";

export type EnqueueOptions = Pick<SendOptions, "startAfter" | "singletonKey" | "singletonSeconds">;

type Sender = { boss: PgBoss; owned: boolean; queues: Set<string> };

let sender: Promise<Sender> | undefined;

async function startSender(): Promise<Sender> {
  const boss = new PgBoss({
    connectionString: getEnv().DATABASE_URL,
    schema: "pgboss",
    max: 2,
    // Only sends: maintenance, cron and job fetching belong to the worker.
    supervise: false,
    schedule: false,
    ...(getEnv().ONWARD_EMBEDDED_DB ? { backend: "pglite" as const } : {}),
  });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  return { boss, owned: true, queues: new Set() };
}

// The worker hands over its pg-boss, so that its jobs and the code they call send through it.
export function sendJobsThrough(boss: PgBoss, queues: Iterable<string>): void {
  sender = Promise.resolve({ boss, owned: false, queues: new Set(queues) });
}

export async function stopJobSender(): Promise<void> {
  const current = sender;
  sender = undefined;
  const started = await current?.catch(() => undefined);
  if (started?.owned) await started.boss.stop({ graceful: false });
}

export async function enqueue<Name extends JobName>(
  name: Name,
  payload: JobPayload<Name>,
  options: EnqueueOptions = {},
): Promise<string | null> {
  // Imported when first used: the registry imports every job's handler, and those import services
  // that enqueue.
  const { findJob } = await import("./registry");
  const job = findJob(name);
  if (!job) throw new Error(`No job named ${name} is registered in server/jobs/registry.ts`);
  const data = job.payload.parse(payload) as object;
  sender ??= startSender();
  let started: Sender;
  try {
    started = await sender;
  } catch (error) {
    sender = undefined; // the next call tries again (e.g. the database was restarting)
    throw error;
  }
  if (!started.queues.has(name)) {
    // A web process may queue before any worker created the queue; created with the worker's options.
    await started.boss.createQueue(name, queueOptionsOf(job));
    started.queues.add(name);
  }
  return started.boss.send(name, data, options);
}
