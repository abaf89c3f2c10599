// Saving a template replaces its draft milestones and tasks in the order given. Published versions are
// snapshots, so rewriting the draft never touches an account's plan.
import type { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";
import { DomainError, notFound } from "../../errors";
import type { ProvenOrganizationId } from "../../identity/scope";
import { recordAudit } from "@/server/platform";
import type { TemplateDraftInput } from "./template-input";

type Tx = Prisma.TransactionClient;

// A short shape of the draft for the audit log: titles and task counts, in order.
const draftSummary = (draft: { name: string; milestones: { title: string; tasks: { title: string }[] }[] }) => ({
  name: draft.name,
  milestones: draft.milestones.map((milestone) => ({ title: milestone.title, tasks: milestone.tasks.map((task) => task.title) })),
});

// Linked tutorials must be this organization's; an unknown or foreign id is named in the error.
async function assertTutorialsBelong(tx: Tx, organizationId: string, draft: TemplateDraftInput) {
  const ids = [...new Set(draft.milestones.flatMap((milestone) => milestone.tasks.map((task) => task.tutorialId)))].filter(
    (id): id is string => Boolean(id),
  );
  if (ids.length === 0) return;
  const found = await tx.tutorial.findMany({ where: { id: { in: ids }, organizationId }, select: { id: true } });
  const known = new Set(found.map((tutorial) => tutorial.id));
  const task = draft.milestones.flatMap((milestone) => milestone.tasks).find((t) => t.tutorialId && !known.has(t.tutorialId));
  if (task) throw new DomainError("BAD_REQUEST", `The tutorial linked to "${task.title}" does not exist in your library.`);
}

async function writeMilestones(tx: Tx, templateId: string, draft: TemplateDraftInput) {
  await tx.templateMilestone.deleteMany({ where: { templateId } });
  for (const [milestoneIndex, milestone] of draft.milestones.entries()) {
    await tx.templateMilestone.create({
      data: {
        templateId,
        title: milestone.title,
        description: milestone.description,
        position: milestoneIndex,
        tasks: { create: milestone.tasks.map((task, taskIndex) => ({ ...task, position: taskIndex })) },
      },
    });
  }
}

export async function createTemplate(organizationId: ProvenOrganizationId, draft: TemplateDraftInput, actorId: string) {
  return db.$transaction(async (tx) => {
    await assertTutorialsBelong(tx, organizationId, draft);
    const template = await tx.checklistTemplate.create({
      data: { organizationId, name: draft.name, description: draft.description },
    });
    await writeMilestones(tx, template.id, draft);
    await recordAudit(
      {
        organizationId,
        actorId,
        action: "template.created",
        targetType: "ChecklistTemplate",
        targetId: template.id,
        after: draftSummary(draft),
      },
      tx,
    );
    return template;
  });
}

export async function saveTemplateDraft(
  organizationId: ProvenOrganizationId,
  templateId: string,
  draft: TemplateDraftInput,
  actorId: string,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.checklistTemplate.findFirst({
      where: { id: templateId, organizationId },
      include: { milestones: { orderBy: { position: "asc" }, include: { tasks: { orderBy: { position: "asc" } } } } },
    });
    if (!before) throw notFound("Template");
    await assertTutorialsBelong(tx, organizationId, draft);
    await writeMilestones(tx, templateId, draft);
    const template = await tx.checklistTemplate.update({
      where: { id: templateId },
      data: { name: draft.name, description: draft.description },
    });
    await recordAudit(
      {
        organizationId,
        actorId,
        action: "template.updated",
        targetType: "ChecklistTemplate",
        targetId: templateId,
        before: draftSummary(before),
        after: draftSummary(draft),
      },
      tx,
    );
    return template;
  });
}

// A copy starts as a new draft with no versions, so nothing about the original's accounts changes.
export async function duplicateTemplate(organizationId: ProvenOrganizationId, templateId: string, actorId: string) {
  const source = await db.checklistTemplate.findFirst({
    where: { id: templateId, organizationId },
    include: { milestones: { orderBy: { position: "asc" }, include: { tasks: { orderBy: { position: "asc" } } } } },
  });
  if (!source) throw notFound("Template");
  return db.$transaction(async (tx) => {
    const copy = await tx.checklistTemplate.create({
      data: {
        organizationId,
        name: `${source.name} (copy)`.slice(0, 120),
        description: source.description,
        milestones: {
          create: source.milestones.map((milestone) => ({
            title: milestone.title,
            description: milestone.description,
            position: milestone.position,
            tasks: {
              create: milestone.tasks.map(({ id: _id, milestoneId: _milestoneId, ...task }) => task),
            },
          })),
        },
      },
    });
    await recordAudit(
      {
        organizationId,
        actorId,
        action: "template.duplicated",
        targetType: "ChecklistTemplate",
        targetId: copy.id,
        before: { sourceTemplateId: source.id, name: source.name },
        after: { name: copy.name },
      },
      tx,
    );
    return copy;
  });
}
