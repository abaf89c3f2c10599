// Every background job, registered in one place. The worker subscribes to each and schedules the ones
// with a cron expression.
import type { JobDefinition } from "./job-definition";
import { dispatchCheckInsJob } from "./definitions/dispatch-check-ins";
import { csmDigestsJob } from "./definitions/csm-digests";
import { overdueDigestsJob } from "./definitions/overdue-digests";
import { refreshHealthAndAlertsJob } from "./definitions/refresh-health-and-alerts";
import { deliverEventsJob } from "./definitions/deliver-events";
import { deliverWebhooksJob } from "./definitions/deliver-webhooks";
import { pruneApiRecordsJob } from "./definitions/prune-api-records";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each definition validates its own payload
export const jobs: JobDefinition<any>[] = [
  dispatchCheckInsJob,
  overdueDigestsJob,
  refreshHealthAndAlertsJob,
  csmDigestsJob,
  deliverEventsJob,
  deliverWebhooksJob,
  pruneApiRecordsJob,
];
