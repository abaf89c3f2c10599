// Turns a domain event into one delivery row per enabled endpoint that wants it (idempotent by
// endpoint + event id, so the outbox handing the same event over twice queues it once), plus the admin
// actions that queue deliveries by hand: redeliver and "send test event".
import { randomUUID } from "node:crypto";
import { db } from "../../db";
import { notFound } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import type { ProvenOrganizationId } from "../../identity/scope";
import type { DeliveredEvent } from "@/server/platform";
import { attemptDelivery } from "./deliver-webhooks";
import { testEventType, type WebhookPayload } from "./webhook-payloads";

// Event data is JSON by construction (the outbox stored it as JSON).
const asJson = (payload: WebhookPayload) => payload as unknown as Prisma.InputJsonObject;

export function payloadOf(event: DeliveredEvent): WebhookPayload {
  return {
    id: event.id,
    type: event.type,
    version: 1,
    timestamp: event.occurredAt.toISOString(),
    organizationId: event.organizationId,
    data: event.data,
  };
}

export async function queueWebhookDeliveries(event: DeliveredEvent) {
  const endpoints = await db.webhookEndpoint.findMany({
    where: { organizationId: event.organizationId, disabledAt: null, eventTypes: { has: event.type } },
    select: { id: true },
  });
  if (endpoints.length === 0) return 0;
  const created = await db.webhookDelivery.createMany({
    data: endpoints.map((endpoint) => ({
      organizationId: event.organizationId,
      endpointId: endpoint.id,
      eventId: event.id,
      eventType: event.type,
      payload: asJson(payloadOf(event)),
    })),
    skipDuplicates: true,
  });
  return created.count;
}

export async function redeliverWebhook(organizationId: ProvenOrganizationId, deliveryId: string) {
  const delivery = await db.webhookDelivery.findFirst({ where: { id: deliveryId, organizationId } });
  if (!delivery) throw notFound("Delivery");
  await db.webhookDelivery.update({
    where: { id: delivery.id },
    data: { status: "PENDING", nextAttemptAt: new Date(), lockedUntil: null },
  });
}

// Sends a webhook.test event to one endpoint right away and answers how it went.
export async function sendTestWebhook(organizationId: ProvenOrganizationId, endpointId: string) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, organizationId } });
  if (!endpoint) throw notFound("Webhook endpoint");
  const id = `evt_test_${randomUUID()}`;
  const payload: WebhookPayload = {
    id,
    type: testEventType,
    version: 1,
    timestamp: new Date().toISOString(),
    organizationId,
    data: { message: "A test event from Onward" },
  };
  const delivery = await db.webhookDelivery.create({
    data: {
      organizationId,
      endpointId,
      eventId: id,
      eventType: testEventType,
      payload: asJson(payload),
      nextAttemptAt: null,
      status: "PENDING",
    },
  });
  const result = await attemptDelivery(delivery.id);
  // A test is one attempt: it is not retried.
  if (!result.ok)
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "FAILED", nextAttemptAt: null } });
  return { ok: result.ok, status: result.status, durationMs: result.durationMs, error: result.ok ? null : result.error };
}
