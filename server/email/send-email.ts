// The one send path for every email Onward sends. It renders HTML and plain text, records the send in
// the email log (keyed by an idempotency key so a retried job never sends twice), and delivers through
// Resend when RESEND_API_KEY is set (resend-transport.ts), or into the dev outbox when it is not
// (transports/outbox-transport.ts).
//
// `sendEmails` does this for many emails at once with a few set-based queries (the worker sends check-ins
// in batches); `sendEmail` is the same path for one. Essential email (sign-in links, invitations) goes to
// Resend's single endpoint, one request per email keyed by its own idempotency key; everything else goes
// through the batch endpoint (send-batches.ts), whose stored batches make a retry after a crash harmless.
import type { ReactElement } from "react";
import { db } from "../db";
import { newRowId } from "../db-ids";
import { getEnv } from "../env";
import { listUnsubscribeHeaders } from "./tokens/unsubscribe-links";
import { renderEmail } from "./render-email";
import { deliverThroughResend, type DeliveryOutcome } from "./resend-transport";
import { deliverToOutbox } from "./transports/outbox-transport";
import { sendInBatches, type BatchItem } from "./send-batches";

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

// DEFERRED: not sent yet and tried again later with the same key; `deferredBy` "quota" (Resend's daily or
// monthly quota is used up: keep it due) or "unavailable" (Resend did not answer: retry after a pause).
export type SendResult = {
  emailLogId: string;
  status: "SENT" | "ALREADY_SENT" | "FAILED" | "SUPPRESSED" | "DEFERRED";
  error?: string;
  deferredBy?: "quota" | "unavailable";
};

export const essentialCategory = "essential";

type Recipient = {
  id: string;
  email: string;
  emailBouncedAt: Date | null;
  emailPreference: { unsubscribedAll: boolean; unsubscribedTopics: string[] } | null;
};

// The people behind the addresses of non-essential emails, in one query (unknown addresses are missing).
async function recipientsOf(emails: OutgoingEmail[]): Promise<Map<string, Recipient>> {
  const addresses = [...new Set(emails.filter((email) => email.category !== essentialCategory).map((email) => email.to))];
  if (addresses.length === 0) return new Map();
  const users = await db.$queryRaw<
    (Omit<Recipient, "emailPreference"> & { unsubscribedAll: boolean | null; unsubscribedTopics: string[] | null })[]
  >`
    SELECT u.id, u.email, u."emailBouncedAt", p."unsubscribedAll", p."unsubscribedTopics"
    FROM "User" u LEFT JOIN "EmailPreference" p ON p."userId" = u.id
    WHERE u.email = ANY(${addresses}::text[])`;
  return new Map(
    users.map(({ unsubscribedAll, unsubscribedTopics, ...user }) => [
      user.email,
      {
        ...user,
        emailPreference: unsubscribedAll === null ? null : { unsubscribedAll, unsubscribedTopics: unsubscribedTopics ?? [] },
      },
    ]),
  );
}

// Why a non-essential email must not go to this address, or null. Unknown addresses have no preferences.
function suppressionReason(category: string, user: Recipient | undefined): string | null {
  if (category === essentialCategory || !user) return null;
  if (user.emailBouncedAt) return "The address bounced or reported spam earlier";
  if (user.emailPreference?.unsubscribedAll) return "The recipient unsubscribed from all non-essential email";
  if (user.emailPreference?.unsubscribedTopics.includes(category)) return `The recipient unsubscribed from ${category}`;
  return null;
}

function unsubscribeHeadersFor(category: string, user: Recipient | undefined): Record<string, string> {
  if (category === essentialCategory || !user) return {};
  return listUnsubscribeHeaders(user.id, category);
}

function fromAddress(fromName: string | null | undefined): string {
  const configured = getEnv().EMAIL_FROM;
  if (!fromName) return configured;
  const address = configured.match(/<([^>]+)>/)?.[1] ?? configured;
  return `${fromName.replace(/["<>]/g, "")} <${address}>`;
}

// One log row per idempotency key: new keys get a QUEUED row, known keys keep theirs (and its status).
// One statement: the insert's new rows, and the rows that were there already.
async function claimLogRows(emails: OutgoingEmail[], transport: "RESEND" | "OUTBOX") {
  const column = <T>(pick: (email: OutgoingEmail) => T) => emails.map(pick);
  const rows = await db.$queryRaw<{ id: string; status: string; idempotencyKey: string; inPendingBatch: boolean }[]>`
    WITH incoming AS (
      SELECT * FROM unnest(
        ${column(() => newRowId())}::text[], ${column((email) => email.organizationId ?? null)}::text[],
        ${column((email) => email.to)}::text[], ${column((email) => email.subject)}::text[],
        ${column((email) => email.template)}::text[], ${column((email) => email.category)}::text[],
        ${column((email) => email.idempotencyKey)}::text[]
      ) AS row(id, "organizationId", "toEmail", subject, template, category, "idempotencyKey")
    ), inserted AS (
      INSERT INTO "EmailLog" (id, "organizationId", "toEmail", subject, template, category, transport, "idempotencyKey", "updatedAt")
      SELECT id, "organizationId", "toEmail", subject, template, category, ${transport}::"EmailTransport", "idempotencyKey", now()
      FROM incoming
      ON CONFLICT ("idempotencyKey") DO NOTHING
      RETURNING id, status::text, "idempotencyKey"
    )
    SELECT id, status, "idempotencyKey", false AS "inPendingBatch" FROM inserted
    UNION ALL
    SELECT log.id, log.status::text, log."idempotencyKey",
           EXISTS (SELECT 1 FROM "EmailBatch" b WHERE b.id = log."batchId" AND b.status = 'PENDING'::"EmailBatchStatus")
    FROM "EmailLog" log
    WHERE log."idempotencyKey" IN (SELECT "idempotencyKey" FROM incoming)
      AND log."idempotencyKey" NOT IN (SELECT "idempotencyKey" FROM inserted)`;
  const byKey = new Map(rows.map((row) => [row.idempotencyKey, row]));
  // A row another sender committed after this statement's snapshot was skipped by the insert but is not
  // visible to its select: read those again.
  const unseen = emails.map((email) => email.idempotencyKey).filter((key) => !byKey.has(key));
  if (unseen.length) {
    const late = await db.emailLog.findMany({
      where: { idempotencyKey: { in: unseen } },
      select: { id: true, status: true, idempotencyKey: true, batch: { select: { status: true } } },
    });
    for (const { batch, ...row } of late) byKey.set(row.idempotencyKey, { ...row, inPendingBatch: batch?.status === "PENDING" });
  }
  return byKey;
}

// Rows that share an outcome are updated together: one statement per distinct reason.
async function markLogRows(status: "SUPPRESSED" | "FAILED", failures: { id: string; error: string }[]) {
  const byError = new Map<string, string[]>();
  for (const failure of failures) byError.set(failure.error, [...(byError.get(failure.error) ?? []), failure.id]);
  for (const [error, ids] of byError) await db.emailLog.updateMany({ where: { id: { in: ids } }, data: { status, error } });
}

async function markLogRowsSent(sent: { id: string; providerId: string | null }[]) {
  if (sent.length === 0) return;
  await db.$executeRaw`
    UPDATE "EmailLog" AS log
    SET status = 'SENT'::"EmailStatus", "providerId" = sent."providerId", error = NULL, "updatedAt" = now()
    FROM unnest(${sent.map((row) => row.id)}::text[], ${sent.map((row) => row.providerId)}::text[]) AS sent(id, "providerId")
    WHERE log.id = sent.id`;
}

class RenderFailure extends Error {
  constructor(cause: unknown) {
    super(`The email could not be rendered: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

// One email that cannot be rendered (a template bug, odd data) fails alone, with its reason, instead of
// taking the rest of its batch down.
function renderOrFailure(email: OutgoingEmail) {
  return renderEmail(email.react).catch((error: unknown) => new RenderFailure(error));
}

// Runs `work` for every item with at most `limit` running at once; results keep the items' order.
async function mapConcurrently<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
      for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index]!);
    }),
  );
  return results;
}

type ToSend = { index: number; email: OutgoingEmail; logId: string; headers: Record<string, string>; inPendingBatch: boolean };

// Emails already in a stored, unanswered batch are re-sent with it as stored; the others are rendered and
// batched. `X-Entity-Ref-ID` carries the email's own key (mail clients do not thread distinct emails on it).
async function sendBatched(
  items: ToSend[],
  results: SendResult[],
  failed: { id: string; error: string }[],
  options: { concurrency?: number },
): Promise<void> {
  if (items.length === 0) return;
  const fresh: BatchItem[] = [];
  for (const { index, email, logId, headers, inPendingBatch } of items) {
    if (inPendingBatch) continue;
    const rendered = await renderOrFailure(email);
    if (rendered instanceof RenderFailure) {
      failed.push({ id: logId, error: rendered.message });
      results[index] = { emailLogId: logId, status: "FAILED", error: rendered.message };
      continue;
    }
    fresh.push({
      logId,
      payload: {
        from: fromAddress(email.fromName),
        to: email.to,
        subject: email.subject,
        html: rendered.html,
        text: rendered.text,
        ...(email.replyTo ? { replyTo: email.replyTo } : {}),
        headers: { ...headers, "X-Entity-Ref-ID": email.idempotencyKey },
      },
    });
  }
  const pending = items.filter((item) => item.inPendingBatch).map((item) => item.logId);
  const outcomes = await sendInBatches(fresh, pending, { concurrency: options.concurrency });
  for (const { index, logId } of items) {
    const outcome = outcomes.get(logId);
    if (!outcome) continue; // could not be rendered (above)
    if (outcome.status === "SENT") results[index] = { emailLogId: logId, status: "SENT" };
    else if (outcome.status === "FAILED") results[index] = { emailLogId: logId, status: "FAILED", error: outcome.error };
    else results[index] = { emailLogId: logId, status: "DEFERRED", error: outcome.error, deferredBy: outcome.reason };
  }
}

export async function sendEmail(email: OutgoingEmail): Promise<SendResult> {
  const [result] = await sendEmails([email]);
  return result!;
}

// Sends each email once (see sendEmail); `concurrency` Resend requests are in flight at a time, all of them
// paced by the transport's throttle. Results are in the order of `emails`, whose idempotency keys must differ.
export async function sendEmails(emails: OutgoingEmail[], options: { concurrency?: number } = {}): Promise<SendResult[]> {
  if (emails.length === 0) return [];
  if (new Set(emails.map((email) => email.idempotencyKey)).size !== emails.length) {
    throw new Error("sendEmails: two emails share an idempotency key");
  }
  const env = getEnv();
  const rows = await claimLogRows(emails, env.emailTransport);
  const recipients = await recipientsOf(emails);
  const results = new Array<SendResult>(emails.length);
  const suppressed: { id: string; error: string }[] = [];
  const toSend: ToSend[] = [];
  emails.forEach((email, index) => {
    const row = rows.get(email.idempotencyKey)!;
    // QUEUED, FAILED or SUPPRESSED rows may be tried again (preferences are checked afresh); anything else
    // already left the building.
    if (row.status !== "QUEUED" && row.status !== "FAILED" && row.status !== "SUPPRESSED") {
      results[index] = { emailLogId: row.id, status: "ALREADY_SENT" };
      return;
    }
    const recipient = recipients.get(email.to);
    const reason = suppressionReason(email.category, recipient);
    if (reason) {
      // Logged, not sent: the email log shows who did not get what, and why.
      suppressed.push({ id: row.id, error: reason });
      results[index] = { emailLogId: row.id, status: "SUPPRESSED", error: reason };
      return;
    }
    const headers = { ...unsubscribeHeadersFor(email.category, recipient), ...email.headers };
    toSend.push({ index, email, logId: row.id, headers, inPendingBatch: row.inPendingBatch });
  });
  await markLogRows("SUPPRESSED", suppressed);

  if (env.emailTransport === "OUTBOX") {
    const outcomes = await deliverToOutbox(
      toSend.map(({ email, logId }) => ({ email, logId, render: () => renderOrFailure(email) })),
    );
    const unrenderable: { id: string; error: string }[] = [];
    toSend.forEach(({ index, logId }, position) => {
      const error = outcomes[position];
      if (error) unrenderable.push({ id: logId, error });
      results[index] = error ? { emailLogId: logId, status: "FAILED", error } : { emailLogId: logId, status: "SENT" };
    });
    await markLogRows("FAILED", unrenderable);
    return results;
  }

  const singles = toSend.filter(({ email }) => email.category === essentialCategory);
  const batched = toSend.filter(({ email }) => email.category !== essentialCategory);
  const outcomes = await mapConcurrently(
    singles,
    options.concurrency ?? 1,
    async ({ email, headers }): Promise<DeliveryOutcome> => {
      const rendered = await renderOrFailure(email);
      if (rendered instanceof RenderFailure) return { ok: false, error: rendered.message, retryable: false };
      const { html, text } = rendered;
      return deliverThroughResend({
        from: fromAddress(email.fromName),
        to: email.to,
        subject: email.subject,
        html,
        text,
        replyTo: email.replyTo ?? undefined,
        headers: Object.keys(headers).length ? headers : undefined,
        idempotencyKey: email.idempotencyKey,
      });
    },
  );
  const sent: { id: string; providerId: string | null }[] = [];
  const failed: { id: string; error: string }[] = [];
  singles.forEach(({ index, logId }, position) => {
    const outcome = outcomes[position]!;
    if (outcome.ok) {
      sent.push({ id: logId, providerId: outcome.providerId });
      results[index] = { emailLogId: logId, status: "SENT" };
    } else {
      failed.push({ id: logId, error: outcome.error });
      results[index] = { emailLogId: logId, status: "FAILED", error: outcome.error };
    }
  });
  await sendBatched(batched, results, failed, options);
  await markLogRowsSent(sent);
  await markLogRows("FAILED", failed);
  return results;
}
