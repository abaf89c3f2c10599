// Posts a message to an organization's Slack channel and, when connected, the account's CSM's own.
// Slack is a notification, not a record: a failed post is logged, not retried.
import { db } from "../../db";
import { sendOutboundRequest } from "../outbound-http/send-outbound-request";
import type { SlackMessage } from "./build-slack-messages";

export async function postToSlack(organizationId: string, targets: readonly (string | null)[], message: SlackMessage) {
  const wanted = [...new Set(targets.filter((target): target is string => Boolean(target)))];
  const connections = await db.slackConnection.findMany({ where: { organizationId, target: { in: wanted } } });
  let posted = 0;
  for (const connection of connections) {
    const result = await sendOutboundRequest({
      url: connection.webhookUrl,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(message),
      timeoutMs: 10_000,
    });
    if (result.ok) posted += 1;
    else console.warn(`[slack] post to ${connection.target} failed: ${result.error}`);
  }
  return posted;
}
