// Open alerts for the workspace, newest first: a CSM's own accounts by default.
import { db } from "../../db";
import { notFound } from "../../errors";
import { reachableAccountWhere } from "@/server/identity";
import type { StaffScope } from "../../identity/scope";
import { wakeEventDelivery } from "@/server/platform";
import { resolveAlerts } from "./raise-alerts";

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
    select: { id: true, kind: true, data: true, createdAt: true, customerAccount: { select: { id: true, name: true } } },
  });
}

// A CSM marks an alert handled (alert.resolved). Only an open alert of their organization can be.
export async function resolveAlert(scope: StaffScope, alertId: string, now = new Date()) {
  // A CSM limited to their own accounts cannot resolve another CSM's alert: it answers "not found".
  const alert = await db.alert.findFirst({
    where: { id: alertId, organizationId: scope.organizationId, resolvedAt: null, customerAccount: reachableAccountWhere(scope) },
    select: { id: true },
  });
  if (!alert) throw notFound("Alert");
  const resolved = await db.$transaction((tx) => resolveAlerts(tx, scope.organizationId, { ids: [alertId] }, now));
  if (resolved.length === 0) throw notFound("Alert");
  wakeEventDelivery();
}
