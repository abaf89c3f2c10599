// A CSM nudges the customer: each person at the account gets an email with the account's next open tasks.
import { createElement } from "react";
import { z } from "zod";
import { enforceAbuseLimit } from "../../security/abuse-limits";
import { db } from "../../db";
import { DomainError } from "../../errors";
import { getEnv } from "../../env";
import { sendEmail } from "../../email/send-email";
import { NudgeEmail } from "../../email/templates/nudge-email";
import type { ProvenAccountId, StaffScope } from "../../identity/scope";
import { recordActivity } from "../../platform/activity/record-activity";
import { brandingOf } from "../../identity/organizations/branding";
import { refreshAccountHealth } from "../../success/health/refresh-account-health";
import { startOfUtcDay } from "../../success/health/refresh-health-scores";

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
  const today = startOfUtcDay(now);
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
      subject: `Your next steps with ${branding.organizationName}`,
      template: "nudge",
      category: "nudges",
      react: createElement(NudgeEmail, {
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
  await recordActivity({
    organizationId: scope.organizationId,
    customerAccountId: accountId,
    actorId: sender.id,
    actorKind: "STAFF",
    type: "nudge.sent",
    data: { recipients: recipients.length, tasks: nextTasks.length },
  });
  await refreshAccountHealth(scope.organizationId, accountId);
  return { recipients: recipients.length };
}
