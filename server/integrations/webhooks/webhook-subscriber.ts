// The outbox subscriber for outbound webhooks: it only queues deliveries; sending, retries and backoff
// belong to the webhooks.deliver job, so a slow receiver never holds up the outbox.
import { defineSubscriber } from "@/server/platform";
import { queueWebhookDeliveries } from "./queue-webhook-deliveries";

export const webhookSubscriber = defineSubscriber({
  name: "webhooks",
  eventTypes: "*",
  handle: async (event) => {
    await queueWebhookDeliveries(event);
  },
});
