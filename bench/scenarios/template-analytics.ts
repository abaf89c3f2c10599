// Template funnel analytics over 10,000 accounts (portfolio.templateAnalytics) for the most used template,
// against its floor: the same funnel, milestone, cohort and check-in aggregates as one SQL statement.
// The app runs its five aggregate queries concurrently on its connection pool; the floor runs serially.
import { timeSequential } from "../lib/stats";
import { queryUrl } from "../lib/trpc-http";
import { ms, type Scenario } from "./scenario";

// The accounts of the template are found once; every aggregate then joins on them by primary key.
export const analyticsFloorSql = `
  WITH accts AS (
    SELECT a.id, a."kickoffDate" FROM "CustomerAccount" a JOIN "TemplateVersion" tv ON tv.id = a."templateVersionId"
    WHERE a."organizationId" = $1 AND tv."templateId" = $2
  ), steps AS (
    SELECT m.title AS milestone, t.title AS task, count(*)::int AS accounts,
      count(*) FILTER (WHERE t.status = 'DONE')::int AS completed,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (t."completedAt" - a."kickoffDate")) / 86400)
        FILTER (WHERE t.status = 'DONE') AS median, min(m.position) AS mp, min(t.position) AS tp
    FROM accts a JOIN "AccountTask" t ON t."customerAccountId" = a.id JOIN "AccountMilestone" m ON m.id = t."milestoneId"
    GROUP BY m.title, t.title
  ), milestones AS (
    SELECT m.title AS milestone, count(*)::int AS accounts, count(m."reachedAt")::int AS reached,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (m."reachedAt" - a."kickoffDate")) / 86400)
        FILTER (WHERE m."reachedAt" IS NOT NULL) AS median, min(m.position) AS mp
    FROM accts a JOIN "AccountMilestone" m ON m."customerAccountId" = a.id
    GROUP BY m.title
  ), first_value AS (
    SELECT DISTINCT ON (m."customerAccountId") m."customerAccountId", m."reachedAt"
    FROM accts a JOIN "AccountMilestone" m ON m."customerAccountId" = a.id
    WHERE EXISTS (SELECT 1 FROM "AccountTask" t WHERE t."milestoneId" = m.id AND t.required)
    ORDER BY m."customerAccountId", m.position
  ), cohorts AS (
    SELECT to_char(date_trunc('month', a."kickoffDate"), 'YYYY-MM') AS cohort, count(*)::int AS accounts,
      count(f."reachedAt")::int AS reached,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (f."reachedAt" - a."kickoffDate")) / 86400)
        FILTER (WHERE f."reachedAt" IS NOT NULL) AS median
    FROM accts a LEFT JOIN first_value f ON f."customerAccountId" = a.id GROUP BY 1
  ), answers AS (
    SELECT c."dayOffset", c.answer::text AS answer, count(*)::int AS count
    FROM accts a JOIN "CheckIn" c ON c."customerAccountId" = a.id WHERE c.answer IS NOT NULL GROUP BY 1, 2
  )
  SELECT (SELECT count(*) FROM accts)::int AS total,
    (SELECT json_agg(steps ORDER BY mp, tp, task) FROM steps) AS steps,
    (SELECT json_agg(milestones ORDER BY mp, milestone) FROM milestones) AS milestones,
    (SELECT json_agg(cohorts ORDER BY cohort) FROM cohorts) AS cohorts,
    (SELECT json_agg(answers ORDER BY "dayOffset", answer) FROM answers) AS answers`;

export const templateAnalyticsScenario: Scenario = {
  id: "template-analytics",
  title: "Template funnel analytics (most used template)",
  async run(context) {
    const runs = context.quick ? 8 : 30;
    const warmup = context.quick ? 2 : 5;
    const template = await context.pool.query<{ id: string; name: string; accounts: number }>(
      `SELECT t.id, t.name, count(a.id)::int AS accounts FROM "ChecklistTemplate" t
       JOIN "TemplateVersion" tv ON tv."templateId" = t.id JOIN "CustomerAccount" a ON a."templateVersionId" = tv.id
       WHERE t."organizationId" = $1 GROUP BY t.id ORDER BY accounts DESC LIMIT 1`,
      [context.organizationId],
    );
    const chosen = template.rows[0];
    if (!chosen) throw new Error("The bench organization has no template with accounts");
    const url = queryUrl(context.baseUrl, "portfolio.templateAnalytics", { templateId: chosen.id });
    const first = await fetch(url, { headers: { cookie: context.staffCookie } });
    if (!first.ok) throw new Error(`portfolio.templateAnalytics answered ${first.status}`);
    const app = await timeSequential(
      async () => {
        const response = await fetch(url, { headers: { cookie: context.staffCookie } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`portfolio.templateAnalytics answered ${response.status}`);
      },
      runs,
      warmup,
    );
    // The floor gets what a hand-tuned reporting query would: enough memory to sort in RAM and no JIT
    // compilation (which costs more than it saves on a sub-second query).
    const floor = await timeSequential(
      async () => {
        const client = await context.pool.connect();
        try {
          await client.query("BEGIN");
          await client.query("SET LOCAL work_mem = '64MB'");
          await client.query("SET LOCAL jit = off");
          await client.query(analyticsFloorSql, [context.organizationId, chosen.id]);
          await client.query("COMMIT");
        } finally {
          client.release();
        }
      },
      runs,
      warmup,
    );
    return {
      status: "measured",
      measurements: [
        { metric: "p50", app: ms(app.p50), reference: ms(floor.p50), target: "≤ 2× floor", met: app.p50 <= 2 * floor.p50 },
        { metric: "p95", app: ms(app.p95), reference: ms(floor.p95), target: "≤ 2× floor", met: app.p95 <= 2 * floor.p95 },
      ],
      notes: [
        `"${chosen.name}": ${chosen.accounts.toLocaleString("en-US")} accounts; ${runs} sequential requests after ${warmup} warm-up.`,
      ],
    };
  },
};
