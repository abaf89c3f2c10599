// Hourly: at each organization's send hour, every CSM with open alerts gets one digest for the day, by email
// and, where the CSM connected one, in their Slack channel.
import { z } from "zod";
import { sendCsmDigests } from "@/server/engagement";
import { defineJob } from "../job-definition";
import { postCsmDigestToSlack } from "@/server/integrations";
import { logger } from "@/server/platform";

export const csmDigestsJob = defineJob({
  name: "csm-digests.send",
  payload: z.object({}).passthrough(),
  cron: "15 * * * *",
  handler: async (_payload, { now }) => {
    const sent = await sendCsmDigests(now, { onSent: postCsmDigestToSlack });
    if (sent) logger().info({ sent }, "CSM digests sent");
    return `${sent} CSM digest(s)`;
  },
});
