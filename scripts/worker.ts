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
getEnv();
const { startWorker } = await import("../server/jobs/worker");
const worker = await startWorker(process.env.DATABASE_URL);

async function shutdown() {
  console.info("[worker] stopping (finishing running jobs)…");
  await worker.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
