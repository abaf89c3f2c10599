// The versioned payloads Onward sends to webhook endpoints, one zod schema per event type (they mirror
// the domain events' data and are published in the OpenAPI document's `webhooks` section). Version 1:
// fields may be added; a breaking change would be a new version.
import { z } from "zod";
import type { DomainEventType } from "@/server/platform";

const actor = z.object({ kind: z.enum(["customer", "staff", "system", "api", "product"]), userId: z.string().nullish() });

export const webhookEventData = {
  "account.created": z.object({ accountId: z.string(), name: z.string(), externalId: z.string().nullish() }),
  "account.status_changed": z.object({ accountId: z.string(), from: z.string(), to: z.string() }),
  "task.completed": z.object({
    accountId: z.string(),
    taskId: z.string(),
    title: z.string(),
    templateTaskKey: z.string().nullish(),
    by: actor,
  }),
  "task.reopened": z.object({ accountId: z.string(), taskId: z.string(), by: actor }),
  "milestone.reached": z.object({ accountId: z.string(), milestoneId: z.string(), title: z.string() }),
  "goal.updated": z.object({ accountId: z.string(), goalId: z.string(), currentValue: z.number().nullable() }),
  "checkin.sent": z.object({ accountId: z.string(), checkInId: z.string(), offsetDays: z.int() }),
  "checkin.answered": z.object({
    accountId: z.string(),
    checkInId: z.string(),
    answer: z.string(),
    comment: z.string().nullish(),
  }),
  "help.requested": z.object({ accountId: z.string(), helpRequestId: z.string() }),
  "help.replied": z.object({ accountId: z.string(), helpRequestId: z.string() }),
  "alert.raised": z.object({ accountId: z.string(), alertId: z.string(), kind: z.string() }),
  "alert.resolved": z.object({ accountId: z.string(), alertId: z.string(), kind: z.string() }),
  "health.band_changed": z.object({ accountId: z.string(), from: z.string().nullable(), to: z.string(), score: z.number() }),
} satisfies Record<DomainEventType, z.ZodType>;

export const webhookEventTypes = Object.keys(webhookEventData) as DomainEventType[];

// "webhook.test" is what "Send test event" delivers; it is not a domain event.
export const testEventType = "webhook.test";

export function webhookEnvelope<T extends z.ZodType>(type: string, data: T) {
  return z.object({
    id: z.string().describe("The event id; also sent as the webhook-id header. Deduplicate on it."),
    type: z.literal(type),
    version: z.literal(1),
    timestamp: z.string().describe("When the event happened (ISO 8601)"),
    organizationId: z.string(),
    data,
  });
}

export type WebhookPayload = {
  id: string;
  type: string;
  version: 1;
  timestamp: string;
  organizationId: string;
  data: unknown;
};
