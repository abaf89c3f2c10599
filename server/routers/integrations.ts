// API keys, webhook endpoints (admins) and Slack connections (admins for the organization, each CSM for
// their own).
import { apiKeyIdInput, createApiKeyInput } from "@/server/integrations";
import { createApiKey, listApiKeys, revokeApiKey } from "@/server/integrations";
import { connectSlack, disconnectSlack, getSlackStatus } from "@/server/integrations";
import { connectSlackInput, disconnectSlackInput } from "@/server/integrations";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  enableWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  rotateWebhookSecret,
  webhookEventTypes,
} from "@/server/integrations";
import { redeliverWebhook, sendTestWebhook } from "@/server/integrations";
import { createWebhookEndpointInput, webhookDeliveryIdInput, webhookEndpointIdInput } from "@/server/integrations";
import { adminProcedure, csmProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const integrationsRouter = router({
  apiKeys: adminProcedure.query(({ ctx }) => listApiKeys(ctx.staff.organizationId)),
  createApiKey: adminProcedure
    .input(createApiKeyInput)
    .mutation(({ ctx, input }) => createApiKey(ctx.staff.organizationId, ctx.user.id, input)),
  revokeApiKey: adminProcedure.input(apiKeyIdInput).mutation(async ({ ctx, input }) => {
    await revokeApiKey(ctx.staff.organizationId, ctx.user.id, input.apiKeyId);
    return { revoked: true };
  }),
  webhookEndpoints: adminProcedure.query(async ({ ctx }) => ({
    endpoints: await listWebhookEndpoints(ctx.staff.organizationId),
    // The event types an endpoint can subscribe to, for the form's checkboxes.
    eventTypes: webhookEventTypes,
  })),
  createWebhookEndpoint: adminProcedure
    .input(createWebhookEndpointInput)
    .mutation(({ ctx, input }) => createWebhookEndpoint(ctx.staff.organizationId, ctx.user.id, input)),
  rotateWebhookSecret: adminProcedure
    .input(webhookEndpointIdInput)
    .mutation(({ ctx, input }) => rotateWebhookSecret(ctx.staff.organizationId, ctx.user.id, input.endpointId)),
  enableWebhookEndpoint: adminProcedure.input(webhookEndpointIdInput).mutation(async ({ ctx, input }) => {
    await enableWebhookEndpoint(ctx.staff.organizationId, ctx.user.id, input.endpointId);
    return { enabled: true };
  }),
  deleteWebhookEndpoint: adminProcedure.input(webhookEndpointIdInput).mutation(async ({ ctx, input }) => {
    await deleteWebhookEndpoint(ctx.staff.organizationId, ctx.user.id, input.endpointId);
    return { deleted: true };
  }),
  webhookDeliveries: adminProcedure
    .input(webhookEndpointIdInput)
    .query(({ ctx, input }) => listWebhookDeliveries(ctx.staff.organizationId, input.endpointId)),
  redeliverWebhook: adminProcedure.input(webhookDeliveryIdInput).mutation(async ({ ctx, input }) => {
    await redeliverWebhook(ctx.staff.organizationId, input.deliveryId);
    return { queued: true };
  }),
  sendTestWebhook: adminProcedure
    .input(webhookEndpointIdInput)
    .mutation(({ ctx, input }) => sendTestWebhook(ctx.staff.organizationId, input.endpointId)),
  slackStatus: csmProcedure.query(({ ctx }) => getSlackStatus(ctx.staff)),
  connectSlack: csmProcedure.input(connectSlackInput).mutation(async ({ ctx, input }) => {
    await connectSlack(ctx.staff, ctx.user.id, input);
    return { connected: true };
  }),
  disconnectSlack: csmProcedure.input(disconnectSlackInput).mutation(async ({ ctx, input }) => {
    await disconnectSlack(ctx.staff, ctx.user.id, input);
    return { disconnected: true };
  }),
});
