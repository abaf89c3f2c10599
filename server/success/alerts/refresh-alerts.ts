// Brings an organization's open alerts in line with the conditions detected now: new conditions raise an
// alert, conditions that cleared resolve theirs. Event alerts (negative check-in, bounced email) are raised
// where they happen and stay open until a CSM resolves them.
import { db } from "../../db";
import type { AlertKind } from "../../generated/prisma/enums";
import { detectAlertConditions } from "./detect-alert-conditions";

const detectedKinds: AlertKind[] = ["STALLED", "NEGLECTED", "MILESTONE_OVERDUE", "HELP_WAITING"];

export async function refreshAlerts(organizationId: string, now = new Date()): Promise<{ raised: number; resolved: number }> {
  const conditions = await detectAlertConditions(organizationId, now);
  const open = await db.alert.findMany({
    where: { organizationId, resolvedAt: null, kind: { in: detectedKinds } },
    select: { id: true, dedupeKey: true },
  });
  const openKeys = new Set(open.map((alert) => alert.dedupeKey));
  const currentKeys = new Set(conditions.map((condition) => condition.dedupeKey));
  const toRaise = conditions.filter((condition) => !openKeys.has(condition.dedupeKey));
  const toResolve = open.filter((alert) => !currentKeys.has(alert.dedupeKey)).map((alert) => alert.id);
  await db.$transaction([
    db.alert.createMany({ data: toRaise.map((condition) => ({ ...condition, organizationId, createdAt: now })) }),
    db.alert.updateMany({ where: { id: { in: toResolve } }, data: { resolvedAt: now } }),
  ]);
  return { raised: toRaise.length, resolved: toResolve.length };
}
