// Every hour: send the overdue-task digests whose local send hour has come (at most one a day each).
import { z } from "zod";
import { sendOverdueDigests } from "../../engagement/reminders/send-overdue-digests";
import { defineJob } from "../job-definition";

export const overdueDigestsJob = defineJob({
  name: "reminders.overdue-digests",
  payload: z.object({}).passthrough(),
  cron: "7 * * * *",
  handler: async (_payload, { now }) => {
    const results = await sendOverdueDigests(now);
    for (const result of results) console.info(`[reminders] digest of ${result.tasks} task(s) to ${result.to}: ${result.status}`);
    return `${results.length} overdue digest(s)`;
  },
});
