// Gives an account its own copy of a template version's plan, with due dates from its kickoff date.
import type { Prisma } from "../../generated/prisma/client";
import { templateSnapshotSchema } from "../templates/template-snapshot";
import { addDays } from "@/lib/time";

export async function copyPlanFromTemplate(
  tx: Prisma.TransactionClient,
  account: { id: string; organizationId: string; kickoffDate: Date },
  snapshotJson: unknown,
): Promise<number> {
  const snapshot = templateSnapshotSchema.parse(snapshotJson);
  let taskCount = 0;
  for (const [milestoneIndex, milestone] of snapshot.milestones.entries()) {
    const created = await tx.accountMilestone.create({
      data: {
        organizationId: account.organizationId,
        customerAccountId: account.id,
        title: milestone.title,
        description: milestone.description,
        position: milestoneIndex,
      },
    });
    await tx.accountTask.createMany({
      data: milestone.tasks.map((task, taskIndex) => ({
        organizationId: account.organizationId,
        customerAccountId: account.id,
        milestoneId: created.id,
        position: taskIndex,
        dueDate: addDays(account.kickoffDate, task.dueOffsetDays),
        ...task,
      })),
    });
    taskCount += milestone.tasks.length;
  }
  return taskCount;
}
