// `npm run scheduler -- --now 2026-12-24T09:00:00Z`: runs every scheduled job once as of that time
// (check-ins, digests, health and alerts, event delivery) and prints what each did. Without --now it uses
// the current time.
import { connect } from "node:net";
import { parseArgs } from "node:util";
import { ensureDevAuthSecret } from "./lib/local-secret";
import { loadDotEnv, withDatabase } from "./lib/with-database";

const { values } = parseArgs({
  options: { now: { type: "string" }, "stale-after-seconds": { type: "string" }, "batch-size": { type: "string" } },
});
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`--now must be an ISO date-time such as 2026-12-24T09:00:00Z (got "${values.now}")`);
  process.exit(1);
}
const staleAfterSeconds = values["stale-after-seconds"] ? Number(values["stale-after-seconds"]) : undefined;
// Emails per Resend batch request (default and at most 100); smaller batches are for tests of the rate limit.
const batchSize = values["batch-size"] ? Number(values["batch-size"]) : undefined;

// While `npm run dev` is running, its embedded database is already open (PGlite allows one process
// per data directory): use it through its port instead of opening the files a second time.
function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}
loadDotEnv();
// Links in the emails are signed with AUTH_SECRET: in development, the same one `npm run dev` uses.
if (process.env.NODE_ENV !== "production") ensureDevAuthSecret();
const devPort = Number(process.env.ONWARD_EMBEDDED_DB_PORT ?? 54329);
if (!process.env.DATABASE_URL && (await portOpen(devPort))) {
  process.env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${devPort}/postgres?sslmode=disable`;
}

await withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  const { runSchedulerOnce } = await import("../server/jobs/run-scheduler-once");
  console.log(`Running the scheduler as of ${now.toISOString()}…`);
  const report = await runSchedulerOnce(now, {
    payloads: {
      "check-ins.dispatch": { staleAfterMs: staleAfterSeconds === undefined ? undefined : staleAfterSeconds * 1000, batchSize },
    },
  });
  for (const { job, summary } of report) console.log(`${job}: ${summary}`);
  const { db } = await import("../server/db");
  await db.$disconnect();
});
process.exit(0);
