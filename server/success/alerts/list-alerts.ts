// Open alerts for the workspace, newest first: a CSM's own accounts by default.
import { db } from "../../db";
import { notFound } from "../../errors";
import type { StaffScope } from "../../identity/scope";
import { wakeEventDelivery } from "../../platform/events";
import { resolveAlerts } from "./raise-alerts";

export async function listOpenAlerts(scope: StaffScope, options: { mine: boolean; accountId?: string; limit?: number }) {
  return db.alert.findMany({
    where: {
      organizationId: scope.organizationId,
      resolvedAt: null,
      ...(options.accountId ? { customerAccountId: options.accountId } : {}),
      ...(options.mine ? { customerAccount: { csmMembershipId: scope.membershipId } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: options.limit ?? 100,
    select: { id: true, kind: true, data: true, createdAt: true, customerAccount: { select: { id: true, name: true } } },
  });
}

// A CSM marks an alert handled (alert.resolved). Only an open alert of their organization can be.
export async function resolveAlert(scope: StaffScope, alertId: string, now = new Date()) {
  const resolved = await db.$transaction((tx) => resolveAlerts(tx, scope.organizationId, { ids: [alertId] }, now));
  if (resolved.length === 0) throw notFound("Alert");
  wakeEventDelivery();
}
