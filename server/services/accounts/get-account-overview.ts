// Everything the account page shows at the top: who, status, goals and people (the plan panel loads the plan).
import { db } from "../../db";
import type { ProvenAccountId } from "../../trpc/scope";
import { goalProgressPercent } from "../../../lib/onboarding/goal-progress";

export async function getAccountOverview(accountId: ProvenAccountId) {
  const account = await db.customerAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: {
      id: true,
      name: true,
      status: true,
      kickoffDate: true,
      timezone: true,
      progressPercent: true,
      healthScore: true,
      lastCustomerActivityAt: true,
      lastVendorTouchAt: true,
      csm: { select: { id: true, user: { select: { name: true, email: true } } } },
      templateVersion: { select: { version: true, template: { select: { id: true, name: true } } } },
      goals: {
        where: { status: { not: "ABANDONED" } },
        orderBy: { createdAt: "asc" },
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
        },
      },
      members: {
        orderBy: { createdAt: "asc" },
        select: { id: true, role: true, user: { select: { name: true, email: true, emailBouncedAt: true } } },
      },
    },
  });
  return {
    ...account,
    goals: account.goals.map((goal) => ({ ...goal, progressPercent: goalProgressPercent(goal) })),
  };
}
