// Every background job, registered in one place. The worker subscribes to each and schedules the ones
// with a cron expression; `enqueue` is typed by these names and payloads; "run once as of"
// (run-scheduler-once.ts) runs the cron jobs, in this order.
import type { z } from "zod";
import { dispatchCheckInsJob } from "./definitions/dispatch-check-ins";
import { csmDigestsJob } from "./definitions/csm-digests";
import { overdueDigestsJob } from "./definitions/overdue-digests";
import { refreshHealthAndAlertsJob } from "./definitions/refresh-health-and-alerts";
import { deliverEventsJob } from "./definitions/deliver-events";
import { deliverWebhooksJob } from "./definitions/deliver-webhooks";
import { pruneApiRecordsJob } from "./definitions/prune-api-records";

export const jobs = [
  dispatchCheckInsJob,
  overdueDigestsJob,
  refreshHealthAndAlertsJob,
  csmDigestsJob,
  deliverEventsJob,
  deliverWebhooksJob,
  pruneApiRecordsJob,
] as const;

type RegisteredJob = (typeof jobs)[number];
export type JobName = RegisteredJob["name"];
export type JobPayload<Name extends JobName> = z.input<Extract<RegisteredJob, { name: Name }>["payload"]>;

export function findJob(name: string): RegisteredJob | undefined {
  return jobs.find((job) => job.name === name);
}
