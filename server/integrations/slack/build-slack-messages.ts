// Block Kit messages Onward posts to Slack. Each has plain `text` (notifications and screen readers) and
// blocks with a button to the account. Text from customers is escaped: Slack would otherwise read
// <...> and & as mrkdwn controls (a comment could forge a link or mention @channel).
export type SlackMessage = { text: string; blocks: object[] };

export function escapeSlackText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function accountMessage(headline: string, detail: string | null, accountName: string, accountUrl: string): SlackMessage {
  const name = escapeSlackText(accountName);
  return {
    text: `${headline}: ${accountName}`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${escapeSlackText(headline)}* · ${name}` } },
      ...(detail ? [{ type: "section", text: { type: "mrkdwn", text: escapeSlackText(detail) } }] : []),
      {
        type: "actions",
        elements: [{ type: "button", text: { type: "plain_text", text: "Open account" }, url: accountUrl }],
      },
    ],
  };
}

export function alertMessage(input: { accountName: string; accountUrl: string; reason: string }) {
  return accountMessage("New alert", input.reason, input.accountName, input.accountUrl);
}

export function negativeCheckInMessage(input: {
  accountName: string;
  accountUrl: string;
  answer: string;
  comment: string | null;
}) {
  const answer = input.answer === "OFF_TRACK" ? "Off track" : "Some concerns";
  return accountMessage(`Check-in answered “${answer}”`, input.comment, input.accountName, input.accountUrl);
}

export function helpRequestMessage(input: { accountName: string; accountUrl: string; message: string }) {
  return accountMessage("Help requested", input.message, input.accountName, input.accountUrl);
}

export function csmDigestMessage(input: {
  date: string;
  workspaceUrl: string;
  alerts: { accountName: string; reason: string }[];
}): SlackMessage {
  const lines = input.alerts
    .slice(0, 20)
    .map((alert) => `• *${escapeSlackText(alert.accountName)}*: ${escapeSlackText(alert.reason)}`);
  return {
    text: `${input.alerts.length} alert(s) need you today`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: `Your alerts for ${input.date}` } },
      { type: "section", text: { type: "mrkdwn", text: lines.join("\n") } },
      ...(input.alerts.length > 20
        ? [{ type: "context", elements: [{ type: "mrkdwn", text: `and ${input.alerts.length - 20} more` }] }]
        : []),
      {
        type: "actions",
        elements: [{ type: "button", text: { type: "plain_text", text: "Open workspace" }, url: input.workspaceUrl }],
      },
    ],
  };
}
