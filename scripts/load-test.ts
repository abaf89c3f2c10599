// `npm run test:load`: the load and fault test. Builds the app for production (or reuses .next with
// --skip-build), starts a private PostgreSQL (or uses --database-url), seeds the customers with the test
// factories, starts `next start` and the worker (`scripts/worker.ts`) against it, runs the virtual
// customers through a steady phase and a PostgreSQL restart (tests/load/run-phases.ts), then counts the
// completions in the database and prints the summary. Exits non-zero when a check fails.
//
//   npm run test:load                               200 customers, 60 s steady, then the restart
//   npm run test:load -- --ci                       the shorter CI variant (still one restart)
//   npm run test:load -- --customers 50 --seconds 20 --skip-build --stop-mode immediate
//   npm run test:load -- --database-url postgresql://…/onward_load --restart-command "systemctl restart postgresql"
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildApp, startApp, type AppServer } from "../bench/lib/app-server";
import { openPool } from "../bench/lib/database";
import { createSessions } from "../bench/lib/sessions";
import { startFakeResend } from "../tests/support/fake-resend-server";
import { auditCompletions } from "../tests/load/completion-audit";
import { databaseUrlOn, loadDatabaseName, recreateLoadDatabase } from "../tests/load/load-database";
import { analyseSamples } from "../tests/load/analyse-samples";
import { createRecorder } from "../tests/load/metrics";
import { createPrivatePostgres, externalPostgres, type DatabaseServer, type StopMode } from "../tests/load/private-postgres";
import { drainPending, runPhases } from "../tests/load/run-phases";
import { seedCustomers } from "../tests/load/seed-customers";
import { checksOf, formatSummary } from "../tests/load/summary";
import { createVirtualCustomer } from "../tests/load/virtual-customer";
import { startWorkerProcess, type WorkerProcess } from "../tests/load/worker-process";
import { probeWorker } from "../tests/load/worker-probe";

const { values } = parseArgs({
  options: {
    ci: { type: "boolean", default: false },
    customers: { type: "string" },
    seconds: { type: "string" },
    "after-seconds": { type: "string" },
    "down-seconds": { type: "string", default: "5" },
    "stop-mode": { type: "string", default: "fast" },
    "think-ms": { type: "string", default: "1000" },
    "timeout-ms": { type: "string", default: "15000" },
    "recovery-limit": { type: "string", default: "30" },
    tasks: { type: "string", default: "100" },
    "skip-build": { type: "boolean", default: false },
    "database-url": { type: "string" },
    "restart-command": { type: "string" },
  },
});

// The CI variant: fewer customers and seconds on CI's 2 cores, the same phases and checks.
const customersCount = Number(values.customers ?? (values.ci ? 50 : 200));
const steadySeconds = Number(values.seconds ?? (values.ci ? 20 : 60));
const afterSeconds = Number(values["after-seconds"] ?? (values.ci ? 20 : 30));
const downSeconds = Number(values["down-seconds"]);
const thinkMs = Number(values["think-ms"]);
const timeoutMs = Number(values["timeout-ms"]);
const recoveryLimit = Number(values["recovery-limit"]);
const leadSeconds = 5;
// Open tasks per customer; one who has completed them all goes on opening pages.
const tasksPerCustomer = Number(values.tasks);
const stopMode = values["stop-mode"] as StopMode;
if (stopMode !== "fast" && stopMode !== "immediate") throw new Error("--stop-mode is fast or immediate");
if (values["database-url"] && !values["restart-command"]) {
  throw new Error("--database-url needs --restart-command (how to restart that PostgreSQL mid-load)");
}

const log = (message: string) => process.stderr.write(`${message}\n`);
const cleanups: (() => Promise<unknown>)[] = [];
async function cleanUp() {
  for (const step of cleanups.splice(0).reverse()) await step().catch((error) => log(`cleanup: ${(error as Error).message}`));
}
process.on("SIGINT", () => void cleanUp().then(() => process.exit(130)));

async function main(): Promise<boolean> {
  buildApp({ skipIfBuilt: values["skip-build"] });
  const logDir = mkdtempSync(path.join(tmpdir(), "onward-load-logs-"));
  const database: DatabaseServer = values["database-url"]
    ? externalPostgres(databaseUrlOn(values["database-url"], "postgres"), values["restart-command"]!)
    : await createPrivatePostgres(stopMode);
  cleanups.push(() => database.remove());
  const databaseUrl = values["database-url"] ?? databaseUrlOn(database.adminUrl, loadDatabaseName);
  log(`Database: ${databaseUrl}${values["database-url"] ? "" : " (private server, removed at the end)"}`);
  await recreateLoadDatabase(databaseUrl);

  const resend = await startFakeResend();
  cleanups.push(() => resend.close());
  const appEnv = {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64"),
    RESEND_API_KEY: "re_load_test",
    RESEND_BASE_URL: resend.url,
    RESEND_MAX_PER_SECOND: "20",
    ONWARD_DEV_TOOLS: "false",
  };
  // The factories below use the app's Prisma client, configured from this process's environment.
  Object.assign(process.env, appEnv, { NODE_ENV: "production" });

  const seedStarted = Date.now();
  const world = await seedCustomers(customersCount, tasksPerCustomer);
  log(
    `Seeded ${customersCount} customers × ${tasksPerCustomer} open tasks in ${((Date.now() - seedStarted) / 1000).toFixed(1)}s`,
  );
  const pool = openPool(databaseUrl, 4);
  // An idle connection ended by the restart is reported here; without a listener it would crash this process.
  pool.on("error", () => {});
  cleanups.push(() => pool.end());
  const cookies = await createSessions(
    pool,
    world.customers.map((customer) => customer.userId),
  );

  const app: AppServer = await startApp(databaseUrl, appEnv, { logFile: path.join(logDir, "app.log") });
  cleanups.push(() => app.stop());
  const worker: WorkerProcess = await startWorkerProcess({ ...appEnv, APP_URL: app.baseUrl }, path.join(logDir, "worker.log"));
  cleanups.push(() => worker.stop());
  log(`App at ${app.baseUrl}, worker pid ${worker.pid}; logs in ${logDir}`);
  const workerBefore = await probeWorker(pool, databaseUrl, world.organizationId, resend, 90_000);
  log(`Worker probe before the load: ${workerBefore.detail} (${workerBefore.seconds}s)`);

  const recorder = createRecorder();
  const customers = world.customers.map((customer) =>
    createVirtualCustomer({
      baseUrl: app.baseUrl,
      cookie: cookies.get(customer.userId)!,
      customer,
      tutorialId: world.tutorialId,
      recorder,
      timeoutMs,
      thinkMs,
    }),
  );
  const timeline = await runPhases(customers, recorder, database, { steadySeconds, leadSeconds, downSeconds, afterSeconds }, log);
  const pendingAfterDrain = await drainPending(customers, recorder, 30_000);
  const workerAfter = await probeWorker(pool, databaseUrl, world.organizationId, resend, 90_000);
  log(`Worker probe after the restart: ${workerAfter.detail} (${workerAfter.seconds}s)`);

  const acknowledged = new Set(customers.flatMap((customer) => [...customer.ledger.acknowledged]));
  const attempted = new Set(customers.flatMap((customer) => [...customer.ledger.attempted]));
  const audit = await auditCompletions(pool, world.organizationId, acknowledged, attempted);
  const report = {
    customers: customersCount,
    tasksPerCustomer,
    customersOutOfTasks: customers.filter((customer) => customer.ledger.acknowledged.size === tasksPerCustomer).length,
    steadySeconds,
    ...analyseSamples(recorder.samples, timeline, recoveryLimit),
    pendingAfterDrain,
    audit,
    appAlive: app.running(),
    workerAlive: worker.running(),
    workerBefore,
    workerAfter,
  };
  const checks = checksOf(report);
  console.log(formatSummary(report, checks));
  console.log(`Logs: ${logDir}`);
  return checks.every((check) => check.ok);
}

let passed = false;
try {
  passed = await main();
} catch (error) {
  console.error(error);
} finally {
  await cleanUp();
}
process.exit(passed ? 0 : 1);
