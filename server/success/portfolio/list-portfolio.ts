// The CSM's portfolio: every account with progress, schedule status, recency, overdue work, check-ins,
// help requests and health. Filtering, sorting and paging happen in one SQL statement over indexed,
// denormalized columns, so the page stays fast at 10,000 accounts; per-row aggregates are computed only
// for the rows of the requested page unless the sort needs them. The organization's thresholds are read
// in the same statements and the count runs beside the page, so a request costs one round trip of latency
// (measured by `npm run bench`, scenario "portfolio").
import { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";
import { reachableAccountSql } from "@/server/identity";
import type { StaffScope } from "../../identity/scope";
import { atRiskBelow, type PortfolioQuery } from "@/lib/success/portfolio-query";
import { classifySchedule, type AccountScheduleStatus } from "@/lib/onboarding/schedule-status";
import { dayMs } from "@/lib/time";
import { todayInZoneSql } from "@/server/platform";

// Same definitions as lib/onboarding/schedule-status.ts (the customer's plan page), computed in SQL.

export type PortfolioRow = {
  id: string;
  name: string;
  status: "ONBOARDING" | "LIVE" | "PAUSED" | "CHURNED";
  kickoffDate: Date;
  templateName: string | null;
  csmName: string | null;
  csmMembershipId: string | null;
  progressPercent: number;
  healthScore: number | null;
  scheduleStatus: AccountScheduleStatus;
  daysSinceCustomerActivity: number | null;
  daysSinceVendorTouch: number | null;
  overdueTasks: number;
  openHelpRequests: number;
  nextCheckInAt: Date | null;
  lastCheckInAnswer: "ON_TRACK" | "SOME_CONCERNS" | "OFF_TRACK" | null;
};

const orderColumns: Record<PortfolioQuery["sort"], Prisma.Sql> = {
  health: Prisma.sql`"healthScore"`,
  name: Prisma.sql`lower(name)`,
  progress: Prisma.sql`"progressPercent"`,
  lastActivity: Prisma.sql`"lastCustomerActivityAt"`,
  vendorTouch: Prisma.sql`"lastVendorTouchAt"`,
  overdue: Prisma.sql`"overdueTasks"`,
  nextCheckIn: Prisma.sql`"nextCheckInAt"`,
  kickoff: Prisma.sql`"kickoffDate"`,
};

// Timestamps are stored as UTC wall-clock time (timestamp without time zone), hence the ISO cast.
const stalledBeforeSql = (now: Date) => Prisma.sql`(${now.toISOString()}::timestamp - make_interval(days => o."stallDays"))`;
const neglectedBeforeSql = (now: Date) => Prisma.sql`(${now.toISOString()}::timestamp - make_interval(days => o."neglectDays"))`;

// Today in each account's own time zone: overdue is judged there, as on the customer's plan page.
const todaySql = (now: Date) => todayInZoneSql(now, Prisma.sql`a.timezone`);

function whereClause(scope: StaffScope, query: PortfolioQuery, now: Date): Prisma.Sql {
  const today = todaySql(now);
  const conditions: Prisma.Sql[] = [
    Prisma.sql`a."organizationId" = ${scope.organizationId}`,
    reachableAccountSql(scope, "a", "o"),
  ];
  if (query.scope === "mine") conditions.push(Prisma.sql`a."csmMembershipId" = ${scope.membershipId}`);
  if (query.status) conditions.push(Prisma.sql`a.status = ${query.status}::"AccountStatus"`);
  if (query.templateId) conditions.push(Prisma.sql`tv."templateId" = ${query.templateId}`);
  if (query.search) conditions.push(Prisma.sql`a.name ILIKE ${`%${query.search.replace(/[\\%_]/g, "\\$&")}%`}`);
  const active = Prisma.sql`a.status IN ('ONBOARDING', 'LIVE')`;
  if (query.filter === "atRisk") conditions.push(Prisma.sql`${active} AND a."healthScore" < ${atRiskBelow}`);
  if (query.filter === "stalled") {
    conditions.push(Prisma.sql`${active} AND COALESCE(a."lastCustomerActivityAt", a."kickoffDate") < ${stalledBeforeSql(now)}
      AND EXISTS (SELECT 1 FROM "AccountTask" t WHERE t."customerAccountId" = a.id AND t.status = 'OPEN')`);
  }
  if (query.filter === "behind") {
    conditions.push(Prisma.sql`${active} AND EXISTS (SELECT 1 FROM "AccountTask" t
      WHERE t."customerAccountId" = a.id AND t.status = 'OPEN' AND t.required AND t."dueDate" < ${today})`);
  }
  if (query.filter === "neglected")
    conditions.push(Prisma.sql`${active} AND COALESCE(a."lastVendorTouchAt", a."kickoffDate") < ${neglectedBeforeSql(now)}`);
  return Prisma.join(conditions, " AND ");
}

export async function listPortfolio(scope: StaffScope, query: PortfolioQuery, now = new Date()) {
  const where = whereClause(scope, query, now);
  const today = todaySql(now);
  const direction = query.direction === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const offset = (query.page - 1) * query.pageSize;

  const countQuery = db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "CustomerAccount" a
    JOIN "Organization" o ON o.id = a."organizationId"
    LEFT JOIN "TemplateVersion" tv ON tv.id = a."templateVersionId" WHERE ${where}`;

  const rowsQuery = db.$queryRaw<
    (Omit<PortfolioRow, "scheduleStatus" | "daysSinceCustomerActivity" | "daysSinceVendorTouch"> & {
      lastCustomerActivityAt: Date | null;
      lastVendorTouchAt: Date | null;
      behind: boolean;
      hasOpenRequired: boolean;
      stalledBefore: Date;
    })[]
  >`
    SELECT * FROM (
      SELECT a.id, a.name, a.status::text AS status, a."kickoffDate", a."progressPercent", a."healthScore",
        a."lastCustomerActivityAt", a."lastVendorTouchAt", a."csmMembershipId", ${stalledBeforeSql(now)} AS "stalledBefore",
        tmpl.name AS "templateName", u.name AS "csmName",
        (SELECT count(*)::int FROM "AccountTask" t WHERE t."customerAccountId" = a.id AND t.status = 'OPEN' AND t."dueDate" < ${today}) AS "overdueTasks",
        EXISTS (SELECT 1 FROM "AccountTask" t WHERE t."customerAccountId" = a.id AND t.status = 'OPEN' AND t.required AND t."dueDate" < ${today}) AS behind,
        EXISTS (SELECT 1 FROM "AccountTask" t WHERE t."customerAccountId" = a.id AND t.status = 'OPEN' AND t.required) AS "hasOpenRequired",
        (SELECT count(*)::int FROM "HelpRequest" h WHERE h."customerAccountId" = a.id AND h.status = 'OPEN') AS "openHelpRequests",
        (SELECT min(c."scheduledFor") FROM "CheckIn" c WHERE c."customerAccountId" = a.id AND c.status = 'SCHEDULED') AS "nextCheckInAt",
        (SELECT c.answer::text FROM "CheckIn" c WHERE c."customerAccountId" = a.id AND c.answer IS NOT NULL ORDER BY c."answeredAt" DESC LIMIT 1) AS "lastCheckInAnswer"
      FROM "CustomerAccount" a
      JOIN "Organization" o ON o.id = a."organizationId"
      LEFT JOIN "TemplateVersion" tv ON tv.id = a."templateVersionId"
      LEFT JOIN "ChecklistTemplate" tmpl ON tmpl.id = tv."templateId"
      LEFT JOIN "Membership" m ON m.id = a."csmMembershipId"
      LEFT JOIN "User" u ON u.id = m."userId"
      WHERE ${where}
    ) AS portfolio
    ORDER BY ${orderColumns[query.sort]} ${direction} NULLS LAST, id ASC
    LIMIT ${query.pageSize} OFFSET ${offset}`;
  const [[countRow], rows] = await Promise.all([countQuery, rowsQuery]);

  const daysSince = (date: Date | null) => (date ? Math.max(0, Math.floor((now.getTime() - date.getTime()) / dayMs)) : null);
  return {
    total: countRow?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    rows: rows.map(
      ({ lastCustomerActivityAt, lastVendorTouchAt, behind, hasOpenRequired, stalledBefore, ...row }): PortfolioRow => {
        const lastSeen = lastCustomerActivityAt ?? row.kickoffDate;
        const scheduleStatus: AccountScheduleStatus =
          row.status === "PAUSED"
            ? "paused"
            : row.status === "CHURNED"
              ? "churned"
              : classifySchedule({ hasOpenRequired, hasOverdueRequired: behind, idle: lastSeen <= stalledBefore });
        return {
          ...row,
          scheduleStatus,
          daysSinceCustomerActivity: daysSince(lastCustomerActivityAt),
          daysSinceVendorTouch: daysSince(lastVendorTouchAt),
        };
      },
    ),
  };
}
