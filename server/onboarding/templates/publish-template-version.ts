// Publishing snapshots the template's current milestones and tasks into a new immutable version.
import { db } from "../../db";
import { DomainError, notFound } from "../../errors";
import type { ProvenOrganizationId } from "../../identity/scope";
import { recordAudit } from "@/server/platform";
import type { TemplateSnapshot } from "./template-snapshot";

export async function publishTemplateVersion(organizationId: ProvenOrganizationId, templateId: string, actorId: string | null) {
  return db.$transaction(async (tx) => {
    const template = await tx.checklistTemplate.findFirst({
      where: { id: templateId, organizationId },
      include: { milestones: { orderBy: { position: "asc" }, include: { tasks: { orderBy: { position: "asc" } } } } },
    });
    if (!template) throw notFound("Template");
    // An empty plan would give new accounts nothing to do.
    if (!template.milestones.some((milestone) => milestone.tasks.length > 0)) {
      throw new DomainError("BAD_REQUEST", "Add at least one task before publishing the template.");
    }
    const snapshot: TemplateSnapshot = {
      milestones: template.milestones.map((milestone) => ({
        title: milestone.title,
        description: milestone.description,
        tasks: milestone.tasks.map((task) => ({
          title: task.title,
          description: task.description,
          kind: task.kind,
          owner: task.owner,
          dueOffsetDays: task.dueOffsetDays,
          required: task.required,
          tutorialId: task.tutorialId,
          meetingUrl: task.meetingUrl,
          questionPrompt: task.questionPrompt,
        })),
      })),
    };
    const latest = await tx.templateVersion.findFirst({ where: { templateId }, orderBy: { version: "desc" } });
    const version = await tx.templateVersion.create({
      data: { templateId, version: (latest?.version ?? 0) + 1, snapshot, publishedById: actorId },
    });
    await tx.checklistTemplate.update({ where: { id: templateId }, data: { status: "PUBLISHED" } });
    await recordAudit(
      {
        organizationId,
        actorId,
        action: "template.published",
        targetType: "ChecklistTemplate",
        targetId: templateId,
        after: { version: version.version },
      },
      tx,
    );
    return version;
  });
}
