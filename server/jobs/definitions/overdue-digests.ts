// Every hour: send the overdue-task digests whose local send hour has come (at most one a day each).
import { z } from "zod";
import { sendOverdueDigests } from "../../engagement/reminders/send-overdue-digests";
import { defineJob } from "../job-definition";
import { logger } from "../../platform/logging/logger";

export const overdueDigestsJob = defineJob({
  name: "reminders.overdue-digests",
  payload: z.object({}).passthrough(),
  cron: "7 * * * *",
  handler: async (_payload, { now }) => {
    const results = await sendOverdueDigests(now);
    for (const result of results)
      logger().info({ tasks: result.tasks, to: result.to, status: result.status }, "overdue-task digest");
  },
});
