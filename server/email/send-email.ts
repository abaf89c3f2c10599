// The one send path for every email Onward sends. It renders HTML and plain text, records the send in
// the email log (keyed by an idempotency key so a retried job never sends twice), and delivers through
// Resend when RESEND_API_KEY is set, or into the dev outbox when it is not.
import type { ReactElement } from "react";
import { render } from "@react-email/render";
import { db } from "../db";
import { getEnv } from "../env";
import { Prisma } from "../generated/prisma/client";
import { listUnsubscribeHeaders } from "../services/email-tokens/unsubscribe-links";
import { deliverThroughResend } from "./resend-transport";

export type OutgoingEmail = {
  to: string;
  subject: string;
  // Template name, shown in the email log and the outbox.
  template: string;
  // "essential" mail (sign-in, invitations) ignores unsubscribe preferences; other categories honour them
  // here, centrally, so no sender can forget to.
  category: string;
  react: ReactElement;
  // Derived from the row that caused the email (e.g. "checkin:<id>") so a retry is recognised.
  idempotencyKey: string;
  organizationId?: string | null;
  fromName?: string | null;
  replyTo?: string | null;
  headers?: Record<string, string>;
};

export type SendResult = {
  emailLogId: string;
  status: "SENT" | "ALREADY_SENT" | "FAILED" | "SUPPRESSED";
  error?: string;
};

export const essentialCategory = "essential";

// Why a non-essential email must not go to this address, or null. Unknown addresses have no preferences.
async function suppressionReason(to: string, category: string): Promise<string | null> {
  if (category === essentialCategory) return null;
  const user = await db.user.findUnique({
    where: { email: to },
    select: { emailBouncedAt: true, emailPreference: { select: { unsubscribedAll: true, unsubscribedTopics: true } } },
  });
  if (!user) return null;
  if (user.emailBouncedAt) return "The address bounced or reported spam earlier";
  if (user.emailPreference?.unsubscribedAll) return "The recipient unsubscribed from all non-essential email";
  if (user.emailPreference?.unsubscribedTopics.includes(category)) return `The recipient unsubscribed from ${category}`;
  return null;
}

async function unsubscribeHeadersFor(to: string, category: string): Promise<Record<string, string>> {
  if (category === essentialCategory) return {};
  const user = await db.user.findUnique({ where: { email: to }, select: { id: true } });
  return user ? listUnsubscribeHeaders(user.id, category) : {};
}

function fromAddress(fromName: string | null | undefined): string {
  const configured = getEnv().EMAIL_FROM;
  if (!fromName) return configured;
  const address = configured.match(/<([^>]+)>/)?.[1] ?? configured;
  return `${fromName.replace(/["<>]/g, "")} <${address}>`;
}

async function claimLogRow(email: OutgoingEmail, transport: "RESEND" | "OUTBOX") {
  try {
    return await db.emailLog.create({
      data: {
        organizationId: email.organizationId ?? null,
        toEmail: email.to,
        subject: email.subject,
        template: email.template,
        category: email.category,
        transport,
        idempotencyKey: email.idempotencyKey,
      },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return db.emailLog.findUniqueOrThrow({ where: { idempotencyKey: email.idempotencyKey } });
    }
    throw error;
  }
}

export async function sendEmail(email: OutgoingEmail): Promise<SendResult> {
  const env = getEnv();
  const row = await claimLogRow(email, env.emailTransport);
  // QUEUED, FAILED or SUPPRESSED rows may be tried again (preferences are checked afresh); anything else
  // already left the building.
  if (row.status !== "QUEUED" && row.status !== "FAILED" && row.status !== "SUPPRESSED") {
    return { emailLogId: row.id, status: "ALREADY_SENT" };
  }

  const suppressed = await suppressionReason(email.to, email.category);
  if (suppressed) {
    // Logged, not sent: the email log shows who did not get what, and why.
    await db.emailLog.update({ where: { id: row.id }, data: { status: "SUPPRESSED", error: suppressed } });
    return { emailLogId: row.id, status: "SUPPRESSED", error: suppressed };
  }
  const headers = { ...(await unsubscribeHeadersFor(email.to, email.category)), ...email.headers };

  const [html, text] = await Promise.all([render(email.react), render(email.react, { plainText: true })]);

  if (env.emailTransport === "OUTBOX") {
    await db.emailLog.update({ where: { id: row.id }, data: { status: "SENT", html, text, error: null } });
    console.info(`[outbox] ${email.template} to ${email.to}: "${email.subject}" — ${env.APP_URL}/dev/outbox/${row.id}`);
    return { emailLogId: row.id, status: "SENT" };
  }

  const outcome = await deliverThroughResend({
    from: fromAddress(email.fromName),
    to: email.to,
    subject: email.subject,
    html,
    text,
    replyTo: email.replyTo ?? undefined,
    headers: Object.keys(headers).length ? headers : undefined,
    idempotencyKey: email.idempotencyKey,
  });
  if (outcome.ok) {
    await db.emailLog.update({ where: { id: row.id }, data: { status: "SENT", providerId: outcome.providerId, error: null } });
    return { emailLogId: row.id, status: "SENT" };
  }
  await db.emailLog.update({ where: { id: row.id }, data: { status: "FAILED", error: outcome.error } });
  return { emailLogId: row.id, status: "FAILED", error: outcome.error };
}
