// The one way alerts are created and resolved. Set-based, so the hourly refresh raises thousands in one
// statement and a single event (a negative check-in, a bounced address) uses the same path: rows are
// inserted with `INSERT … RETURNING` and each returned row announces itself as `alert.raised` in the
// same transaction (resolving likewise emits `alert.resolved`). A dedupe key that already has an open
// alert raises nothing new: a live condition shows once however often it is reported. Raisers of one
// organization queue on a transaction-scoped advisory lock, so two of them cannot both open the same key.
import { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";
import { newRowId } from "../../db-ids";
import type { AlertData, AlertKindName } from "../../../lib/alerts/describe-alert";
import { recordDomainEvents, wakeEventDelivery } from "@/server/platform";

type Tx = Prisma.TransactionClient;

export type AlertInput = {
  [K in AlertKindName]: { organizationId: string; customerAccountId: string; kind: K; dedupeKey: string; data: AlertData[K] };
}[AlertKindName];

type AlertRow = { id: string; organizationId: string; customerAccountId: string; kind: AlertKindName; dedupeKey: string };

const sqlTime = (instant: Date) => instant.toISOString();

// Each raised or resolved row announces itself, in the same transaction.
function announce(tx: Tx, type: "alert.raised" | "alert.resolved", alerts: readonly AlertRow[]) {
  return recordDomainEvents(
    tx,
    alerts.map((alert) => ({
      type,
      organizationId: alert.organizationId,
      accountId: alert.customerAccountId,
      data: { accountId: alert.customerAccountId, alertId: alert.id, kind: alert.kind },
    })),
  );
}

async function lockOrganizations(tx: Tx, organizationIds: string[]) {
  // $executeRaw: the lock function returns void, which $queryRaw cannot deserialize.
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock(hashtext('alerts:' || o)) FROM (SELECT DISTINCT unnest(${organizationIds}::text[]) AS o ORDER BY 1) s`;
}

export async function raiseAlerts(
  tx: Tx,
  alerts: readonly AlertInput[],
  options: { now?: Date; refreshOpen?: boolean } = {},
): Promise<AlertRow[]> {
  if (alerts.length === 0) return [];
  const now = options.now ?? new Date();
  await lockOrganizations(tx, [...new Set(alerts.map((alert) => alert.organizationId))]);
  const keys = alerts.map((alert) => alert.dedupeKey);
  const data = alerts.map((alert) => JSON.stringify(alert.data));
  // A condition reported again (a comment added to a negative check-in) brings its open alert up to date.
  if (options.refreshOpen ?? true) {
    await tx.$executeRaw`
      UPDATE "Alert" a SET data = v.data::jsonb FROM unnest(${keys}::text[], ${data}::text[]) AS v(key, data)
      WHERE a."dedupeKey" = v.key AND a."resolvedAt" IS NULL AND a.data IS DISTINCT FROM v.data::jsonb`;
  }
  const raised = await tx.$queryRaw<AlertRow[]>`
    INSERT INTO "Alert" (id, "organizationId", "customerAccountId", kind, "dedupeKey", data, "createdAt")
    SELECT DISTINCT ON (v.key) v.id, v.org, v.account, v.kind::"AlertKind", v.key, v.data::jsonb, ${sqlTime(now)}::timestamp
    FROM unnest(${alerts.map(() => newRowId())}::text[], ${alerts.map((alert) => alert.organizationId)}::text[],
      ${alerts.map((alert) => alert.customerAccountId)}::text[], ${alerts.map((alert) => alert.kind)}::text[], ${keys}::text[],
      ${data}::text[]) AS v(id, org, account, kind, key, data)
    WHERE NOT EXISTS (SELECT 1 FROM "Alert" a WHERE a."dedupeKey" = v.key AND a."resolvedAt" IS NULL)
    RETURNING id, "organizationId", "customerAccountId", kind::text AS kind, "dedupeKey"`;
  await announce(tx, "alert.raised", raised);
  return raised;
}

// Resolves the open alerts matching ids or dedupe keys (within one organization) and announces each.
export async function resolveAlerts(
  tx: Tx,
  organizationId: string,
  match: { ids?: readonly string[]; dedupeKeys?: readonly string[] },
  now = new Date(),
): Promise<AlertRow[]> {
  const ids = [...(match.ids ?? [])];
  const keys = [...(match.dedupeKeys ?? [])];
  if (ids.length === 0 && keys.length === 0) return [];
  const resolved = await tx.$queryRaw<AlertRow[]>`
    UPDATE "Alert" SET "resolvedAt" = ${sqlTime(now)}::timestamp
    WHERE "organizationId" = ${organizationId} AND "resolvedAt" IS NULL
      AND (id = ANY(${ids}::text[]) OR "dedupeKey" = ANY(${keys}::text[]))
    RETURNING id, "organizationId", "customerAccountId", kind::text AS kind, "dedupeKey"`;
  await announce(tx, "alert.resolved", resolved);
  return resolved;
}

// For callers outside a transaction (a delivery webhook reporting a bounce): raise, commit, wake delivery.
export async function raiseAlert(alert: AlertInput): Promise<{ created: boolean }> {
  const raised = await db.$transaction((tx) => raiseAlerts(tx, [alert]));
  if (raised.length) wakeEventDelivery();
  return { created: raised.length > 0 };
}
