// Every minute, and whenever a worker starts: send the check-ins that are due, until none is (claimed
// atomically, so any number of workers is safe). A run that finds a full batch due asks for one more run,
// so that another worker, if one is idle, joins in; that run does the same, and a run that finds nothing
// due ends the chain.
import { z } from "zod";
import { dispatchDueCheckIns } from "../../engagement/checkins/dispatch-due-check-ins";
import { defineJob } from "../job-definition";

export const dispatchCheckInsJob = defineJob({
  name: "check-ins.dispatch",
  // staleAfterMs: take over rows left in SENDING sooner than the default (npm run scheduler --stale-after-seconds).
  payload: z.object({ staleAfterMs: z.number().int().min(0).optional() }).passthrough(),
  cron: "* * * * *",
  runOnStart: true,
  handler: async (payload, { now, enqueue }) => {
    let askedForHelp = false;
    const results = await dispatchDueCheckIns({
      now,
      staleAfterMs: payload.staleAfterMs,
      onBatchClaimed: async (claimed, batchSize) => {
        if (askedForHelp || claimed < batchSize) return;
        askedForHelp = true;
        await enqueue(dispatchCheckInsJob.name, {});
      },
    });
    const counts = { SENT: 0, SKIPPED: 0, FAILED: 0 };
    for (const result of results) {
      counts[result.outcome]++;
      // Sent ones are counted; the others are named with their reason.
      if (result.outcome !== "SENT") {
        console.info(`[check-ins] ${result.checkInId} ${result.outcome}${result.to ? ` to ${result.to}` : ""}: ${result.error}`);
      }
    }
    if (results.length) console.info(`[check-ins] sent ${counts.SENT}, skipped ${counts.SKIPPED}, failed ${counts.FAILED}`);
    return `${results.length} check-in(s): ${counts.SENT} sent, ${counts.SKIPPED} skipped, ${counts.FAILED} failed`;
  },
});
