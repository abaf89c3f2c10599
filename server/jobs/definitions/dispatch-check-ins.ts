// Every minute, and whenever a worker starts: send the check-ins that are due, until none is (claimed
// atomically, so any number of workers is safe). A run that finds a full batch due asks for one more run,
// so that another worker, if one is idle, joins in; that run does the same, and a run that finds nothing
// due ends the chain. A run stops claiming after `runMinutes` and queues its own follow-up, so a send of
// hours at the Resend limit is a chain of runs that each end well within their expiry; pg-boss's heartbeat
// retries a run whose worker died, and the rows that worker held are taken over after the stale timeout.
import { z } from "zod";
import { dispatchDueCheckIns } from "@/server/engagement";
import { defineJob } from "../job-definition";
import { logger } from "@/server/platform";

const runMinutes = 10;

export const dispatchCheckInsJob = defineJob({
  name: "check-ins.dispatch",
  // staleAfterMs: take over rows left in SENDING sooner than the default (npm run scheduler --stale-after-seconds);
  // batchSize: emails per Resend batch request (npm run scheduler --batch-size, used by tests).
  payload: z
    .object({ staleAfterMs: z.number().int().min(0).optional(), batchSize: z.number().int().min(1).max(100).optional() })
    .passthrough(),
  cron: "* * * * *",
  runOnStart: true,
  queue: { expireInSeconds: (runMinutes + 10) * 60, heartbeatSeconds: 30 },
  handler: async (payload, { now, enqueue }) => {
    let askedForHelp = false;
    const started = Date.now();
    const results = await dispatchDueCheckIns({
      now,
      staleAfterMs: payload.staleAfterMs,
      batchSize: payload.batchSize,
      maxRunMs: runMinutes * 60_000,
      onBatchClaimed: async (claimed, batchSize) => {
        if (askedForHelp || claimed < batchSize) return;
        askedForHelp = true;
        await enqueue(dispatchCheckInsJob.name, {});
      },
    });
    // Out of time with work left: the next run carries on (another worker may take it).
    if (Date.now() - started >= runMinutes * 60_000) await enqueue(dispatchCheckInsJob.name, {});
    const counts = { SENT: 0, SKIPPED: 0, FAILED: 0, DEFERRED: 0 };
    for (const result of results) {
      counts[result.outcome]++;
      // Sent ones are counted; the others are named with their reason.
      if (result.outcome !== "SENT") {
        logger().info(
          { checkInId: result.checkInId, outcome: result.outcome, to: result.to, reason: result.error },
          "check-in not sent",
        );
      }
    }
    if (results.length) {
      logger().info(
        { sent: counts.SENT, skipped: counts.SKIPPED, failed: counts.FAILED, deferred: counts.DEFERRED },
        "check-ins dispatched",
      );
    }
    return `${results.length} check-in(s): ${counts.SENT} sent, ${counts.SKIPPED} skipped, ${counts.FAILED} failed, ${counts.DEFERRED} deferred`;
  },
});
