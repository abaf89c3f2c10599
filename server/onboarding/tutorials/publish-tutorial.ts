// Publishing keeps what was published, by whom and when, as a new immutable version; customers read
// the latest version. Restoring copies an old version back into the draft (publish again to ship it).
import { db } from "../../db";
import { DomainError, notFound } from "../../errors";
import type { ProvenOrganizationId } from "../../identity/scope";
import { recordAudit } from "@/server/platform";
import { tutorialSummary } from "./save-tutorial-draft";
import { tutorialDraftInput } from "./tutorial-input";

export async function publishTutorial(organizationId: ProvenOrganizationId, tutorialId: string, actorId: string) {
  return db.$transaction(async (tx) => {
    const tutorial = await tx.tutorial.findFirst({ where: { id: tutorialId, organizationId } });
    if (!tutorial) throw notFound("Tutorial");
    // The draft was valid when saved, but check again: nothing half-valid is ever shown to customers.
    const valid = tutorialDraftInput.safeParse(tutorial);
    if (!valid.success) throw new DomainError("BAD_REQUEST", valid.error.issues[0]?.message ?? "The draft is not valid");
    const latest = await tx.tutorialVersion.findFirst({ where: { tutorialId }, orderBy: { version: "desc" } });
    const version = await tx.tutorialVersion.create({
      data: {
        tutorialId,
        version: (latest?.version ?? 0) + 1,
        title: tutorial.title,
        bodyMarkdown: tutorial.bodyMarkdown,
        estimatedMinutes: tutorial.estimatedMinutes,
        authorId: actorId,
      },
    });
    await tx.tutorial.update({ where: { id: tutorialId }, data: { status: "PUBLISHED" } });
    await recordAudit(
      {
        organizationId,
        actorId,
        action: "tutorial.published",
        targetType: "Tutorial",
        targetId: tutorialId,
        before: { version: latest?.version ?? null, status: tutorial.status },
        after: { version: version.version, ...tutorialSummary({ ...tutorial, status: "PUBLISHED" }) },
      },
      tx,
    );
    return version;
  });
}

export async function restoreTutorialVersion(
  organizationId: ProvenOrganizationId,
  tutorialId: string,
  versionId: string,
  actorId: string,
) {
  return db.$transaction(async (tx) => {
    const tutorial = await tx.tutorial.findFirst({ where: { id: tutorialId, organizationId } });
    if (!tutorial) throw notFound("Tutorial");
    const version = await tx.tutorialVersion.findFirst({ where: { id: versionId, tutorialId } });
    if (!version) throw notFound("Version");
    const restored = await tx.tutorial.update({
      where: { id: tutorialId },
      data: { title: version.title, bodyMarkdown: version.bodyMarkdown, estimatedMinutes: version.estimatedMinutes },
    });
    await recordAudit(
      {
        organizationId,
        actorId,
        action: "tutorial.version_restored",
        targetType: "Tutorial",
        targetId: tutorialId,
        before: tutorialSummary(tutorial),
        after: { restoredVersion: version.version, ...tutorialSummary(restored) },
      },
      tx,
    );
    return restored;
  });
}

// Archiving hides a tutorial from the library without losing its versions or feedback.
export async function setTutorialArchived(
  organizationId: ProvenOrganizationId,
  tutorialId: string,
  archived: boolean,
  actorId: string,
) {
  const tutorial = await db.tutorial.findFirst({
    where: { id: tutorialId, organizationId },
    include: { versions: { take: 1, select: { id: true } } },
  });
  if (!tutorial) throw notFound("Tutorial");
  const status = archived ? "ARCHIVED" : tutorial.versions.length > 0 ? "PUBLISHED" : "DRAFT";
  await db.$transaction(async (tx) => {
    await tx.tutorial.update({ where: { id: tutorialId }, data: { status } });
    await recordAudit(
      {
        organizationId,
        actorId,
        action: archived ? "tutorial.archived" : "tutorial.unarchived",
        targetType: "Tutorial",
        targetId: tutorialId,
        before: { status: tutorial.status },
        after: { status },
      },
      tx,
    );
  });
  return { status };
}
