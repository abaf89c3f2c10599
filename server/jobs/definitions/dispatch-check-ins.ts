// Every minute: send the check-ins that are due (claimed atomically, so any number of workers is safe).
import { z } from "zod";
import { dispatchDueCheckIns } from "../../services/checkins/dispatch-due-check-ins";
import { defineJob } from "../job-definition";

export const dispatchCheckInsJob = defineJob({
  name: "check-ins.dispatch",
  payload: z.object({}).passthrough(),
  cron: "* * * * *",
  handler: async (_payload, { now }) => {
    const results = await dispatchDueCheckIns({ now });
    for (const result of results) {
      console.info(
        `[check-ins] ${result.checkInId} ${result.outcome}${result.to ? ` to ${result.to}` : ""}${result.error ? `: ${result.error}` : ""}`,
      );
    }
  },
});
