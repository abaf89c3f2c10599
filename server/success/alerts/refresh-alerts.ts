// Brings an organization's open alerts in line with the conditions detected now (all its accounts hourly,
// or the accounts of a change as it settles): new conditions raise an alert, conditions that cleared
// resolve theirs, in one transaction with their `alert.raised` / `alert.resolved` events. Event alerts
// (negative check-in, bounced email) are raised where they happen and stay open until a CSM resolves them.
import { db } from "../../db";
import type { AlertKind } from "../../generated/prisma/enums";
import { detectAlertConditions } from "./detect-alert-conditions";
import { raiseAlerts, resolveAlerts } from "./raise-alerts";

const detectedKinds: AlertKind[] = ["STALLED", "NEGLECTED", "MILESTONE_OVERDUE", "HELP_WAITING"];

export async function refreshAlerts(
  organizationId: string,
  now = new Date(),
  accountIds: readonly string[] | null = null,
): Promise<{ raised: number; resolved: number }> {
  const [conditions, open] = await Promise.all([
    detectAlertConditions(organizationId, now, accountIds),
    db.alert.findMany({
      where: {
        organizationId,
        resolvedAt: null,
        kind: { in: detectedKinds },
        ...(accountIds ? { customerAccountId: { in: [...accountIds] } } : {}),
      },
      select: { id: true, dedupeKey: true },
    }),
  ]);
  const openKeys = new Set(open.map((alert) => alert.dedupeKey));
  const currentKeys = new Set(conditions.map((condition) => condition.dedupeKey));
  const toRaise = conditions.filter((condition) => !openKeys.has(condition.dedupeKey));
  const toResolve = open.filter((alert) => !currentKeys.has(alert.dedupeKey)).map((alert) => alert.id);
  // Usually nothing changed (a change settling): no transaction at all. Raising and resolving are
  // conditional in SQL (an open key is not raised twice, a resolved alert not resolved again), so a
  // concurrent refresh between the read above and the writes below changes nothing twice.
  if (toRaise.length === 0 && toResolve.length === 0) return { raised: 0, resolved: 0 };
  return db.$transaction(async (tx) => {
    const raised = await raiseAlerts(
      tx,
      toRaise.map((condition) => ({ ...condition, organizationId })),
      { now, refreshOpen: false },
    );
    const resolved = await resolveAlerts(tx, organizationId, { ids: toResolve }, now);
    return { raised: raised.length, resolved: resolved.length };
  });
}
