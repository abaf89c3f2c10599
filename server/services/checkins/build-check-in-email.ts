// Everything a check-in email says: progress, milestones and goals of the account, addressed to its
// champion (or first member) with replies going to the account's CSM. Built for a batch of check-ins at
// once with a fixed number of queries (the worker sends thousands in a row), or for one.
import { createElement } from "react";
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { OutgoingEmail } from "../../email/send-email";
import { CheckInEmail } from "../../email/templates/check-in-email";
import { unsubscribePageUrl } from "../email-tokens/unsubscribe-links";
import { brandingFrom } from "../organizations/branding";
import { answerUrls } from "./answer-links";

export const checkInCategory = "check-ins";

export class NoRecipientError extends Error {}

// A milestone counts as reached once recorded, or once all its required tasks are done or skipped.
function isReached(milestone: { reachedAt: Date | null; tasks: { status: string }[] }): boolean {
  return milestone.reachedAt !== null || (milestone.tasks.length > 0 && milestone.tasks.every((task) => task.status !== "OPEN"));
}

const checkInSelect = {
  id: true,
  dayOffset: true,
  organizationId: true,
  customerAccountId: true,
  organization: { select: { replyToEmail: true, senderName: true, name: true, brandColor: true, logoUrl: true } },
  customerAccount: {
    select: {
      name: true,
      csm: { select: { user: { select: { name: true, email: true } } } },
      members: {
        // The champion first, then the earliest member: one person answers for the account.
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        where: { user: { emailBouncedAt: null } },
        take: 1,
        select: { user: { select: { id: true, name: true, email: true } } },
      },
      milestones: {
        orderBy: { position: "asc" },
        select: { title: true, reachedAt: true, tasks: { where: { required: true }, select: { status: true } } },
      },
      goals: {
        where: { status: { not: "ABANDONED" } },
        orderBy: { createdAt: "asc" },
        select: { title: true, unit: true, baseline: true, current: true, target: true },
      },
    },
  },
} satisfies Prisma.CheckInSelect;

// Tasks done and tasks counted (all but skipped) per account, from one grouped query.
async function taskProgressOf(accountIds: string[]): Promise<Map<string, { done: number; total: number }>> {
  const groups = await db.accountTask.groupBy({
    by: ["customerAccountId", "status"],
    where: { customerAccountId: { in: accountIds } },
    _count: { _all: true },
  });
  const progress = new Map(accountIds.map((id) => [id, { done: 0, total: 0 }]));
  for (const group of groups) {
    const counts = progress.get(group.customerAccountId)!;
    if (group.status !== "SKIPPED") counts.total += group._count._all;
    if (group.status === "DONE") counts.done += group._count._all;
  }
  return progress;
}

// Deleted meanwhile (e.g. with its account): there is nothing to send or to record.
export class CheckInGoneError extends Error {}

export type BuiltCheckInEmail = OutgoingEmail | NoRecipientError | CheckInGoneError;

// One entry per id (in the same order): the email, or why there is none.
export async function buildCheckInEmails(checkInIds: string[]): Promise<BuiltCheckInEmail[]> {
  if (checkInIds.length === 0) return [];
  const checkIns = await db.checkIn.findMany({ where: { id: { in: checkInIds } }, select: checkInSelect });
  const byId = new Map(checkIns.map((checkIn) => [checkIn.id, checkIn]));
  const progress = await taskProgressOf([...new Set(checkIns.map((checkIn) => checkIn.customerAccountId))]);
  // Every check-in of an organization shows the same branding: computed once per organization.
  const brandings = new Map<string, ReturnType<typeof brandingFrom>>();
  return checkInIds.map((checkInId) => {
    const checkIn = byId.get(checkInId);
    if (!checkIn) return new CheckInGoneError(`No check-in with id ${checkInId}`);
    const account = checkIn.customerAccount;
    const recipient = account.members[0]?.user;
    if (!recipient) return new NoRecipientError("The account has no customer contact with a working email address");
    let branding = brandings.get(checkIn.organizationId);
    if (!branding) brandings.set(checkIn.organizationId, (branding = brandingFrom(checkIn.organization)));
    const { done: tasksDone, total: tasksTotal } = progress.get(checkIn.customerAccountId)!;
    const csm = account.csm?.user;
    return {
      to: recipient.email,
      subject: `Day ${checkIn.dayOffset} check-in: how is ${account.name} doing?`,
      template: "check-in",
      category: checkInCategory,
      idempotencyKey: `checkin:${checkIn.id}`,
      organizationId: checkIn.organizationId,
      fromName: checkIn.organization.senderName,
      replyTo: csm?.email ?? checkIn.organization.replyToEmail,
      react: createElement(CheckInEmail, {
        branding,
        recipientName: recipient.name,
        accountName: account.name,
        dayOffset: checkIn.dayOffset,
        csmName: csm?.name ?? null,
        tasksDone,
        tasksTotal,
        milestones: account.milestones.map((milestone) => ({ title: milestone.title, reached: isReached(milestone) })),
        goals: account.goals,
        answerUrls: answerUrls(checkIn.id, recipient.email),
        unsubscribeUrl: unsubscribePageUrl(recipient.id, checkInCategory),
      }),
    };
  });
}

export async function buildCheckInEmail(checkInId: string): Promise<OutgoingEmail> {
  const [email] = await buildCheckInEmails([checkInId]);
  if (email instanceof Error) throw email;
  return email!;
}
