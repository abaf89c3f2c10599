// Staff answering and closing a help request. The first reply sets firstResponseAt (the response-time
// alert reads it); resolving is idempotent. Both move health and alerts, so both settle through the
// choke point before they return.
import { z } from "zod";
import { db } from "../../db";
import { notFound } from "../../errors";
import { recordActivity } from "../../platform/activity/record-activity";
import { changeAccount } from "../settle/change-account";

type Scope = { organizationId: string; accountId: string };

export const replyHelpInput = z.object({
  helpRequestId: z.string().min(1, "Choose a help request").max(64),
  body: z.string().trim().min(1, "Write a reply first").max(4000, "Keep the reply under 4,000 characters"),
});
export const resolveHelpInput = z.object({ helpRequestId: z.string().min(1, "Choose a help request").max(64) });

async function findRequest(scope: Scope, helpRequestId: string) {
  const request = await db.helpRequest.findFirst({
    where: { id: helpRequestId, organizationId: scope.organizationId, customerAccountId: scope.accountId },
  });
  if (!request) throw notFound("Help request");
  return request;
}

export async function replyToHelpRequest(scope: Scope, authorId: string, input: z.infer<typeof replyHelpInput>) {
  const request = await findRequest(scope, input.helpRequestId);
  return changeAccount(scope, async (tx, emit) => {
    const reply = await tx.helpReply.create({ data: { helpRequestId: request.id, authorId, body: input.body } });
    await tx.helpRequest.updateMany({
      where: { id: request.id, firstResponseAt: null },
      data: { firstResponseAt: reply.createdAt },
    });
    await recordActivity(
      {
        organizationId: scope.organizationId,
        customerAccountId: scope.accountId,
        actorId: authorId,
        actorKind: "STAFF",
        type: "help.replied",
        subjectType: "HelpRequest",
        subjectId: request.id,
      },
      tx,
    );
    emit({
      type: "help.replied",
      organizationId: scope.organizationId,
      accountId: scope.accountId,
      data: { accountId: scope.accountId, helpRequestId: request.id },
    });
    return reply;
  });
}

export async function resolveHelpRequest(scope: Scope, resolverId: string, helpRequestId: string) {
  const request = await findRequest(scope, helpRequestId);
  return changeAccount(scope, async (tx) => {
    const changed = await tx.helpRequest.updateMany({
      where: { id: request.id, status: "OPEN" },
      data: { status: "RESOLVED", resolvedAt: new Date(), resolvedById: resolverId },
    });
    if (changed.count === 1) {
      await recordActivity(
        {
          organizationId: scope.organizationId,
          customerAccountId: scope.accountId,
          actorId: resolverId,
          actorKind: "STAFF",
          type: "help.resolved",
          subjectType: "HelpRequest",
          subjectId: request.id,
        },
        tx,
      );
    }
    return tx.helpRequest.findUniqueOrThrow({ where: { id: request.id }, select: { id: true, status: true, resolvedAt: true } });
  });
}
