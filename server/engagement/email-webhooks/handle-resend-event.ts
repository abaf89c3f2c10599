// Resend's delivery webhooks: the email log shows what happened to each send (delivered, delayed, opened,
// bounced, complained, failed, suppressed), and a hard bounce, a suppression (Resend will not deliver to the
// address) or a spam complaint flags the person (no more non-essential mail) and alerts the account's CSM once.
// Each delivery is handled once: a WebhookReceipt keyed by the svix message id absorbs retries.
import { z } from "zod";
import { db } from "../../db";
import type { EmailStatus } from "../../generated/prisma/enums";
import { Prisma } from "../../generated/prisma/client";
import { raiseAlert } from "@/server/success";

export const resendEventSchema = z.object({
  type: z.string(),
  data: z
    .object({
      email_id: z.string().optional(),
      to: z.union([z.string(), z.array(z.string())]).optional(),
      bounce: z.object({ type: z.string().optional(), message: z.string().optional() }).partial().optional(),
      failed: z.object({ reason: z.string().optional() }).partial().optional(),
      suppressed: z.object({ type: z.string().optional(), message: z.string().optional() }).partial().optional(),
    })
    .passthrough(),
});
export type ResendEvent = z.infer<typeof resendEventSchema>;

const statusByType: Record<string, EmailStatus> = {
  "email.delivered": "DELIVERED",
  "email.opened": "OPENED",
  "email.bounced": "BOUNCED",
  "email.complained": "COMPLAINED",
  "email.delivery_delayed": "DELIVERY_DELAYED",
  "email.failed": "FAILED",
  "email.suppressed": "SUPPRESSED",
};

// Webhooks arrive out of order: a late "delivered" must not hide an "opened" or a bounce, nor a late
// "delayed" a delivery. Webhooks only match rows Resend accepted (they have a provider id), so FAILED and
// SUPPRESSED here are Resend's verdicts after sending, final like a bounce.
const rank: Record<EmailStatus, number> = {
  QUEUED: 0,
  SENT: 1,
  DELIVERY_DELAYED: 2,
  DELIVERED: 3,
  OPENED: 4,
  FAILED: 5,
  SUPPRESSED: 5,
  BOUNCED: 5,
  COMPLAINED: 6,
};

function errorOf(status: EmailStatus, data: ResendEvent["data"]): string | undefined {
  if (status === "BOUNCED") return data.bounce?.message ?? "Bounced";
  if (status === "FAILED") return data.failed?.reason ?? "Resend could not send it";
  if (status === "SUPPRESSED") return data.suppressed?.message ?? "Resend suppressed the address (earlier bounce or complaint)";
  if (status === "DELIVERY_DELAYED") return "Delivery delayed: the receiving server has not accepted it yet";
  return undefined;
}

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
      data: { status, error: errorOf(status, event.data) ?? null },
    });
  }
  const hardBounce = status === "BOUNCED" && !/transient|temporary/i.test(event.data.bounce?.type ?? "");
  if (hardBounce || status === "COMPLAINED" || status === "SUPPRESSED")
    await flagAddress(log.toEmail, log.organizationId, status);
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
      data: { email, status: status === "COMPLAINED" ? "COMPLAINED" : status === "SUPPRESSED" ? "SUPPRESSED" : "BOUNCED" },
    });
  }
}
