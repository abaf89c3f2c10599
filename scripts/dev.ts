// `npm run dev`: the whole product on one machine with no accounts or keys. Starts the embedded
// PostgreSQL unless DATABASE_URL is set, applies migrations, seeds the demo on first start, starts the
// job worker in-process, then serves the app (mail goes to the dev outbox unless RESEND_API_KEY is set).
import { spawn } from "node:child_process";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../server/db/embedded-postgres";
import { applyMigrations } from "../server/db/migrations";
import { ensureDevAuthSecret, ensureDevSsoKey } from "./lib/local-secret";
import { embeddedDataDir, loadDotEnv } from "./lib/with-database";

loadDotEnv();
ensureDevAuthSecret();
ensureDevSsoKey();
const port = process.env.PORT ?? "3000";
process.env.APP_URL ??= `http://localhost:${port}`;
process.env.NEXT_TELEMETRY_DISABLED = "1";

let embedded: EmbeddedPostgres | undefined;
if (!process.env.DATABASE_URL) {
  console.log("Starting the embedded PostgreSQL (data in .onward/pgdata)…");
  embedded = await startEmbeddedPostgres({
    dataDir: embeddedDataDir,
    port: Number(process.env.ONWARD_EMBEDDED_DB_PORT ?? 54329),
  });
  process.env.DATABASE_URL = embedded.url;
  process.env.DATABASE_POOL_SIZE ??= "1";
  process.env.ONWARD_EMBEDDED_DB = "1";
}

const applied = await applyMigrations(process.env.DATABASE_URL);
if (applied.length) console.log(`Applied ${applied.length} migration(s).`);

const { seedDemo, isDemoSeeded } = await import("../server/platform/demo");
if (!(await isDemoSeeded())) {
  console.log("Seeding the demo organization (first start)…");
  await seedDemo();
}
const { listDemoSignIns } = await import("../server/platform/demo");
const people = await listDemoSignIns();
console.log(
  `\nOnward is starting on ${process.env.APP_URL}\nSign in as any demo person; the link appears in ${process.env.APP_URL}/dev/outbox and in this log:`,
);
for (const person of people) console.log(`  ${person.email.padEnd(42)} ${person.label}`);
console.log("");

// The worker runs in this process in development (npm run worker is its production twin).
const { startWorker } = await import("../server/jobs/worker");
const worker = await startWorker(process.env.DATABASE_URL, { embedded: Boolean(embedded) });

// Bound to this machine only: the dev outbox shows everyone's sign-in links, so other machines on the
// network must not reach it. ONWARD_DEV_HOST=0.0.0.0 opts in (e.g. to try the app from a phone).
const host = process.env.ONWARD_DEV_HOST ?? "127.0.0.1";
const next = spawn("node_modules/.bin/next", ["dev", "--port", port, "--hostname", host], {
  stdio: "inherit",
  env: process.env,
});

async function shutdown(code: number) {
  next.kill("SIGTERM");
  await worker.stop().catch(() => undefined);
  await embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
next.on("exit", (code) => void shutdown(code ?? 0));
