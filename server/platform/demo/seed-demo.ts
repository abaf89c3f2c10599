// Seeds the demo organization on first start, so `npm run dev` shows a living product straight away.
import { db } from "../../db";
import { proveOrganization } from "../../identity/scope";
import { createCustomerAccount, publishTemplateVersion } from "@/server/onboarding";
import { refreshAlerts, refreshHealthScores } from "@/server/success";
import { acceptPendingInvitations } from "@/server/identity";
import { demoAccounts, demoEmailFor, demoStaff, demoTemplate, demoTutorials } from "./demo-content";
import { demoOrganizationSlug } from "./demo-constants";
import { addDays, dayMs } from "@/lib/time";

export async function isDemoSeeded(): Promise<boolean> {
  return (await db.organization.count({ where: { slug: demoOrganizationSlug } })) > 0;
}

export async function seedDemo(now = new Date()): Promise<void> {
  if (await isDemoSeeded()) return;
  const organization = await db.organization.create({
    data: { name: "Acme Analytics", slug: demoOrganizationSlug, brandColor: "#4f46e5", senderName: "Acme Customer Success" },
  });
  const organizationId = proveOrganization(organization.id);
  const staff = [];
  for (const person of demoStaff) {
    const user = await db.user.create({ data: { email: person.email, name: person.name, emailVerified: now } });
    staff.push(
      await db.membership.create({ data: { organizationId, userId: user.id, role: person.role }, include: { user: true } }),
    );
  }
  const admin = staff[0]!.user;

  const tutorialIds = new Map<string, string>();
  for (const tutorial of demoTutorials) {
    const created = await db.tutorial.create({
      data: {
        organizationId,
        title: tutorial.title,
        bodyMarkdown: tutorial.body,
        estimatedMinutes: tutorial.minutes,
        status: "PUBLISHED",
        createdById: admin.id,
        versions: {
          create: {
            version: 1,
            title: tutorial.title,
            bodyMarkdown: tutorial.body,
            estimatedMinutes: tutorial.minutes,
            authorId: admin.id,
          },
        },
      },
    });
    tutorialIds.set(tutorial.key, created.id);
  }

  const template = await db.checklistTemplate.create({
    data: {
      organizationId,
      name: demoTemplate.name,
      description: "Kickoff to adoption in 60 days.",
      milestones: {
        create: demoTemplate.milestones.map((milestone, milestoneIndex) => ({
          title: milestone.title,
          position: milestoneIndex,
          tasks: {
            create: milestone.tasks.map(({ tutorialKey, ...task }, taskIndex) => ({
              ...task,
              position: taskIndex,
              tutorialId: tutorialKey ? (tutorialIds.get(tutorialKey) ?? null) : null,
            })),
          },
        })),
      },
    },
  });
  await publishTemplateVersion(organizationId, template.id, admin.id);

  for (const spec of demoAccounts) {
    const kickoff = addDays(
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())),
      -spec.daysSinceKickoff,
    );
    const csm = staff[spec.csm]!;
    const account = await createCustomerAccount(
      organizationId,
      {
        name: spec.name,
        templateId: template.id,
        kickoffDate: kickoff.toISOString().slice(0, 10),
        timezone: "America/New_York",
        csmMembershipId: csm.id,
        championEmail: demoEmailFor(spec.name, "champion"),
      },
      csm.user,
      { sendInvitation: false },
    );
    const champion = await db.user.create({
      data: { email: demoEmailFor(spec.name, "champion"), name: `${spec.name} Champion`, emailVerified: now },
    });
    await acceptPendingInvitations({ id: champion.id, email: champion.email }, now);
    await seedProgress(account.id, organizationId, champion.id, spec, now);
  }
  await refreshHealthScores(organizationId, null, now);
  await refreshAlerts(organizationId, now);
}

async function seedProgress(
  accountId: string,
  organizationId: string,
  championId: string,
  spec: (typeof demoAccounts)[number],
  now: Date,
): Promise<void> {
  const tasks = await db.accountTask.findMany({
    where: { customerAccountId: accountId },
    orderBy: [{ dueDate: "asc" }, { position: "asc" }],
  });
  const toComplete = tasks.slice(0, Math.round((tasks.length * spec.donePercent) / 100));
  const lastActivity = new Date(now.getTime() - spec.idleDays * dayMs);
  for (const [index, task] of toComplete.entries()) {
    // Spread completions between kickoff and the last activity, in plan order.
    const start = Math.max(0, spec.daysSinceKickoff) * dayMs;
    const completedAt = new Date(
      lastActivity.getTime() - (start * (toComplete.length - 1 - index)) / Math.max(1, toComplete.length),
    );
    await db.accountTask.update({
      where: { id: task.id },
      data: {
        status: "DONE",
        completedAt,
        completedById: championId,
        answer: task.kind === "QUESTION" ? "Cut weekly reporting from 5 hours to 1." : null,
      },
    });
    await db.activityEvent.create({
      data: {
        organizationId,
        customerAccountId: accountId,
        actorId: championId,
        actorKind: task.owner === "VENDOR" ? "STAFF" : "CUSTOMER",
        type: "task.completed",
        subjectType: "AccountTask",
        subjectId: task.id,
        data: { title: task.title },
        createdAt: completedAt,
      },
    });
  }
  const milestones = await db.accountMilestone.findMany({ where: { customerAccountId: accountId }, include: { tasks: true } });
  for (const milestone of milestones) {
    const done = await db.accountTask.findMany({
      where: { milestoneId: milestone.id, status: "DONE" },
      select: { completedAt: true },
    });
    if (milestone.tasks.length > 0 && done.length === milestone.tasks.length) {
      const reachedAt = new Date(Math.max(...done.map((task) => task.completedAt!.getTime())));
      await db.accountMilestone.update({ where: { id: milestone.id }, data: { reachedAt } });
    }
  }
  // Check-ins whose day has passed were sent and, mostly, answered: struggling accounts say so.
  const answer = spec.donePercent >= 60 ? "ON_TRACK" : spec.idleDays > 10 ? "OFF_TRACK" : "SOME_CONCERNS";
  const pastCheckIns = await db.checkIn.findMany({ where: { customerAccountId: accountId, scheduledFor: { lt: now } } });
  for (const checkIn of pastCheckIns) {
    const answered = checkIn.dayOffset !== 90 || spec.donePercent === 100;
    await db.checkIn.update({
      where: { id: checkIn.id },
      data: answered
        ? {
            status: "ANSWERED",
            lastError: null,
            sentAt: checkIn.scheduledFor,
            answer,
            answeredAt: new Date(checkIn.scheduledFor.getTime() + 6 * 3_600_000),
          }
        : { status: "SENT", lastError: null, sentAt: checkIn.scheduledFor },
    });
  }
  if (spec.goal) {
    await db.goal.create({
      data: {
        organizationId,
        customerAccountId: accountId,
        title: "Cut weekly report preparation",
        metric: "Hours a week spent preparing reports",
        unit: "hours",
        baseline: 5,
        target: 1,
        current: Math.max(1, 5 - Math.round((4 * spec.donePercent) / 100)),
        targetDate: addDays(now, 60),
        createdById: championId,
      },
    });
  }
  const percent = tasks.length === 0 ? 0 : Math.round((toComplete.length / tasks.length) * 100);
  await db.customerAccount.update({
    where: { id: accountId },
    data: {
      progressPercent: percent,
      status: spec.daysSinceKickoff > 90 && percent === 100 ? "LIVE" : "ONBOARDING",
      lastCustomerActivityAt: toComplete.length > 0 ? lastActivity : null,
      lastVendorTouchAt: new Date(now.getTime() - (spec.idleDays + 3) * dayMs),
    },
  });
}
