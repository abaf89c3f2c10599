// Analytics for one checklist template across every account that started from any of its versions:
// where accounts drop off (task and milestone funnel), how long steps take, time to first value by
// kickoff-month cohort, and how customers answer check-ins. All aggregation happens in PostgreSQL.
import { db } from "../../db";
import { notFound } from "../../errors";
import type { ProvenOrganizationId } from "../../identity/scope";

export type FunnelStep = {
  milestone: string;
  task: string;
  accounts: number;
  completed: number;
  // Median days from kickoff to completion, among accounts that completed the step.
  medianDaysToComplete: number | null;
};

export async function getTemplateAnalytics(organizationId: ProvenOrganizationId, templateId: string) {
  const template = await db.checklistTemplate.findFirst({
    where: { id: templateId, organizationId },
    select: { id: true, name: true },
  });
  if (!template) throw notFound("Template");

  const scope = { organizationId, templateId };
  const [accounts, steps, milestones, cohorts, answers] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "CustomerAccount" a JOIN "TemplateVersion" tv ON tv.id = a."templateVersionId"
      WHERE a."organizationId" = ${scope.organizationId} AND tv."templateId" = ${scope.templateId}`,
    db.$queryRaw<FunnelStep[]>`
      SELECT m.title AS milestone, t.title AS task, count(*)::int AS accounts,
        count(*) FILTER (WHERE t.status = 'DONE')::int AS completed,
        round((percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (t."completedAt" - a."kickoffDate")) / 86400)
          FILTER (WHERE t.status = 'DONE'))::numeric, 1)::float AS "medianDaysToComplete"
      FROM "AccountTask" t
      JOIN "AccountMilestone" m ON m.id = t."milestoneId"
      JOIN "CustomerAccount" a ON a.id = t."customerAccountId"
      JOIN "TemplateVersion" tv ON tv.id = a."templateVersionId"
      WHERE a."organizationId" = ${scope.organizationId} AND tv."templateId" = ${scope.templateId}
      GROUP BY m.title, t.title
      ORDER BY min(m.position), min(t.position), t.title`,
    db.$queryRaw<{ milestone: string; accounts: number; reached: number; medianDaysToReach: number | null }[]>`
      SELECT m.title AS milestone, count(*)::int AS accounts, count(m."reachedAt")::int AS reached,
        round((percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (m."reachedAt" - a."kickoffDate")) / 86400)
          FILTER (WHERE m."reachedAt" IS NOT NULL))::numeric, 1)::float AS "medianDaysToReach"
      FROM "AccountMilestone" m
      JOIN "CustomerAccount" a ON a.id = m."customerAccountId"
      JOIN "TemplateVersion" tv ON tv.id = a."templateVersionId"
      WHERE a."organizationId" = ${scope.organizationId} AND tv."templateId" = ${scope.templateId}
      GROUP BY m.title ORDER BY min(m.position), m.title`,
    // First value: the first milestone (by position) that holds a required task.
    db.$queryRaw<{ cohort: string; accounts: number; reached: number; medianDays: number | null }[]>`
      WITH first_value AS (
        SELECT DISTINCT ON (m."customerAccountId") m."customerAccountId", m."reachedAt"
        FROM "AccountMilestone" m
        WHERE m."organizationId" = ${scope.organizationId}
          AND EXISTS (SELECT 1 FROM "AccountTask" t WHERE t."milestoneId" = m.id AND t.required)
        ORDER BY m."customerAccountId", m.position
      )
      SELECT to_char(date_trunc('month', a."kickoffDate"), 'YYYY-MM') AS cohort, count(*)::int AS accounts,
        count(f."reachedAt")::int AS reached,
        round((percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (f."reachedAt" - a."kickoffDate")) / 86400)
          FILTER (WHERE f."reachedAt" IS NOT NULL))::numeric, 1)::float AS "medianDays"
      FROM "CustomerAccount" a
      JOIN "TemplateVersion" tv ON tv.id = a."templateVersionId"
      LEFT JOIN first_value f ON f."customerAccountId" = a.id
      WHERE a."organizationId" = ${scope.organizationId} AND tv."templateId" = ${scope.templateId}
      GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ dayOffset: number; answer: "ON_TRACK" | "SOME_CONCERNS" | "OFF_TRACK"; count: number }[]>`
      SELECT c."dayOffset", c.answer::text AS answer, count(*)::int AS count
      FROM "CheckIn" c
      JOIN "CustomerAccount" a ON a.id = c."customerAccountId"
      JOIN "TemplateVersion" tv ON tv.id = a."templateVersionId"
      WHERE a."organizationId" = ${scope.organizationId} AND tv."templateId" = ${scope.templateId} AND c.answer IS NOT NULL
      GROUP BY 1, 2 ORDER BY 1, 2`,
  ]);

  return {
    template,
    totalAccounts: accounts[0]?.total ?? 0,
    steps,
    milestones,
    timeToFirstValue: cohorts,
    checkInAnswers: answers,
  };
}
