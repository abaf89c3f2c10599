// Checklist templates as staff see them, and one template's draft with its versions and which
// accounts run on each version.
import { db } from "../../db";
import { notFound } from "../../errors";
import type { ProvenOrganizationId } from "../../identity/scope";

export async function listTemplates(organizationId: ProvenOrganizationId) {
  const templates = await db.checklistTemplate.findMany({
    where: { organizationId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      name: true,
      description: true,
      status: true,
      updatedAt: true,
      _count: { select: { milestones: true } },
      versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, createdAt: true } },
    },
  });
  return templates.map(({ versions, _count, ...template }) => ({
    ...template,
    milestoneCount: _count.milestones,
    latestVersion: versions[0] ?? null,
  }));
}

export async function getTemplate(organizationId: ProvenOrganizationId, templateId: string) {
  const template = await db.checklistTemplate.findFirst({
    where: { id: templateId, organizationId },
    include: {
      milestones: {
        orderBy: { position: "asc" },
        include: { tasks: { orderBy: { position: "asc" } } },
      },
      versions: {
        orderBy: { version: "desc" },
        select: {
          id: true,
          version: true,
          createdAt: true,
          publishedBy: { select: { name: true, email: true } },
          accounts: { where: { organizationId }, orderBy: { name: "asc" }, take: 50, select: { id: true, name: true } },
          _count: { select: { accounts: true } },
        },
      },
    },
  });
  if (!template) throw notFound("Template");
  return template;
}
