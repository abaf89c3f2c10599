// The shape of a background job: a name, a zod-validated payload and a handler. Definitions live one per
// file in server/jobs/definitions/ and are registered in server/jobs/registry.ts; the worker runs them.
import type { z } from "zod";

export type JobContext = {
  now: Date;
  // Queues another run of a job for any worker, e.g. so an idle worker joins in while work remains.
  enqueue: (name: string, data?: object) => Promise<unknown>;
};

export type JobDefinition<Payload> = {
  name: string;
  payload: z.ZodType<Payload>;
  handler: (payload: Payload, context: JobContext) => Promise<void>;
  // A cron expression (UTC) for jobs that run on a schedule, e.g. "*/5 * * * *".
  cron?: string;
  // Also run once whenever a worker starts (instead of waiting for the first cron tick).
  runOnStart?: boolean;
  // pg-boss queue options for jobs that run long: how long a run may be active, and the heartbeat that lets
  // pg-boss retry a run whose worker died long before that.
  queue?: { expireInSeconds?: number; heartbeatSeconds?: number };
};

export function defineJob<Payload>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
  return definition;
}
