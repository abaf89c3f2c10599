// Resend's delivery webhooks: the email log shows what happened to each send, and a hard bounce or a
// spam complaint flags the person (no more non-essential mail) and alerts the account's CSM.
// Each delivery is handled once: a WebhookReceipt keyed by the svix message id absorbs retries.
import { z } from "zod";
import { db } from "../../db";
import type { EmailStatus } from "../../generated/prisma/enums";
import { Prisma } from "../../generated/prisma/client";
import { raiseAlert } from "../../success/alerts/raise-alerts";

export const resendEventSchema = z.object({
  type: z.string(),
  data: z
    .object({
      email_id: z.string().optional(),
      to: z.union([z.string(), z.array(z.string())]).optional(),
      bounce: z.object({ type: z.string().optional(), message: z.string().optional() }).partial().optional(),
    })
    .passthrough(),
});
export type ResendEvent = z.infer<typeof resendEventSchema>;

const statusByType: Record<string, EmailStatus> = {
  "email.delivered": "DELIVERED",
  "email.opened": "OPENED",
  "email.bounced": "BOUNCED",
  "email.complained": "COMPLAINED",
};

// Webhooks arrive out of order: a late "delivered" must not hide an "opened" or a bounce.
const rank: Record<EmailStatus, number> = {
  QUEUED: 0,
  FAILED: 0,
  SUPPRESSED: 0,
  SENT: 1,
  DELIVERED: 2,
  OPENED: 3,
  BOUNCED: 4,
  COMPLAINED: 5,
};

export type WebhookOutcome = "duplicate" | "ignored" | "updated";

export async function handleResendEvent(deliveryId: string, event: ResendEvent): Promise<WebhookOutcome> {
  try {
    await db.webhookReceipt.create({ data: { id: deliveryId, type: event.type } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "duplicate";
    throw error;
  }
  const status = statusByType[event.type];
  const providerId = event.data.email_id;
  if (!status || !providerId) return "ignored";
  const log = await db.emailLog.findFirst({ where: { providerId } });
  if (!log) return "ignored";
  if (rank[status] > rank[log.status]) {
    await db.emailLog.update({
      where: { id: log.id },
      data: { status, error: status === "BOUNCED" ? (event.data.bounce?.message ?? "Bounced") : undefined },
    });
  }
  const hardBounce = status === "BOUNCED" && !/transient|temporary/i.test(event.data.bounce?.type ?? "");
  if (hardBounce || status === "COMPLAINED") await flagAddress(log.toEmail, log.organizationId, status);
  return "updated";
}

async function flagAddress(email: string, organizationId: string | null, status: EmailStatus) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, emailBouncedAt: true } });
  if (!user) return;
  if (!user.emailBouncedAt) await db.user.update({ where: { id: user.id }, data: { emailBouncedAt: new Date() } });
  if (!organizationId) return;
  const memberships = await db.accountMember.findMany({
    where: { userId: user.id, organizationId },
    select: { customerAccountId: true },
  });
  for (const membership of memberships) {
    await raiseAlert({
      organizationId,
      customerAccountId: membership.customerAccountId,
      kind: "EMAIL_BOUNCED",
      dedupeKey: `email-bounced:${user.id}:${membership.customerAccountId}`,
      data: { email, status: status === "COMPLAINED" ? "COMPLAINED" : "BOUNCED" },
    });
  }
}
