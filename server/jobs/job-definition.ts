// The shape of a background job: a name, a zod-validated payload and a handler. Definitions live one per
// file in server/jobs/definitions/ and are registered in server/jobs/registry.ts; the worker runs them and
// `enqueue` (server/jobs/enqueue.ts) queues them from any server code, typed by name.
import type { QueuePolicy } from "pg-boss";
import type { z } from "zod";
import type { enqueue } from "./enqueue";

export type JobContext = {
  now: Date;
  // Queues a job for any worker, e.g. so an idle worker joins in while work remains (the worker passes
  // the process's `enqueue`; tests pass a recorder).
  enqueue: typeof enqueue;
};

export type JobDefinition<Name extends string = string, Payload = unknown> = {
  name: Name;
  payload: z.ZodType<Payload>;
  // Returns a one-line summary of what it did (printed by "run once as of"), or nothing.
  handler: (payload: Payload, context: JobContext) => Promise<string | void>;
  // A cron expression (UTC) for jobs that run on a schedule, e.g. "*/5 * * * *".
  cron?: string;
  // Also run once whenever a worker starts (instead of waiting for the first cron tick).
  runOnStart?: boolean;
  // "short": at most one run waits in the queue, so a burst of wake-ups queues one run.
  policy?: QueuePolicy;
  // pg-boss queue options for jobs that run long: how long a run may be active, and the heartbeat that lets
  // pg-boss retry a run whose worker died long before that.
  queue?: { expireInSeconds?: number; heartbeatSeconds?: number };
};

export function defineJob<const Name extends string, Payload>(
  definition: JobDefinition<Name, Payload>,
): JobDefinition<Name, Payload> {
  return definition;
}

// The pg-boss queue options a job's queue is created (and kept up to date) with.
export function queueOptionsOf(job: { policy?: QueuePolicy; queue?: { expireInSeconds?: number; heartbeatSeconds?: number } }) {
  return { ...(job.policy ? { policy: job.policy } : {}), ...job.queue };
}
