// Finds the conditions a CSM should be alerted to right now, set-based over the whole organization (or
// the given accounts, after a change settles). Each condition carries a dedupe key, so a condition that
// lasts raises one alert, not one per run, and the facts its words are rendered from.
import { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";
import { startOfUtcDay } from "../health/refresh-health-scores";
import { businessHoursBetween } from "./business-hours";
import type { AlertInput } from "./raise-alerts";

// An alert to raise, short of its organization (one per kind, so kind and data stay paired).
export type AlertCondition = AlertInput extends infer Alert
  ? Alert extends AlertInput
    ? Omit<Alert, "organizationId">
    : never
  : never;

const dayMs = 86_400_000;
const days = (ms: number) => Math.floor(ms / dayMs);

export async function detectAlertConditions(
  organizationId: string,
  now: Date,
  accountIds: readonly string[] | null = null,
): Promise<AlertCondition[]> {
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  const today = startOfUtcDay(now);
  const stalledBefore = new Date(now.getTime() - organization.stallDays * dayMs);
  const neglectedBefore = new Date(now.getTime() - organization.neglectDays * dayMs);
  const onlyThese = accountIds ? { id: { in: [...accountIds] } } : {};
  const active = { organizationId, status: { in: ["ONBOARDING" as const, "LIVE" as const] }, ...onlyThese };
  const onlyTheseSql = (column: Prisma.Sql) =>
    accountIds ? Prisma.sql`AND ${column} = ANY(${[...accountIds]}::text[])` : Prisma.empty;

  const [stalled, neglected, overdueMilestones, waitingHelp] = await Promise.all([
    db.$queryRaw<{ id: string; since: Date }[]>`
      SELECT a.id, COALESCE(a."lastCustomerActivityAt", a."kickoffDate") AS since FROM "CustomerAccount" a
      WHERE a."organizationId" = ${organizationId} AND a.status IN ('ONBOARDING', 'LIVE') ${onlyTheseSql(Prisma.sql`a.id`)}
        AND COALESCE(a."lastCustomerActivityAt", a."kickoffDate") < ${stalledBefore}
        AND EXISTS (SELECT 1 FROM "AccountTask" t WHERE t."customerAccountId" = a.id AND t.status = 'OPEN')`,
    db.customerAccount.findMany({
      where: {
        ...active,
        OR: [{ lastVendorTouchAt: { lt: neglectedBefore } }, { lastVendorTouchAt: null, kickoffDate: { lt: neglectedBefore } }],
      },
      select: { id: true, lastVendorTouchAt: true, kickoffDate: true },
    }),
    db.$queryRaw<{ id: string; customerAccountId: string; title: string; dueDate: Date }[]>`
      SELECT m.id, m."customerAccountId", m.title, max(t."dueDate") AS "dueDate"
      FROM "AccountMilestone" m
      JOIN "AccountTask" t ON t."milestoneId" = m.id AND t.required
      JOIN "CustomerAccount" a ON a.id = m."customerAccountId"
      WHERE m."organizationId" = ${organizationId} AND m."reachedAt" IS NULL AND a.status IN ('ONBOARDING', 'LIVE')
        ${onlyTheseSql(Prisma.sql`m."customerAccountId"`)}
      GROUP BY m.id HAVING max(t."dueDate") < ${today}
        AND bool_or(t.status = 'OPEN')`,
    db.helpRequest.findMany({
      where: {
        organizationId,
        status: "OPEN",
        firstResponseAt: null,
        ...(accountIds ? { customerAccountId: { in: [...accountIds] } } : {}),
        customerAccount: { status: { in: ["ONBOARDING", "LIVE"] } },
      },
      select: { id: true, customerAccountId: true, createdAt: true },
    }),
  ]);

  const conditions: AlertCondition[] = [
    ...stalled.map((row) => ({
      kind: "STALLED" as const,
      customerAccountId: row.id,
      dedupeKey: `stalled:${row.id}`,
      data: { days: days(now.getTime() - row.since.getTime()), limit: organization.stallDays },
    })),
    ...neglected.map((row) => ({
      kind: "NEGLECTED" as const,
      customerAccountId: row.id,
      dedupeKey: `neglected:${row.id}`,
      data: {
        days: days(now.getTime() - (row.lastVendorTouchAt ?? row.kickoffDate).getTime()),
        limit: organization.neglectDays,
      },
    })),
    ...overdueMilestones.map((row) => ({
      kind: "MILESTONE_OVERDUE" as const,
      customerAccountId: row.customerAccountId,
      dedupeKey: `milestone-overdue:${row.id}`,
      data: { milestoneId: row.id, title: row.title, dueDate: row.dueDate.toISOString().slice(0, 10) },
    })),
    ...waitingHelp
      .map((row) => ({ row, waited: businessHoursBetween(row.createdAt, now) }))
      .filter(({ waited }) => waited > organization.helpResponseHours)
      .map(({ row, waited }) => ({
        kind: "HELP_WAITING" as const,
        customerAccountId: row.customerAccountId,
        dedupeKey: `help-waiting:${row.id}`,
        data: { helpRequestId: row.id, hours: Math.round(waited), target: organization.helpResponseHours },
      })),
  ];
  return conditions;
}
