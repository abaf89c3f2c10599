// A CSM nudges the customer: each person at the account gets an email with the account's next open tasks.
import { z } from "zod";
import { enforceAbuseLimit } from "../../security/abuse-limits";
import { db } from "../../db";
import { DomainError } from "../../errors";
import { getEnv } from "../../env";
import { sendEmail } from "../../email/send-email";
import { composeEmail } from "../../email/templates/define-email-template";
import { nudgeEmail } from "../../email/templates/nudge-email";
import type { ProvenAccountId, StaffScope } from "../../identity/scope";
import { recordActivity } from "@/server/platform";
import { brandingOf } from "@/server/identity";
import { todayIn } from "@/lib/time";
import { changeAccount } from "@/server/success";

export const nudgeInput = z.object({ message: z.string().trim().max(2000).optional() });

export async function sendNudge(
  scope: StaffScope,
  accountId: ProvenAccountId,
  sender: { id: string; name: string | null; email: string },
  input: z.infer<typeof nudgeInput>,
  now = new Date(),
) {
  const account = await db.customerAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: {
      name: true,
      timezone: true,
      csm: { select: { user: { select: { email: true } } } },
      members: { select: { user: { select: { id: true, name: true, email: true, emailBouncedAt: true } } } },
      tasks: {
        where: { owner: "CUSTOMER", status: "OPEN" },
        orderBy: [{ dueDate: "asc" }, { position: "asc" }],
        take: 5,
        select: { title: true, dueDate: true },
      },
    },
  });
  const recipients = account.members.map((member) => member.user).filter((user) => !user.emailBouncedAt);
  if (recipients.length === 0)
    throw new DomainError("BAD_REQUEST", "Nobody at this account can receive email yet: invite someone first.");
  if (account.tasks.length === 0) throw new DomainError("BAD_REQUEST", "This account has no open tasks to nudge about.");
  await enforceAbuseLimit("nudge", { person: sender.id, tenant: accountId });
  const branding = await brandingOf(scope.organizationId);
  const today = todayIn(account.timezone, now);
  const nextTasks = account.tasks.map((task) => ({
    title: task.title,
    dueDate: task.dueDate.toISOString().slice(0, 10),
    overdue: task.dueDate < today,
  }));
  // One nudge per person per minute: a double click does not send twice.
  const minute = now.toISOString().slice(0, 16);
  for (const user of recipients) {
    await sendEmail({
      to: user.email,
      category: "nudges",
      ...composeEmail(nudgeEmail, {
        branding,
        recipientName: user.name,
        csmName: sender.name ?? sender.email,
        accountName: account.name,
        nextTasks,
        planUrl: `${getEnv().APP_URL}/portal`,
        message: input.message ?? null,
      }),
      idempotencyKey: `nudge:${accountId}:${user.id}:${minute}`,
      organizationId: scope.organizationId,
      replyTo: sender.email,
    });
  }
  // A nudge is a vendor touch (a health factor and the "neglected" alert): it settles before returning.
  await changeAccount({ organizationId: scope.organizationId, accountId }, (tx) =>
    recordActivity(
      {
        organizationId: scope.organizationId,
        customerAccountId: accountId,
        actorId: sender.id,
        actorKind: "STAFF",
        type: "nudge.sent",
        data: { recipients: recipients.length, tasks: nextTasks.length },
      },
      tx,
    ),
  );
  return { recipients: recipients.length };
}
