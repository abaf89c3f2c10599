// The daily digest: each CSM with open alerts on their accounts gets one email a day, at the
// organization's send hour in its time zone. The idempotency key (membership + local date) makes a
// repeated run on the same day send nothing new.
import { db } from "../../db";
import { getEnv } from "../../env";
import { sendEmail } from "../../email/send-email";
import { composeEmail } from "../../email/templates/define-email-template";
import { csmDigestEmail } from "../../email/templates/csm-digest-email";
import { atRiskBelow } from "@/lib/success/portfolio-query";
import { brandingOf } from "@/server/identity";
import { localDateAndHour } from "@/lib/time";
import { describeAlert } from "@/lib/alerts/describe-alert";

// What a sent digest says, for other channels (the job posts it to the CSM's Slack; engagement does not
// depend on integrations).
export type SentCsmDigest = { date: string; alerts: { accountName: string; reason: string }[] };

export async function sendCsmDigests(
  now = new Date(),
  options: {
    ignoreSendHour?: boolean;
    onSent?: (organizationId: string, membershipId: string, digest: SentCsmDigest) => Promise<unknown>;
  } = {},
): Promise<number> {
  const organizations = await db.organization.findMany({ select: { id: true, timezone: true, sendHour: true } });
  let sent = 0;
  for (const organization of organizations) {
    const local = localDateAndHour(now, organization.timezone);
    if (!options.ignoreSendHour && local.hour !== organization.sendHour) continue;
    const branding = await brandingOf(organization.id);
    const csms = await db.membership.findMany({
      where: { organizationId: organization.id, accounts: { some: { alerts: { some: { resolvedAt: null } } } } },
      select: {
        id: true,
        user: { select: { name: true, email: true, emailBouncedAt: true } },
        accounts: {
          select: {
            name: true,
            healthScore: true,
            alerts: { where: { resolvedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, data: true } },
          },
        },
      },
    });
    for (const csm of csms) {
      if (csm.user.emailBouncedAt) continue;
      const alerts = csm.accounts.flatMap((account) => account.alerts.map((alert) => ({ accountName: account.name, ...alert })));
      if (alerts.length === 0) continue;
      const result = await sendEmail({
        to: csm.user.email,
        category: "digest",
        ...composeEmail(csmDigestEmail, {
          branding,
          csmName: csm.user.name,
          date: local.date,
          alerts,
          atRiskCount: csm.accounts.filter((account) => account.healthScore !== null && account.healthScore < atRiskBelow).length,
          workspaceUrl: `${getEnv().APP_URL}/workspace`,
        }),
        idempotencyKey: `csm-digest:${csm.id}:${local.date}`,
        organizationId: organization.id,
      });
      if (result.status === "SENT") {
        sent++;
        // Once a day, like the email: a repeated run finds the email already sent and posts nothing.
        await options.onSent?.(organization.id, csm.id, {
          date: local.date,
          alerts: alerts.map((alert) => ({ accountName: alert.accountName, reason: describeAlert(alert) })),
        });
      }
    }
  }
  return sent;
}
