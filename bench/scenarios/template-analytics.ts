// Template funnel analytics over 10,000 accounts (portfolio.templateAnalytics) for the most used template,
// against its floor: the same funnel, milestone, cohort and check-in aggregates as hand-written SQL via pg.
import type pg from "pg";
import { timeSequential } from "../lib/stats";
import { queryUrl } from "../lib/trpc-http";
import { ms, type Scenario } from "./scenario";

// The template's accounts, found once per statement; every aggregate then joins on them by primary key.
const accounts = `WITH accts AS MATERIALIZED (
    SELECT a.id, a."kickoffDate" FROM "CustomerAccount" a JOIN "TemplateVersion" tv ON tv.id = a."templateVersionId"
    WHERE a."organizationId" = $1 AND tv."templateId" = $2
  )`;

// The same five aggregates as the service, as hand-written SQL; the floor runs them concurrently like the
// app does, each with enough memory to sort in RAM and without JIT compilation.
export const analyticsFloorStatements = [
  `${accounts} SELECT count(*)::int AS total FROM accts`,
  `${accounts} SELECT m.title AS milestone, t.title AS task, count(*)::int AS accounts,
      count(*) FILTER (WHERE t.status = 'DONE')::int AS completed,
      round((percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (t."completedAt" - a."kickoffDate")) / 86400)
        FILTER (WHERE t.status = 'DONE'))::numeric, 1)::float AS median
    FROM accts a JOIN "AccountTask" t ON t."customerAccountId" = a.id JOIN "AccountMilestone" m ON m.id = t."milestoneId"
    GROUP BY m.title, t.title ORDER BY min(m.position), min(t.position), t.title`,
  `${accounts} SELECT m.title AS milestone, count(*)::int AS accounts, count(m."reachedAt")::int AS reached,
      round((percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (m."reachedAt" - a."kickoffDate")) / 86400)
        FILTER (WHERE m."reachedAt" IS NOT NULL))::numeric, 1)::float AS median
    FROM accts a JOIN "AccountMilestone" m ON m."customerAccountId" = a.id
    GROUP BY m.title ORDER BY min(m.position), m.title`,
  `${accounts}, first_value AS (
      SELECT DISTINCT ON (m."customerAccountId") m."customerAccountId", m."reachedAt"
      FROM accts a JOIN "AccountMilestone" m ON m."customerAccountId" = a.id
      WHERE EXISTS (SELECT 1 FROM "AccountTask" t WHERE t."milestoneId" = m.id AND t.required)
      ORDER BY m."customerAccountId", m.position
    )
    SELECT to_char(date_trunc('month', a."kickoffDate"), 'YYYY-MM') AS cohort, count(*)::int AS accounts,
      count(f."reachedAt")::int AS reached,
      round((percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (f."reachedAt" - a."kickoffDate")) / 86400)
        FILTER (WHERE f."reachedAt" IS NOT NULL))::numeric, 1)::float AS median
    FROM accts a LEFT JOIN first_value f ON f."customerAccountId" = a.id GROUP BY 1 ORDER BY 1`,
  `${accounts} SELECT c."dayOffset", c.answer::text AS answer, count(*)::int AS count
    FROM accts a JOIN "CheckIn" c ON c."customerAccountId" = a.id WHERE c.answer IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
];

async function runTuned(pool: pg.Pool, sql: string, parameters: unknown[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL work_mem = '64MB'");
    await client.query("SET LOCAL jit = off");
    await client.query(sql, parameters);
    await client.query("COMMIT");
  } finally {
    client.release();
  }
}

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
    const parameters = [context.organizationId, chosen.id];
    const floor = await timeSequential(
      () => Promise.all(analyticsFloorStatements.map((sql) => runTuned(context.pool, sql, parameters))),
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
