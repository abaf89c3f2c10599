// Every minute and whenever a worker starts: send due webhook deliveries (first attempts and retries).
import { z } from "zod";
import { deliverDueWebhooks } from "@/server/integrations";
import { defineJob } from "../job-definition";

export const deliverWebhooksJob = defineJob({
  name: "webhooks.deliver",
  payload: z.object({}).passthrough(),
  cron: "* * * * *",
  runOnStart: true,
  handler: async () => {
    const { delivered, failed } = await deliverDueWebhooks();
    if (failed) console.info(`[webhooks] delivered ${delivered}, ${failed} failed (retried with backoff)`);
  },
});
