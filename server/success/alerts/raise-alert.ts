// Raises an alert for the account's CSM unless one with the same dedupe key is still open, so a live
// condition (a negative check-in, a bounced address) shows once however often it is reported.
import type { AlertKind, Prisma } from "../../generated/prisma/client";
import { db } from "../../db";

export type AlertInput = {
  organizationId: string;
  customerAccountId: string;
  kind: AlertKind;
  reason: string;
  dedupeKey: string;
  data?: Prisma.InputJsonValue;
};

export async function raiseAlert(alert: AlertInput): Promise<{ id: string; created: boolean }> {
  const open = await db.alert.findFirst({ where: { dedupeKey: alert.dedupeKey, resolvedAt: null }, select: { id: true } });
  if (open) {
    await db.alert.update({ where: { id: open.id }, data: { reason: alert.reason, data: alert.data } });
    return { id: open.id, created: false };
  }
  const created = await db.alert.create({ data: alert, select: { id: true } });
  return { id: created.id, created: true };
}

export async function resolveAlerts(dedupeKey: string): Promise<void> {
  await db.alert.updateMany({ where: { dedupeKey, resolvedAt: null }, data: { resolvedAt: new Date() } });
}
