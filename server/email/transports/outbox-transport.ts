// The dev outbox: the transport when no RESEND_API_KEY is set. An email "sent" here is stored rendered on
// its email log row and read at /dev/outbox, so development and the demo work without keys or network.
import { db } from "../../db";
import { getEnv } from "../../env";

type OutboxEmail = { template: string; to: string; subject: string };

// Delivers each email in order; the result for each is null when it landed in the outbox, or the reason
// it could not be rendered (that email fails alone).
export async function deliverToOutbox(
  emails: { email: OutboxEmail; logId: string; render: () => Promise<{ html: string; text: string } | Error> }[],
): Promise<(string | null)[]> {
  const outcomes: (string | null)[] = [];
  for (const { email, logId, render } of emails) {
    const rendered = await render();
    if (rendered instanceof Error) {
      outcomes.push(rendered.message);
      continue;
    }
    await db.emailLog.update({
      where: { id: logId },
      data: { status: "SENT", html: rendered.html, text: rendered.text, error: null },
    });
    console.info(`[outbox] ${email.template} to ${email.to}: "${email.subject}" — ${getEnv().APP_URL}/dev/outbox/${logId}`);
    outcomes.push(null);
  }
  return outcomes;
}
