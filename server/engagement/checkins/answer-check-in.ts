// One-click answers from the check-in email, without signing in: the signed token is the proof. The
// link opens a page (GET changes nothing, so mail scanners prefetching links answer nothing); the
// person confirms with one click (POST), which records the answer idempotently: answering again
// changes the answer, never adds a second one.
import { z } from "zod";
import { enforceAbuseLimit } from "../../security/abuse-limits";
import { db } from "../../db";
import { DomainError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import type { CheckInAnswer } from "../../generated/prisma/enums";
import { recordActivity } from "@/server/platform";
import { raiseAlerts, resolveAlerts, changeAccount } from "@/server/success";
import { readAnswerToken, type AnswerTokenContent } from "./answer-links";
import { checkInAnswerLabels as answerLabels } from "@/lib/engagement/check-in-answers";

export const answerTokenInput = z.object({ token: z.string().min(10, "This link is not valid").max(2000) });
export const commentInput = answerTokenInput.extend({
  comment: z.string().trim().min(1, "Write a comment first").max(4000, "Keep the comment under 4,000 characters"),
});

const isNegative = (answer: CheckInAnswer) => answer !== "ON_TRACK";
const alertKey = (checkInId: string) => `negative-check-in:${checkInId}`;

async function resolveToken(token: string, now: Date): Promise<AnswerTokenContent> {
  const content = readAnswerToken(token, now);
  if (content === "expired") throw new DomainError("BAD_REQUEST", "This check-in link has expired. Reply to the email instead.");
  if (content === "invalid") throw new DomainError("BAD_REQUEST", "This check-in link is not valid.");
  return content;
}

async function loadCheckIn(checkInId: string) {
  const checkIn = await db.checkIn.findUnique({
    where: { id: checkInId },
    include: { customerAccount: { select: { name: true } }, organization: { select: { name: true, brandColor: true } } },
  });
  if (!checkIn || checkIn.status === "SCHEDULED" || checkIn.status === "CANCELLED") {
    throw new DomainError("BAD_REQUEST", "This check-in link is not valid.");
  }
  return checkIn;
}

// What the confirmation page shows. Reading only.
export async function describeAnswerLink(token: string, now = new Date()) {
  const content = await resolveToken(token, now);
  const checkIn = await loadCheckIn(content.checkInId);
  return {
    answer: content.answer,
    answerLabel: answerLabels[content.answer],
    dayOffset: checkIn.dayOffset,
    accountName: checkIn.customerAccount.name,
    organizationName: checkIn.organization.name,
    brandColor: checkIn.organization.brandColor,
    currentAnswer: checkIn.answer,
    currentAnswerLabel: checkIn.answer ? answerLabels[checkIn.answer] : null,
    comment: checkIn.comment,
  };
}

type CheckInRow = { id: string; organizationId: string; customerAccountId: string; dayOffset: number };

// The person who got the email acted without signing in: attribute the event to them when they have an account.
async function recordRecipientActivity(
  tx: Prisma.TransactionClient,
  checkIn: CheckInRow,
  recipientEmail: string | null | undefined,
  type: string,
  data: Record<string, string | number | null>,
) {
  const person = recipientEmail ? await tx.user.findUnique({ where: { email: recipientEmail }, select: { id: true } }) : null;
  await recordActivity(
    {
      organizationId: checkIn.organizationId,
      customerAccountId: checkIn.customerAccountId,
      actorId: person?.id ?? null,
      actorKind: "CUSTOMER",
      type,
      subjectType: "CheckIn",
      subjectId: checkIn.id,
      data,
    },
    tx,
  );
}

// A negative answer keeps one open alert per check-in, brought up to date when the answer or comment changes.
function negativeAnswerAlert(checkIn: CheckInRow, answer: CheckInAnswer, comment: string | null) {
  return {
    organizationId: checkIn.organizationId,
    customerAccountId: checkIn.customerAccountId,
    kind: "NEGATIVE_CHECK_IN" as const,
    dedupeKey: alertKey(checkIn.id),
    data: { checkInId: checkIn.id, dayOffset: checkIn.dayOffset, answer, comment },
  };
}

const accountOf = (checkIn: CheckInRow) => ({ organizationId: checkIn.organizationId, accountId: checkIn.customerAccountId });

export async function recordCheckInAnswer(token: string, now = new Date()) {
  const content = await resolveToken(token, now);
  const checkIn = await loadCheckIn(content.checkInId);
  // The latest check-in answer is a health factor: the change settles (rescore, alerts) before this returns.
  await changeAccount(accountOf(checkIn), async (tx, emit) => {
    // Conditional on the answer being different, so two clicks racing each other record one change.
    const { count } = await tx.checkIn.updateMany({
      where: { id: checkIn.id, OR: [{ answer: null }, { answer: { not: content.answer } }] },
      data: {
        status: "ANSWERED",
        answer: content.answer,
        answeredAt: new Date(),
        answeredByEmail: content.recipientEmail || null,
      },
    });
    if (count !== 1) return;
    await recordRecipientActivity(tx, checkIn, content.recipientEmail, "checkin.answered", {
      dayOffset: checkIn.dayOffset,
      answer: content.answer,
      previousAnswer: checkIn.answer,
    });
    emit({
      type: "checkin.answered",
      organizationId: checkIn.organizationId,
      accountId: checkIn.customerAccountId,
      data: { accountId: checkIn.customerAccountId, checkInId: checkIn.id, answer: content.answer, comment: checkIn.comment },
    });
    if (isNegative(content.answer)) await raiseAlerts(tx, [negativeAnswerAlert(checkIn, content.answer, checkIn.comment)]);
    else await resolveAlerts(tx, checkIn.organizationId, { dedupeKeys: [alertKey(checkIn.id)] });
  });
  return { answer: content.answer, answerLabel: answerLabels[content.answer] };
}

export async function addCheckInComment(token: string, comment: string, now = new Date()) {
  const content = await resolveToken(token, now);
  const checkIn = await loadCheckIn(content.checkInId);
  const answer = checkIn.answer;
  if (!answer) throw new DomainError("BAD_REQUEST", "Answer the check-in first.");
  // A comment on a bad answer alerts the CSM; the link needs no sign-in, so it is limited per recipient and account.
  await enforceAbuseLimit("checkInComment", { person: content.recipientEmail, tenant: checkIn.customerAccountId });
  await changeAccount(accountOf(checkIn), async (tx) => {
    await tx.checkIn.update({ where: { id: checkIn.id }, data: { comment } });
    await recordRecipientActivity(tx, checkIn, content.recipientEmail, "checkin.commented", {
      dayOffset: checkIn.dayOffset,
      comment,
    });
    if (isNegative(answer)) await raiseAlerts(tx, [negativeAnswerAlert(checkIn, answer, comment)]);
  });
}
