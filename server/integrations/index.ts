// The integrations module's public surface: API keys, the REST API, outbound webhooks and Slack.
// Other modules, routers, jobs and route handlers import from here; reaching into the files behind it is a lint error.
export { apiKeyIdInput, createApiKeyInput } from "./api-keys/api-key-input";
export { createApiKey, listApiKeys, revokeApiKey } from "./api-keys/manage-api-keys";
export { buildOpenApiDocument } from "./rest/build-openapi";
export { handleRestRequest } from "./rest/handle-rest-request";
export { pruneApiRecords } from "./rest/prune-api-records";
export { connectSlack, disconnectSlack, getSlackStatus } from "./slack/manage-slack-connections";
export { connectSlackInput, disconnectSlackInput } from "./slack/slack-input";
export { deliverDueWebhooks } from "./webhooks/deliver-webhooks";
export {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  enableWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  rotateWebhookSecret,
} from "./webhooks/manage-webhook-endpoints";
export { redeliverWebhook, sendTestWebhook } from "./webhooks/queue-webhook-deliveries";
export { createWebhookEndpointInput, webhookDeliveryIdInput, webhookEndpointIdInput } from "./webhooks/webhook-endpoint-input";
export { webhookEventTypes } from "./webhooks/webhook-payloads";
export { postCsmDigestToSlack } from "./slack/post-csm-digest-to-slack";
export { slackSubscriber } from "./slack/slack-subscriber";
export { webhookSubscriber } from "./webhooks/webhook-subscriber";
