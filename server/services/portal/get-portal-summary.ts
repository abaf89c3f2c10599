// The customer's home at a glance: their account, its vendor, and how far the plan has come.
import { db } from "../../db";
import type { CustomerScope } from "../../trpc/scope";

export async function getPortalSummary(scope: CustomerScope) {
  const account = await db.customerAccount.findUniqueOrThrow({
    where: { id: scope.accountId },
    select: {
      id: true,
      name: true,
      status: true,
      kickoffDate: true,
      organization: { select: { name: true, brandColor: true, logoUrl: true } },
      csm: { select: { user: { select: { name: true, email: true } } } },
    },
  });
  const grouped = await db.accountTask.groupBy({
    by: ["status"],
    where: { customerAccountId: scope.accountId },
    _count: { _all: true },
  });
  const total = grouped.reduce((sum, group) => sum + group._count._all, 0);
  const done = grouped.find((group) => group.status === "DONE")?._count._all ?? 0;
  return {
    account: { id: account.id, name: account.name, status: account.status, kickoffDate: account.kickoffDate },
    organization: account.organization,
    csm: account.csm?.user ?? null,
    role: scope.role,
    tasks: { total, done, percent: total === 0 ? 0 : Math.round((done / total) * 100) },
  };
}
