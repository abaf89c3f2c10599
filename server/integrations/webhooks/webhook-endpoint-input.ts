// Inputs for managing webhook endpoints (shared by the tRPC procedures and the admin page; no Prisma).
import { z } from "zod";
import { webhookEventTypes } from "./webhook-payloads";

export const createWebhookEndpointInput = z.object({
  url: z.url("Enter an absolute URL such as https://example.com/hooks/onward").max(2000),
  eventTypes: z
    .array(z.enum(webhookEventTypes as [string, ...string[]]))
    .min(1, "Choose at least one event")
    .max(50),
  description: z.string().trim().max(200).nullable().default(null),
});

export const webhookEndpointIdInput = z.object({ endpointId: z.string().min(1).max(64) });
export const webhookDeliveryIdInput = z.object({ deliveryId: z.string().min(1).max(64) });
