import { db } from "../../db";
import type { ProvenAccountId, ProvenOrganizationId } from "../../trpc/scope";

export async function listOpenAlerts(organizationId: ProvenOrganizationId, accountId: ProvenAccountId) {
  return db.alert.findMany({
    where: { organizationId, customerAccountId: accountId, resolvedAt: null },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, kind: true, reason: true, createdAt: true },
  });
}
