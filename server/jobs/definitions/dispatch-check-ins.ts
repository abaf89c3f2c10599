// Every minute, and whenever a worker starts: send the check-ins that are due, until none is (claimed
// atomically, so any number of workers is safe). A run that finds a full batch due asks for one more run,
// so that another worker, if one is idle, joins in; that run does the same, and a run that finds nothing
// due ends the chain.
import { z } from "zod";
import { dispatchDueCheckIns } from "../../engagement/checkins/dispatch-due-check-ins";
import { defineJob } from "../job-definition";
import { logger } from "../../platform/logging/logger";

export const dispatchCheckInsJob = defineJob({
  name: "check-ins.dispatch",
  payload: z.object({}).passthrough(),
  cron: "* * * * *",
  runOnStart: true,
  handler: async (_payload, { now, enqueue }) => {
    let askedForHelp = false;
    const results = await dispatchDueCheckIns({
      now,
      onBatchClaimed: async (claimed, batchSize) => {
        if (askedForHelp || claimed < batchSize) return;
        askedForHelp = true;
        await enqueue(dispatchCheckInsJob.name);
      },
    });
    const counts = { SENT: 0, SKIPPED: 0, FAILED: 0 };
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
    if (results.length)
      logger().info({ sent: counts.SENT, skipped: counts.SKIPPED, failed: counts.FAILED }, "check-ins dispatched");
  },
});
