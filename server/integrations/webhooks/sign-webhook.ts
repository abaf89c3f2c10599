// Standard Webhooks signing (https://www.standardwebhooks.com): webhook-signature is
// "v1,<base64 HMAC-SHA256 of `${id}.${timestamp}.${body}`>" with the endpoint's whsec_ secret.
import { Webhook } from "standardwebhooks";

export function signWebhook(secret: string, messageId: string, sentAt: Date, body: string): Record<string, string> {
  const signature = new Webhook(secret).sign(messageId, sentAt, body);
  return {
    "content-type": "application/json",
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
    "webhook-signature": signature,
  };
}
