// Everything the account page shows at the top: who, where in the plan, goals, people and vendor work.
import { db } from "../../db";
import type { ProvenAccountId } from "../../trpc/scope";
import { goalProgress } from "../health/goal-progress";

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
      milestones: {
        orderBy: { position: "asc" },
        select: { id: true, title: true, reachedAt: true, tasks: { select: { status: true } } },
      },
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
      tasks: {
        where: { owner: "VENDOR", status: "OPEN" },
        orderBy: [{ dueDate: "asc" }, { position: "asc" }],
        select: { id: true, title: true, dueDate: true },
      },
    },
  });
  return {
    ...account,
    milestones: account.milestones.map(({ tasks, ...milestone }) => ({
      ...milestone,
      total: tasks.length,
      done: tasks.filter((task) => task.status === "DONE").length,
    })),
    goals: account.goals.map((goal) => ({ ...goal, progress: goalProgress(goal) })),
    vendorTasks: account.tasks,
  };
}
