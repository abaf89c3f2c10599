// An account's help requests with their replies: open ones first, then the most recent.
import { db } from "../../db";

export function listHelpRequests(scope: { organizationId: string; accountId: string }) {
  return db.helpRequest.findMany({
    where: { organizationId: scope.organizationId, customerAccountId: scope.accountId },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 50,
    select: {
      id: true,
      message: true,
      status: true,
      createdAt: true,
      firstResponseAt: true,
      resolvedAt: true,
      task: { select: { id: true, title: true } },
      requester: { select: { name: true, email: true } },
      replies: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { name: true, email: true } } },
      },
    },
  });
}

export type HelpRequestItem = Awaited<ReturnType<typeof listHelpRequests>>[number];
