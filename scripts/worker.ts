// `npm run worker`: the background worker for production (scheduled check-ins, reminder digests).
// Run one or more next to the web app; they share the work through PostgreSQL. In development
// `npm run dev` starts one in-process instead.
import { loadDotEnv } from "./lib/with-database";

loadDotEnv();
if (!process.env.DATABASE_URL) {
  console.error(
    "npm run worker needs DATABASE_URL (the same PostgreSQL as the web app). In development, npm run dev runs the worker.",
  );
  process.exit(1);
}
const { getEnv } = await import("../server/env");
const env = getEnv();
const { logger } = await import("../server/platform/logging/logger");
const log = logger().child({ component: "worker" });
const { db } = await import("../server/db");
const { checkMigrations, schemaNewerThanCodeMessage } = await import("../server/db/check-migrations");
const status = await checkMigrations(db);
if (status.unknown.length) {
  log.fatal(schemaNewerThanCodeMessage(status.unknown));
  process.exit(1);
}
if (status.pending.length) log.warn({ pending: status.pending }, "migrations not applied yet: run npm run db:migrate");
const { startWorker } = await import("../server/jobs/worker");
const worker = await startWorker(env.DATABASE_URL);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal, timeoutSeconds: env.SHUTDOWN_TIMEOUT_SECONDS }, "worker stopping: no new jobs, finishing running ones");
  // pg-boss gives up waiting at the deadline; this is the backstop if anything else hangs.
  setTimeout(
    () => {
      log.error("worker did not stop within the deadline: exiting");
      process.exit(1);
    },
    (env.SHUTDOWN_TIMEOUT_SECONDS + 5) * 1000,
  ).unref();
  await worker.stop();
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
