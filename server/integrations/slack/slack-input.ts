// Connecting a Slack incoming webhook: for the organization's channel, or for the CSM's own.
import { z } from "zod";

export const connectSlackInput = z.object({
  target: z.enum(["organization", "me"]),
  webhookUrl: z.url("Paste the incoming-webhook URL Slack gave you").max(500),
});

export const disconnectSlackInput = z.object({ target: z.enum(["organization", "me"]) });
