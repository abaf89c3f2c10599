// Usage: npm run bench [-- --skip-build] [-- --quick] [-- --full] [-- --only portfolio,plan-page] [-- --reseed]
// Seeds the bench database if it is empty, builds the app for production, starts it on a free port, runs
// every scenario of bench/scenarios/index.ts, prints the table and writes bench/results.md. Every process
// it starts is stopped at the end.
import { parseArgs } from "node:util";
import { benchDatabaseUrl, databaseExists, ensureBenchDatabase, openPool } from "./lib/database";
import { buildApp, startApp, type AppServer } from "./lib/app-server";
import { terminalTable, writeResultsMarkdown, type ScenarioOutcome } from "./lib/report";
import { createSessions, deleteBenchSessions } from "./lib/sessions";
import { scenarios } from "./scenarios";
import type { BenchContext } from "./scenarios/scenario";
import { benchOrganizationSlug, benchOwnerEmail } from "./seed/content";
import { seedBench } from "./seed/seed-bench";

const { values } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    full: { type: "boolean", default: false },
    reseed: { type: "boolean", default: false },
    only: { type: "string" },
    accounts: { type: "string", default: process.env.BENCH_ACCOUNTS ?? "10000" },
  },
});

const started = Date.now();
const url = benchDatabaseUrl();
const log = (message: string) => process.stderr.write(`${message}\n`);

async function findOrganization(): Promise<string | null> {
  if (!(await databaseExists(url))) return null;
  const pool = openPool(url, 1);
  try {
    const result = await pool.query<{ id: string }>(`SELECT id FROM "Organization" WHERE slug = $1`, [benchOrganizationSlug]);
    return result.rows[0]?.id ?? null;
  } catch {
    return null; // not migrated yet
  } finally {
    await pool.end();
  }
}

let organizationId = values.reseed ? null : await findOrganization();
if (!organizationId) {
  log(`Seeding the bench database with ${values.accounts} accounts (once; later runs reuse it)…`);
  await seedBench(Number(values.accounts));
  organizationId = await findOrganization();
  if (!organizationId) throw new Error("Seeding did not create the bench organization");
} else {
  await ensureBenchDatabase(url);
}

buildApp({ skipIfBuilt: values["skip-build"] });
const pool = openPool(url, 10);
const selected = values.only ? scenarios.filter((scenario) => values.only!.split(",").includes(scenario.id)) : scenarios;
const outcomes: ScenarioOutcome[] = [];
let app: AppServer | undefined;
try {
  app = await startApp(url);
  log(`App started at ${app.baseUrl}`);
  const owner = await pool.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [benchOwnerEmail]);
  const staffCookie = (await createSessions(pool, [owner.rows[0]!.id])).values().next().value!;
  const context: BenchContext = {
    baseUrl: app.baseUrl,
    databaseUrl: url,
    pool,
    organizationId,
    staffCookie,
    quick: values.quick,
    full: values.full,
    log,
    async customerCookies(accountIds) {
      const champions = await pool.query<{ accountId: string; userId: string }>(
        `SELECT DISTINCT ON ("customerAccountId") "customerAccountId" AS "accountId", "userId" FROM "AccountMember"
         WHERE "customerAccountId" = ANY($1::text[]) ORDER BY "customerAccountId", role`,
        [accountIds],
      );
      const byUser = await createSessions(
        pool,
        champions.rows.map((row) => row.userId),
      );
      return new Map(champions.rows.map((row) => [row.accountId, byUser.get(row.userId)!]));
    },
  };
  for (const scenario of selected) {
    log(`▶ ${scenario.title}`);
    const scenarioStarted = Date.now();
    try {
      outcomes.push({ scenario, result: await scenario.run(context) });
    } catch (error) {
      outcomes.push({ scenario, result: { status: "failed", error: error instanceof Error ? error.message : String(error) } });
    }
    log(`  done in ${((Date.now() - scenarioStarted) / 1000).toFixed(1)}s`);
  }
} finally {
  await app?.stop();
  await deleteBenchSessions(pool).catch(() => undefined);
}

const accounts = await pool.query<{ count: number }>(
  `SELECT count(*)::int AS count FROM "CustomerAccount" WHERE "organizationId" = $1`,
  [organizationId],
);
const version = await pool.query<{ server_version: string }>("SHOW server_version");
await pool.end();
console.log(`\n${terminalTable(outcomes)}\n`);
const file = writeResultsMarkdown(outcomes, {
  accounts: accounts.rows[0]?.count ?? 0,
  postgres: `PostgreSQL ${version.rows[0]?.server_version ?? "?"}`,
  seconds: (Date.now() - started) / 1000,
});
console.log(`Results written to ${file}`);
