// Runs the scheduled work as of a given time, once: every cron job of the registry, in its order, with
// that time as `now` (what would be due then is sent now). Used by `npm run scheduler -- --now <ISO time>`
// and the dev outbox's "Run scheduler as of…" button, so people and tests can see day 30 without waiting
// a month. A job added to the registry with a cron expression is part of it without further wiring.
import { withoutWakeUps } from "@/server/platform";
import type { JobContext } from "./job-definition";
import { jobs, type JobName, type JobPayload } from "./registry";

// Each job works until nothing is due, so a run once asks no worker to join in (there may be none): the
// follow-up runs a job would queue for other workers are not queued.
const noFollowUps: JobContext["enqueue"] = async () => null;

export type SchedulerRunReport = { job: JobName; summary: string }[];

export async function runSchedulerOnce(
  now: Date,
  options: { payloads?: { [Name in JobName]?: JobPayload<Name> } } = {},
): Promise<SchedulerRunReport> {
  const report: SchedulerRunReport = [];
  // The registry's last cron job delivers the domain events this run records, so none wakes the worker.
  await withoutWakeUps(async () => {
    for (const job of jobs) {
      if (!job.cron) continue;
      const payload = job.payload.parse(options.payloads?.[job.name] ?? {});
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the payload was parsed by its own job's schema
      const summary = await (job.handler as (payload: any, context: unknown) => Promise<string | void>)(payload, {
        now,
        enqueue: noFollowUps,
      });
      report.push({ job: job.name, summary: summary ?? "done" });
    }
  });
  return report;
}
