// An account's goals with their recent updates, newest first.
import { db } from "../../db";

export function listGoals(scope: { organizationId: string; accountId: string }) {
  return db.goal.findMany({
    where: { organizationId: scope.organizationId, customerAccountId: scope.accountId },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      metric: true,
      unit: true,
      baseline: true,
      target: true,
      current: true,
      targetDate: true,
      status: true,
      updates: {
        orderBy: { createdAt: "desc" },
        take: 5,
        select: { id: true, value: true, note: true, createdAt: true, user: { select: { name: true, email: true } } },
      },
    },
  });
}

export type GoalListItem = Awaited<ReturnType<typeof listGoals>>[number];
