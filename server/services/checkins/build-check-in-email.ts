// Everything a check-in email says: progress, milestones and goals of the account, addressed to its
// champion (or first member) with replies going to the account's CSM.
import { createElement } from "react";
import { db } from "../../db";
import type { OutgoingEmail } from "../../email/send-email";
import { CheckInEmail } from "../../email/templates/check-in-email";
import { unsubscribePageUrl } from "../email-tokens/unsubscribe-links";
import { brandingOf } from "../organizations/branding";
import { answerUrls } from "./answer-links";

export const checkInCategory = "check-ins";

export class NoRecipientError extends Error {}

// A milestone counts as reached once recorded, or once all its required tasks are done or skipped.
function isReached(milestone: { reachedAt: Date | null; tasks: { status: string }[] }): boolean {
  return milestone.reachedAt !== null || (milestone.tasks.length > 0 && milestone.tasks.every((task) => task.status !== "OPEN"));
}

export async function buildCheckInEmail(checkInId: string): Promise<OutgoingEmail> {
  const checkIn = await db.checkIn.findUniqueOrThrow({
    where: { id: checkInId },
    select: {
      id: true,
      dayOffset: true,
      organizationId: true,
      customerAccountId: true,
      organization: { select: { replyToEmail: true, senderName: true } },
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
    },
  });
  const account = checkIn.customerAccount;
  const recipient = account.members[0]?.user;
  if (!recipient) throw new NoRecipientError("The account has no customer contact with a working email address");
  const [tasksTotal, tasksDone, branding] = await Promise.all([
    db.accountTask.count({ where: { customerAccountId: checkIn.customerAccountId, status: { not: "SKIPPED" } } }),
    db.accountTask.count({ where: { customerAccountId: checkIn.customerAccountId, status: "DONE" } }),
    brandingOf(checkIn.organizationId),
  ]);
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
}
