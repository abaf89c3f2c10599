// Overdue-task reminders for customers, batched into one digest per person per day (the idempotency
// key `overdue-digest:<userId>:<local date>` makes a second run that day a no-op), sent from the
// organization's send hour in the account's time zone. Unsubscribing from "reminders" stops them
// (enforced in sendEmail).
import { db } from "../../db";
import { getEnv } from "../../env";
import { sendEmail, type SendResult } from "../../email/send-email";
import { composeEmail } from "../../email/templates/define-email-template";
import { overdueDigestEmail } from "../../email/templates/overdue-digest-email";
import { unsubscribePageUrl } from "@/server/email/tokens/unsubscribe-links";
import { brandingOf } from "@/server/identity";
import { dayMs, localDateAndHour } from "@/lib/time";

export const remindersCategory = "reminders";

export type DigestResult = { to: string; tasks: number; status: SendResult["status"] };

export async function sendOverdueDigests(now: Date): Promise<DigestResult[]> {
  const accounts = await db.customerAccount.findMany({
    where: {
      status: { in: ["ONBOARDING", "LIVE"] },
      tasks: { some: { status: "OPEN", owner: "CUSTOMER", dueDate: { lt: now } } },
    },
    select: {
      id: true,
      name: true,
      timezone: true,
      organizationId: true,
      organization: { select: { sendHour: true, senderName: true, replyToEmail: true } },
      csm: { select: { user: { select: { email: true } } } },
      members: { select: { user: { select: { id: true, name: true, email: true } } } },
    },
  });
  const results: DigestResult[] = [];
  for (const account of accounts) {
    const local = localDateAndHour(now, account.timezone);
    if (local.hour < account.organization.sendHour) continue;
    const tasks = await db.accountTask.findMany({
      where: {
        customerAccountId: account.id,
        status: "OPEN",
        owner: "CUSTOMER",
        dueDate: { lt: new Date(`${local.date}T00:00:00Z`) },
      },
      orderBy: { dueDate: "asc" },
      select: { title: true, dueDate: true, assigneeId: true },
    });
    if (tasks.length === 0) continue;
    const branding = await brandingOf(account.organizationId);
    for (const { user } of account.members) {
      // A person gets the tasks assigned to them and the account's unassigned ones.
      const theirs = tasks.filter((task) => task.assigneeId === null || task.assigneeId === user.id);
      if (theirs.length === 0) continue;
      const result = await sendEmail({
        to: user.email,
        category: remindersCategory,
        idempotencyKey: `overdue-digest:${user.id}:${local.date}`,
        organizationId: account.organizationId,
        fromName: account.organization.senderName,
        replyTo: account.csm?.user.email ?? account.organization.replyToEmail,
        ...composeEmail(overdueDigestEmail, {
          branding,
          recipientName: user.name,
          accountName: account.name,
          tasks: theirs.map((task) => ({
            title: task.title,
            dueDate: task.dueDate.toISOString().slice(0, 10),
            daysOverdue: Math.round((Date.parse(`${local.date}T00:00:00Z`) - task.dueDate.getTime()) / dayMs),
          })),
          portalUrl: `${getEnv().APP_URL}/portal`,
          unsubscribeUrl: unsubscribePageUrl(user.id, remindersCategory),
        }),
      });
      if (result.status !== "ALREADY_SENT") results.push({ to: user.email, tasks: theirs.length, status: result.status });
    }
  }
  return results;
}
