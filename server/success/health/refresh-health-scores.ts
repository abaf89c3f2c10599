// Recomputes and stores accounts' health scores. Inputs are gathered with a few set-based queries (no
// per-account round trips), so a whole organization of 10,000 accounts refreshes in one pass. Called
// after anything that moves a factor, and hourly because recency factors decay with time. A score that
// crosses a band (healthy / watch / at risk) announces itself as `health.band_changed`, in the same
// transaction as the new score.
import { Prisma } from "../../generated/prisma/client";
import { db } from "../../db";
import { recordDomainEvents } from "../../platform/events";
import { computeHealth, defaultHealthWeights, healthBand, healthWeightsSchema, type HealthInputs } from "./compute-health";
import { goalProgressPercent } from "../../../lib/onboarding/goal-progress";
import { goalTimeElapsed } from "./goal-time-elapsed";

const dayMs = 86_400_000;

type InputRow = {
  id: string;
  status: HealthInputs["status"];
  kickoffDate: Date;
  lastCustomerActivityAt: Date | null;
  lastVendorTouchAt: Date | null;
  requiredDue: number;
  requiredDoneOfDue: number;
  overdue: number;
  latestAnswer: HealthInputs["latestCheckInAnswer"];
  openHelp: number;
  oldestHelp: Date | null;
};

export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

const daysBetween = (from: Date, to: Date) => Math.max(0, Math.floor((to.getTime() - from.getTime()) / dayMs));

export async function loadHealthInputs(organizationId: string, accountIds: string[] | null, now: Date) {
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  const today = startOfUtcDay(now);
  const onlyThese = accountIds ? Prisma.sql`AND a.id = ANY(${accountIds}::text[])` : Prisma.empty;
  // Aggregate only the requested accounts' rows: refreshing one account must not scan the organization.
  const onlyTheirRows = accountIds ? Prisma.sql`AND "customerAccountId" = ANY(${accountIds}::text[])` : Prisma.empty;
  const rows = await db.$queryRaw<InputRow[]>`
    SELECT a.id, a.status::text AS status, a."kickoffDate", a."lastCustomerActivityAt", a."lastVendorTouchAt",
      COALESCE(t.required_due, 0)::int AS "requiredDue",
      COALESCE(t.required_done, 0)::int AS "requiredDoneOfDue",
      COALESCE(t.overdue, 0)::int AS overdue,
      ci.answer::text AS "latestAnswer",
      COALESCE(h.open_count, 0)::int AS "openHelp",
      h.oldest AS "oldestHelp"
    FROM "CustomerAccount" a
    LEFT JOIN (
      SELECT "customerAccountId",
        count(*) FILTER (WHERE required AND "dueDate" <= ${today}) AS required_due,
        count(*) FILTER (WHERE required AND "dueDate" <= ${today} AND status = 'DONE') AS required_done,
        count(*) FILTER (WHERE status = 'OPEN' AND "dueDate" < ${today}) AS overdue
      FROM "AccountTask" WHERE "organizationId" = ${organizationId} ${onlyTheirRows} GROUP BY 1
    ) t ON t."customerAccountId" = a.id
    LEFT JOIN LATERAL (
      SELECT answer FROM "CheckIn" c WHERE c."customerAccountId" = a.id AND c.answer IS NOT NULL
      ORDER BY c."answeredAt" DESC LIMIT 1
    ) ci ON true
    LEFT JOIN (
      SELECT "customerAccountId", count(*) AS open_count, min("createdAt") AS oldest
      FROM "HelpRequest" WHERE "organizationId" = ${organizationId} AND status = 'OPEN' ${onlyTheirRows} GROUP BY 1
    ) h ON h."customerAccountId" = a.id
    WHERE a."organizationId" = ${organizationId} ${onlyThese}`;
  const goals = await db.goal.findMany({
    where: { organizationId, status: "ACTIVE", ...(accountIds ? { customerAccountId: { in: accountIds } } : {}) },
    select: { customerAccountId: true, baseline: true, target: true, current: true, createdAt: true, targetDate: true },
  });
  const goalsByAccount = new Map<string, typeof goals>();
  for (const goal of goals)
    goalsByAccount.set(goal.customerAccountId, [...(goalsByAccount.get(goal.customerAccountId) ?? []), goal]);
  const parsedWeights = healthWeightsSchema.safeParse(organization.healthWeights);
  const weights = parsedWeights.success ? parsedWeights.data : defaultHealthWeights;
  const thresholds = {
    stallDays: organization.stallDays,
    neglectDays: organization.neglectDays,
    helpResponseHours: organization.helpResponseHours,
  };
  return {
    weights,
    accounts: rows.map((row) => ({
      id: row.id,
      inputs: {
        status: row.status,
        daysSinceKickoff: Math.floor((today.getTime() - row.kickoffDate.getTime()) / dayMs),
        requiredDueByToday: row.requiredDue,
        requiredDoneOfDue: row.requiredDoneOfDue,
        overdueTasks: row.overdue,
        daysSinceCustomerActivity: row.lastCustomerActivityAt ? daysBetween(row.lastCustomerActivityAt, now) : null,
        latestCheckInAnswer: row.latestAnswer,
        openHelpRequests: row.openHelp,
        oldestHelpRequestHours: row.oldestHelp ? (now.getTime() - row.oldestHelp.getTime()) / 3_600_000 : null,
        goals: (goalsByAccount.get(row.id) ?? []).map((goal) => ({
          progress: goalProgressPercent(goal) / 100,
          elapsed: goalTimeElapsed(goal, now),
        })),
        daysSinceVendorTouch: row.lastVendorTouchAt ? daysBetween(row.lastVendorTouchAt, now) : null,
        thresholds,
      } satisfies HealthInputs,
    })),
  };
}

export async function refreshHealthScores(
  organizationId: string,
  accountIds: string[] | null = null,
  now = new Date(),
): Promise<number> {
  const { weights, accounts } = await loadHealthInputs(organizationId, accountIds, now);
  if (accounts.length === 0) return 0;
  const ids = accounts.map((account) => account.id);
  const scores = accounts.map((account) => computeHealth(account.inputs, weights).score);
  await db.$transaction(async (tx) => {
    // Rows are locked in id order (two whole-organization refreshes never deadlock) and read as they are
    // when locked, so a concurrent refresh's score is the "before" of this one: each crossing is told once.
    const changed = await tx.$queryRaw<{ id: string; before: number | null; after: number }[]>`
      WITH v AS (SELECT unnest(${ids}::text[]) AS id, unnest(${scores}::int[]) AS score),
      old AS (
        SELECT a.id, a."healthScore" FROM "CustomerAccount" a JOIN v ON v.id = a.id
        WHERE a."organizationId" = ${organizationId} ORDER BY a.id FOR UPDATE OF a
      )
      UPDATE "CustomerAccount" AS a SET "healthScore" = v.score
      FROM v JOIN old ON old.id = v.id
      WHERE a.id = v.id AND a."healthScore" IS DISTINCT FROM v.score
      RETURNING a.id, old."healthScore" AS before, v.score AS after`;
    const crossings = changed.filter((row) => row.before === null || healthBand(row.before) !== healthBand(row.after));
    await recordDomainEvents(
      tx,
      crossings.map((row) => ({
        type: "health.band_changed",
        organizationId,
        accountId: row.id,
        data: {
          accountId: row.id,
          from: row.before === null ? null : healthBand(row.before),
          to: healthBand(row.after),
          score: row.after,
        },
      })),
    );
  });
  return accounts.length;
}
