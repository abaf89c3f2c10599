// The customer's plan page in one read: the account at a glance (what the old summary showed), its
// milestones with their tasks, the people tasks can be assigned to, and what the schedule status needs.
// Progress, "next up" and lateness are derived from this by pure functions (lib/onboarding) so the page
// can redraw them at once when a task changes.
import { db } from "../../db";
import type { AccountRole } from "../../generated/prisma/enums";

// `viewer.role` is the customer's role on the account, or null when staff look at the plan.
export async function getPlan(
  scope: { organizationId: string; accountId: string },
  viewer: { id: string; role: AccountRole | null },
) {
  const account = await db.customerAccount.findFirstOrThrow({
    where: { id: scope.accountId, organizationId: scope.organizationId },
    select: {
      id: true,
      name: true,
      status: true,
      kickoffDate: true,
      timezone: true,
      lastCustomerActivityAt: true,
      organization: { select: { name: true, brandColor: true, logoUrl: true, stallDays: true } },
      csm: { select: { user: { select: { name: true, email: true } } } },
    },
  });
  const [milestones, members] = await Promise.all([
    db.accountMilestone.findMany({
      where: { customerAccountId: scope.accountId, organizationId: scope.organizationId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        title: true,
        description: true,
        position: true,
        reachedAt: true,
        tasks: {
          orderBy: { position: "asc" },
          select: {
            id: true,
            milestoneId: true,
            title: true,
            description: true,
            kind: true,
            owner: true,
            required: true,
            position: true,
            dueDate: true,
            status: true,
            meetingUrl: true,
            questionPrompt: true,
            answer: true,
            completedAt: true,
            completionNote: true,
            assignee: { select: { id: true, name: true, email: true } },
            completedBy: { select: { id: true, name: true, email: true } },
            // Only a published tutorial is offered; a draft link would lead nowhere.
            tutorial: { select: { id: true, title: true, status: true } },
          },
        },
      },
    }),
    db.accountMember.findMany({
      where: { customerAccountId: scope.accountId, organizationId: scope.organizationId },
      orderBy: { createdAt: "asc" },
      select: { role: true, user: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  return {
    account: {
      id: account.id,
      name: account.name,
      status: account.status,
      kickoffDate: account.kickoffDate,
      timezone: account.timezone,
      lastCustomerActivityAt: account.lastCustomerActivityAt,
    },
    organization: {
      name: account.organization.name,
      brandColor: account.organization.brandColor,
      logoUrl: account.organization.logoUrl,
    },
    stallDays: account.organization.stallDays,
    csm: account.csm?.user ?? null,
    role: viewer.role,
    viewerId: viewer.id,
    members: members.map((member) => ({ ...member.user, role: member.role })),
    milestones: milestones.map((milestone) => ({
      ...milestone,
      tasks: milestone.tasks.map(({ tutorial, ...task }) => ({
        ...task,
        tutorial: tutorial && tutorial.status === "PUBLISHED" ? { id: tutorial.id, title: tutorial.title } : null,
      })),
    })),
  };
}

export type Plan = Awaited<ReturnType<typeof getPlan>>;
export type PlanTask = Plan["milestones"][number]["tasks"][number];
