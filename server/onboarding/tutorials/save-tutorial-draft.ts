// Creating and editing a tutorial changes its draft only; customers keep reading the last published
// version until the admin publishes again.
import { db } from "../../db";
import { notFound } from "../../errors";
import type { ProvenOrganizationId } from "../../identity/scope";
import { recordAudit } from "@/server/platform";
import type { TutorialDraftInput } from "./tutorial-input";

// The audit keeps a short summary, not the whole body: enough to see what changed.
export const tutorialSummary = (tutorial: {
  title: string;
  bodyMarkdown: string;
  estimatedMinutes: number;
  status?: string;
}) => ({
  title: tutorial.title,
  bodyLength: tutorial.bodyMarkdown.length,
  estimatedMinutes: tutorial.estimatedMinutes,
  ...(tutorial.status ? { status: tutorial.status } : {}),
});

export async function createTutorial(organizationId: ProvenOrganizationId, input: TutorialDraftInput, actorId: string) {
  return db.$transaction(async (tx) => {
    const tutorial = await tx.tutorial.create({
      data: { organizationId, createdById: actorId, ...input, summary: input.summary ?? null },
    });
    await recordAudit(
      {
        organizationId,
        actorId,
        action: "tutorial.created",
        targetType: "Tutorial",
        targetId: tutorial.id,
        after: tutorialSummary(tutorial),
      },
      tx,
    );
    return tutorial;
  });
}

export async function updateTutorialDraft(
  organizationId: ProvenOrganizationId,
  tutorialId: string,
  input: TutorialDraftInput,
  actorId: string,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.tutorial.findFirst({ where: { id: tutorialId, organizationId } });
    if (!before) throw notFound("Tutorial");
    const tutorial = await tx.tutorial.update({
      where: { id: before.id },
      data: { ...input, summary: input.summary ?? null },
    });
    await recordAudit(
      {
        organizationId,
        actorId,
        action: "tutorial.updated",
        targetType: "Tutorial",
        targetId: tutorial.id,
        before: tutorialSummary(before),
        after: tutorialSummary(tutorial),
      },
      tx,
    );
    return tutorial;
  });
}
