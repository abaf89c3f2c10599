// Who is on the customer's side of the onboarding, plus invitations still waiting to be accepted.
import { db } from "../../db";
import type { CustomerScope } from "../scope";

export async function listAccountTeam(scope: CustomerScope) {
  const [members, invitations, openTasks] = await Promise.all([
    db.accountMember.findMany({
      where: { organizationId: scope.organizationId, customerAccountId: scope.accountId },
      orderBy: { createdAt: "asc" },
      select: { id: true, role: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.invitation.findMany({
      where: {
        organizationId: scope.organizationId,
        customerAccountId: scope.accountId,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: new Date() },
      },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, createdAt: true },
    }),
    db.accountTask.groupBy({
      by: ["assigneeId"],
      where: { organizationId: scope.organizationId, customerAccountId: scope.accountId, status: "OPEN" },
      _count: { _all: true },
    }),
  ]);
  const openByUser = new Map(openTasks.map((group) => [group.assigneeId, group._count._all]));
  return {
    role: scope.role,
    members: members.map((member) => ({ ...member, openTasks: openByUser.get(member.user.id) ?? 0 })),
    invitations,
  };
}
