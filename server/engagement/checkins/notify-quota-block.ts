// A quota 429 stops all sending for the Resend team: every organization's owners hear about it once per
// block (the email log shows a banner meanwhile). The notice is essential mail, one request each; Resend may
// refuse it too while the quota lasts, which the email log then shows.
import { db } from "../../db";
import { getEnv } from "../../env";
import { essentialCategory, sendEmails } from "../../email/send-email";
import { claimQuotaNotice, readQuotaBlock } from "../../email/team-rate-limit";
import { composeEmail } from "../../email/templates/define-email-template";
import { sendingPausedEmail } from "../../email/templates/sending-paused-email";
import { brandingFrom } from "@/server/identity";

export async function notifyOwnersOfQuotaBlock(): Promise<void> {
  const block = await readQuotaBlock();
  if (!block || !(await claimQuotaNotice())) return;
  const owners = await db.membership.findMany({
    where: { role: "OWNER" },
    select: {
      userId: true,
      user: { select: { email: true } },
      organization: { select: { id: true, name: true, brandColor: true, logoUrl: true } },
    },
  });
  const waiting = await db.checkIn.groupBy({
    by: ["organizationId"],
    where: { status: "SCHEDULED", scheduledFor: { lte: new Date() } },
    _count: true,
  });
  const waitingBy = new Map(waiting.map((row) => [row.organizationId, row._count]));
  const until = `${block.until.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  await sendEmails(
    owners.map((owner) => ({
      to: owner.user.email,
      category: essentialCategory,
      idempotencyKey: `sending-paused:${block.until.toISOString()}:${owner.userId}:${owner.organization.id}`,
      organizationId: owner.organization.id,
      ...composeEmail(sendingPausedEmail, {
        branding: brandingFrom(owner.organization),
        reason: block.error,
        until,
        waiting: waitingBy.get(owner.organization.id) ?? 0,
        emailLogUrl: `${getEnv().APP_URL}/admin/emails/log`,
      }),
    })),
  );
}
