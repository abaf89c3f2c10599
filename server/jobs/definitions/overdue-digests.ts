// Every hour: send the overdue-task digests whose local send hour has come (at most one a day each).
import { z } from "zod";
import { sendOverdueDigests } from "@/server/engagement";
import { defineJob } from "../job-definition";
import { logger } from "@/server/platform";

export const overdueDigestsJob = defineJob({
  name: "reminders.overdue-digests",
  payload: z.object({}).passthrough(),
  cron: "7 * * * *",
  handler: async (_payload, { now }) => {
    const results = await sendOverdueDigests(now);
    for (const result of results)
      logger().info({ tasks: result.tasks, to: result.to, status: result.status }, "overdue-task digest");
    return `${results.length} overdue digest(s)`;
  },
});
