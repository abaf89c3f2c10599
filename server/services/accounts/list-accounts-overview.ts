// A first look at the organization's accounts for the staff home (the full portfolio comes later).
import { db } from "../../db";
import type { StaffScope } from "../../trpc/scope";

export async function listAccountsOverview(scope: StaffScope) {
  const [organization, accounts] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: scope.organizationId }, select: { name: true, brandColor: true } }),
    db.customerAccount.findMany({
      where: { organizationId: scope.organizationId },
      orderBy: { name: "asc" },
      take: 200,
      select: {
        id: true,
        name: true,
        status: true,
        kickoffDate: true,
        csm: { select: { id: true, user: { select: { name: true, email: true } } } },
        _count: { select: { tasks: true } },
      },
    }),
  ]);
  const doneCounts = await db.accountTask.groupBy({
    by: ["customerAccountId"],
    where: { organizationId: scope.organizationId, status: "DONE" },
    _count: { _all: true },
  });
  const doneByAccount = new Map(doneCounts.map((row) => [row.customerAccountId, row._count._all]));
  return {
    organization,
    role: scope.role,
    accounts: accounts.map((account) => {
      const done = doneByAccount.get(account.id) ?? 0;
      const total = account._count.tasks;
      return {
        id: account.id,
        name: account.name,
        status: account.status,
        kickoffDate: account.kickoffDate,
        csm: account.csm?.user ?? null,
        isMine: account.csm?.id === scope.membershipId,
        percent: total === 0 ? 0 : Math.round((done / total) * 100),
      };
    }),
  };
}
