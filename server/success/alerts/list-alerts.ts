// Open alerts for the workspace, newest first: a CSM's own accounts by default.
import { db } from "../../db";
import { notFound } from "../../errors";
import { reachableAccountWhere } from "../../identity/organizations/csm-account-access";
import type { StaffScope } from "../../identity/scope";

export async function listOpenAlerts(scope: StaffScope, options: { mine: boolean; accountId?: string; limit?: number }) {
  return db.alert.findMany({
    where: {
      organizationId: scope.organizationId,
      resolvedAt: null,
      ...(options.accountId ? { customerAccountId: options.accountId } : {}),
      customerAccount: { ...reachableAccountWhere(scope), ...(options.mine ? { csmMembershipId: scope.membershipId } : {}) },
    },
    orderBy: { createdAt: "desc" },
    take: options.limit ?? 100,
    select: { id: true, kind: true, reason: true, createdAt: true, customerAccount: { select: { id: true, name: true } } },
  });
}

export async function resolveAlert(scope: StaffScope, alertId: string, now = new Date()) {
  const alert = await db.alert.findFirst({
    where: { id: alertId, organizationId: scope.organizationId, resolvedAt: null, customerAccount: reachableAccountWhere(scope) },
  });
  if (!alert) throw notFound("Alert");
  await db.alert.update({ where: { id: alert.id }, data: { resolvedAt: now } });
}
