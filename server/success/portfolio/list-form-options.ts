// What the "new account" form and the portfolio filters offer: published templates and the team's staff.
import { db } from "../../db";
import type { StaffScope } from "../../identity/scope";

export async function listFormOptions(scope: StaffScope) {
  const [templates, staff] = await Promise.all([
    db.checklistTemplate.findMany({
      where: { organizationId: scope.organizationId, versions: { some: {} } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.membership.findMany({
      where: { organizationId: scope.organizationId },
      orderBy: { createdAt: "asc" },
      select: { id: true, role: true, user: { select: { name: true, email: true } } },
    }),
  ]);
  return {
    templates,
    staff: staff.map((member) => ({ membershipId: member.id, name: member.user.name ?? member.user.email, role: member.role })),
    myMembershipId: scope.membershipId,
  };
}
