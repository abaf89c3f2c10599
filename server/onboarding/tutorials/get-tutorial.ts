// One tutorial with its draft, its published versions and what customers said about it.
import { db } from "../../db";
import { notFound } from "../../errors";
import type { ProvenOrganizationId } from "../../identity/scope";

export async function getTutorial(organizationId: ProvenOrganizationId, tutorialId: string) {
  const tutorial = await db.tutorial.findFirst({
    where: { id: tutorialId, organizationId },
    include: {
      organization: { select: { tutorialImageHosts: true } },
      versions: {
        orderBy: { version: "desc" },
        select: {
          id: true,
          version: true,
          title: true,
          bodyMarkdown: true,
          estimatedMinutes: true,
          createdAt: true,
          author: { select: { name: true, email: true } },
        },
      },
      feedback: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          helpful: true,
          comment: true,
          createdAt: true,
          user: { select: { name: true, email: true } },
          customerAccount: { select: { name: true } },
        },
      },
    },
  });
  if (!tutorial) throw notFound("Tutorial");
  const latest = tutorial.versions[0] ?? null;
  const hasUnpublishedChanges =
    !latest ||
    latest.title !== tutorial.title ||
    latest.bodyMarkdown !== tutorial.bodyMarkdown ||
    latest.estimatedMinutes !== tutorial.estimatedMinutes;
  const helpful = tutorial.feedback.filter((entry) => entry.helpful).length;
  const { organization, ...rest } = tutorial;
  return {
    ...rest,
    imageHosts: organization.tutorialImageHosts,
    hasUnpublishedChanges,
    votes: { helpful, notHelpful: tutorial.feedback.length - helpful },
  };
}
