// "I'm stuck": a customer asks their CSM for help, optionally about one task. The CSM is emailed (once per
// request: the idempotency key is the request's id) and sees it in their workspace.
import { z } from "zod";
import { enforceAbuseLimit } from "../../security/abuse-limits";
import { db } from "../../db";
import { getEnv } from "../../env";
import { notFound } from "../../errors";
import { sendEmail } from "../../email/send-email";
import { composeEmail } from "../../email/templates/define-email-template";
import { helpRequestEmail } from "../../email/templates/help-request-email";
import type { CustomerScope } from "../../identity/scope";
import { recordActivity } from "@/server/platform";
import { brandingOf } from "@/server/identity";
import { changeAccount } from "../settle/change-account";

export const createHelpRequestInput = z.object({
  taskId: z.string().min(1).max(64).optional(),
  message: z.string().trim().min(1, "Tell us what you are stuck on").max(4000, "Keep the message under 4,000 characters"),
});

export async function createHelpRequest(
  scope: CustomerScope,
  requester: { id: string; name: string | null; email: string },
  input: z.infer<typeof createHelpRequestInput>,
) {
  const task = input.taskId
    ? await db.accountTask.findFirst({
        where: { id: input.taskId, organizationId: scope.organizationId, customerAccountId: scope.accountId },
        select: { id: true, title: true },
      })
    : null;
  if (input.taskId && !task) throw notFound("Task");
  // Each request emails the CSM.
  await enforceAbuseLimit("helpRequest", { person: requester.id, tenant: scope.accountId });
  // An open request is a health factor: the change settles (rescore, alerts, help.requested) first.
  const request = await changeAccount(scope, async (tx, emit) => {
    const created = await tx.helpRequest.create({
      data: {
        organizationId: scope.organizationId,
        customerAccountId: scope.accountId,
        taskId: task?.id ?? null,
        requesterId: requester.id,
        message: input.message,
      },
    });
    await recordActivity(
      {
        organizationId: scope.organizationId,
        customerAccountId: scope.accountId,
        actorId: requester.id,
        actorKind: "CUSTOMER",
        type: "help.requested",
        subjectType: "HelpRequest",
        subjectId: created.id,
        data: { message: input.message, ...(task ? { taskTitle: task.title } : {}) },
      },
      tx,
    );
    emit({
      type: "help.requested",
      organizationId: scope.organizationId,
      accountId: scope.accountId,
      data: { accountId: scope.accountId, helpRequestId: created.id },
    });
    return created;
  });
  await notifyCsm(scope, request, requester, task?.title ?? null);
  return { id: request.id, status: request.status, createdAt: request.createdAt };
}

async function notifyCsm(
  scope: CustomerScope,
  request: { id: string; message: string },
  requester: { name: string | null; email: string },
  taskTitle: string | null,
) {
  const account = await db.customerAccount.findUniqueOrThrow({
    where: { id: scope.accountId },
    select: { id: true, name: true, csm: { select: { user: { select: { email: true } } } } },
  });
  // No CSM yet: the request still shows in the workspace, where any staff member can pick it up.
  const to = account.csm?.user.email;
  if (!to) return;
  const requesterName = requester.name ?? requester.email;
  await sendEmail({
    to,
    category: "help",
    ...composeEmail(helpRequestEmail, {
      branding: await brandingOf(scope.organizationId),
      accountName: account.name,
      requesterName,
      taskTitle,
      message: request.message,
      workspaceUrl: `${getEnv().APP_URL}/workspace/accounts/${account.id}`,
    }),
    idempotencyKey: `help-request:${request.id}`,
    organizationId: scope.organizationId,
    replyTo: requester.email,
  });
}
