// The audit log as admins read it: newest first, filtered by action and actor, a page at a time.
import { z } from "zod";
import { db } from "../../db";
import type { ProvenOrganizationId } from "../../identity/scope";

const AUDIT_PAGE_SIZE = 25;

export const listAuditInput = z.object({
  action: z.string().trim().max(100).optional(),
  actorId: z.string().trim().max(64).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
});

export async function listAuditLog(organizationId: ProvenOrganizationId, filter: z.infer<typeof listAuditInput>) {
  const where = {
    organizationId,
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
  };
  const [entries, total, actions, actors] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { id: true, name: true, email: true } },
      },
    }),
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where: { organizationId },
      distinct: ["action"],
      select: { action: true },
      orderBy: { action: "asc" },
    }),
    db.auditLog.findMany({
      where: { organizationId, actorId: { not: null } },
      distinct: ["actorId"],
      select: { actor: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  return {
    entries,
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions: actions.map((row) => row.action),
    actors: actors.flatMap((row) => (row.actor ? [row.actor] : [])),
  };
}
