// Admins add, list, rotate, re-enable and delete webhook endpoints. The signing secret is returned only
// by create and rotate; every change lands in the audit log.
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { db } from "../../db";
import { DomainError, notFound } from "../../errors";
import type { ProvenOrganizationId } from "../../identity/scope";
import { recordAudit } from "@/server/platform";
import { outboundPolicy, refuseUrl } from "../outbound-http/send-outbound-request";
import type { createWebhookEndpointInput } from "./webhook-endpoint-input";

const newSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

async function findEndpoint(organizationId: ProvenOrganizationId, endpointId: string) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, organizationId } });
  if (!endpoint) throw notFound("Webhook endpoint");
  return endpoint;
}

export async function createWebhookEndpoint(
  organizationId: ProvenOrganizationId,
  actorId: string,
  input: z.infer<typeof createWebhookEndpointInput>,
) {
  const refusal = refuseUrl(input.url, outboundPolicy());
  if (refusal) throw new DomainError("BAD_REQUEST", refusal);
  const secret = newSecret();
  const endpoint = await db.webhookEndpoint.create({
    data: { organizationId, url: input.url, eventTypes: input.eventTypes, description: input.description, secret },
  });
  await recordAudit({
    organizationId,
    actorId,
    action: "webhookEndpoint.created",
    targetType: "WebhookEndpoint",
    targetId: endpoint.id,
    after: { url: input.url, eventTypes: input.eventTypes },
  });
  return { id: endpoint.id, secret };
}

export async function listWebhookEndpoints(organizationId: ProvenOrganizationId) {
  return db.webhookEndpoint.findMany({
    where: { organizationId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      url: true,
      description: true,
      eventTypes: true,
      disabledAt: true,
      disabledReason: true,
      failingSince: true,
      createdAt: true,
    },
  });
}

export async function rotateWebhookSecret(organizationId: ProvenOrganizationId, actorId: string, endpointId: string) {
  const endpoint = await findEndpoint(organizationId, endpointId);
  const secret = newSecret();
  await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { secret } });
  await recordAudit({
    organizationId,
    actorId,
    action: "webhookEndpoint.secretRotated",
    targetType: "WebhookEndpoint",
    targetId: endpoint.id,
  });
  return { id: endpoint.id, secret };
}

export async function enableWebhookEndpoint(organizationId: ProvenOrganizationId, actorId: string, endpointId: string) {
  const endpoint = await findEndpoint(organizationId, endpointId);
  await db.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: { disabledAt: null, disabledReason: null, failingSince: null },
  });
  await recordAudit({
    organizationId,
    actorId,
    action: "webhookEndpoint.enabled",
    targetType: "WebhookEndpoint",
    targetId: endpoint.id,
  });
}

export async function deleteWebhookEndpoint(organizationId: ProvenOrganizationId, actorId: string, endpointId: string) {
  const endpoint = await findEndpoint(organizationId, endpointId);
  await db.webhookEndpoint.delete({ where: { id: endpoint.id } });
  await recordAudit({
    organizationId,
    actorId,
    action: "webhookEndpoint.deleted",
    targetType: "WebhookEndpoint",
    targetId: endpoint.id,
    before: { url: endpoint.url },
  });
}

export async function listWebhookDeliveries(organizationId: ProvenOrganizationId, endpointId: string) {
  const endpoint = await findEndpoint(organizationId, endpointId);
  return db.webhookDelivery.findMany({
    where: { endpointId: endpoint.id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      eventId: true,
      eventType: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastStatusCode: true,
      lastError: true,
      deliveredAt: true,
      createdAt: true,
      attemptLog: {
        orderBy: { attempt: "desc" },
        take: 10,
        select: { attempt: true, statusCode: true, durationMs: true, error: true, createdAt: true },
      },
    },
  });
}
