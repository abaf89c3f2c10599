// A customer opening a tutorial: only PUBLISHED tutorials of their own organization, showing the latest
// published version. Also finds the account's task that links to it (to offer completion at the end)
// and the task after that one, and records the view on the timeline (once per person, tutorial and day).
import { db } from "../../db";
import { notFound } from "../../errors";
import type { CustomerScope } from "../../identity/scope";
import { recordActivity } from "@/server/platform";
import { changeAccount } from "@/server/success";

export async function readTutorial(scope: CustomerScope, viewerId: string, tutorialId: string, now = new Date()) {
  const tutorial = await db.tutorial.findFirst({
    where: { id: tutorialId, organizationId: scope.organizationId, status: "PUBLISHED" },
    select: {
      id: true,
      title: true,
      summary: true,
      bodyMarkdown: true,
      estimatedMinutes: true,
      // Hosts the organization allows tutorial images from (lib/markdown renders nothing else remote).
      organization: { select: { tutorialImageHosts: true } },
      versions: { orderBy: { version: "desc" }, take: 1, select: { title: true, bodyMarkdown: true, estimatedMinutes: true } },
    },
  });
  if (!tutorial) throw notFound("Tutorial");
  const latest = tutorial.versions[0];
  const title = latest?.title ?? tutorial.title;
  const bodyMarkdown = latest?.bodyMarkdown ?? tutorial.bodyMarkdown;

  const tasks = await db.accountTask.findMany({
    where: { customerAccountId: scope.accountId, organizationId: scope.organizationId },
    orderBy: [{ milestone: { position: "asc" } }, { position: "asc" }],
    select: { id: true, title: true, kind: true, owner: true, status: true, tutorialId: true },
  });
  const index = tasks.findIndex((task) => task.tutorialId === tutorial.id);
  const task = index >= 0 ? tasks[index]! : null;
  const nextTask = tasks.slice(index + 1).find((candidate) => candidate.status === "OPEN" && candidate.id !== task?.id) ?? null;

  const feedback = await db.tutorialFeedback.findUnique({
    where: { tutorialId_userId: { tutorialId: tutorial.id, userId: viewerId } },
    select: { helpful: true, comment: true },
  });

  await recordViewOncePerDay(scope, viewerId, tutorial.id, title, now);
  return {
    id: tutorial.id,
    title,
    summary: tutorial.summary,
    bodyMarkdown,
    imageHosts: tutorial.organization.tutorialImageHosts,
    // The studio suggests it from the text (lib/markdown estimateReadingMinutes) and admins may adjust it.
    readingMinutes: Math.max(latest?.estimatedMinutes ?? tutorial.estimatedMinutes, 1),
    estimatedMinutes: latest?.estimatedMinutes ?? tutorial.estimatedMinutes,
    task,
    nextTask,
    feedback,
  };
}

async function recordViewOncePerDay(scope: CustomerScope, viewerId: string, tutorialId: string, title: string, now: Date) {
  const startOfDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const seen = await db.activityEvent.findFirst({
    where: {
      customerAccountId: scope.accountId,
      actorId: viewerId,
      type: "tutorial.viewed",
      subjectId: tutorialId,
      createdAt: { gte: startOfDay },
    },
    select: { id: true },
  });
  if (seen) return;
  // A first view of the day is customer activity (a health factor): it settles like any account change.
  await changeAccount(scope, (tx) =>
    recordActivity(
      {
        organizationId: scope.organizationId,
        customerAccountId: scope.accountId,
        actorId: viewerId,
        actorKind: "CUSTOMER",
        type: "tutorial.viewed",
        subjectType: "Tutorial",
        subjectId: tutorialId,
        data: { title },
      },
      tx,
    ),
  );
}
