// The outbox subscriber for Slack: alerts, negative check-in answers and help requests post to the
// organization's channel and the account's CSM's, with a link to the account.
import { describeAlert } from "../../../lib/alerts/describe-alert";
import { db } from "../../db";
import { getEnv } from "../../env";
import { defineSubscriber, type DeliveredEvent } from "@/server/platform";
import { alertMessage, helpRequestMessage, negativeCheckInMessage, type SlackMessage } from "./build-slack-messages";
import { postToSlack } from "./post-to-slack";

async function messageFor(event: DeliveredEvent, account: { name: string; url: string }): Promise<SlackMessage | null> {
  switch (event.type) {
    case "alert.raised": {
      const alert = await db.alert.findUnique({ where: { id: event.data.alertId }, select: { kind: true, data: true } });
      return alert ? alertMessage({ accountName: account.name, accountUrl: account.url, reason: describeAlert(alert) }) : null;
    }
    case "checkin.answered":
      if (event.data.answer === "ON_TRACK") return null;
      return negativeCheckInMessage({
        accountName: account.name,
        accountUrl: account.url,
        answer: event.data.answer,
        comment: event.data.comment ?? null,
      });
    case "help.requested": {
      const help = await db.helpRequest.findUnique({ where: { id: event.data.helpRequestId }, select: { message: true } });
      return help ? helpRequestMessage({ accountName: account.name, accountUrl: account.url, message: help.message }) : null;
    }
    default:
      return null;
  }
}

export async function postEventToSlack(event: DeliveredEvent) {
  if (!event.accountId) return 0;
  const account = await db.customerAccount.findFirst({
    where: { id: event.accountId, organizationId: event.organizationId },
    select: { name: true, csmMembershipId: true },
  });
  if (!account) return 0;
  const message = await messageFor(event, {
    name: account.name,
    url: `${getEnv().APP_URL}/workspace/accounts/${event.accountId}`,
  });
  if (!message) return 0;
  return postToSlack(event.organizationId, ["organization", account.csmMembershipId], message);
}

export const slackSubscriber = defineSubscriber({
  name: "slack",
  eventTypes: ["alert.raised", "checkin.answered", "help.requested"],
  handle: async (event) => {
    await postEventToSlack(event);
  },
});
