// `npm run scheduler -- --now 2026-12-24T09:00:00Z`: sends what would be due at that time (check-ins,
// overdue digests) and prints what it sent. Without --now it uses the current time.
import { parseArgs } from "node:util";
import { withDatabase } from "./lib/with-database";

const { values } = parseArgs({
  options: { now: { type: "string" }, "stale-after-seconds": { type: "string" } },
});
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`--now must be an ISO date-time such as 2026-12-24T09:00:00Z (got "${values.now}")`);
  process.exit(1);
}
const staleAfterSeconds = values["stale-after-seconds"] ? Number(values["stale-after-seconds"]) : undefined;

await withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  const { runSchedulerOnce } = await import("../server/jobs/run-scheduler-once");
  console.log(`Running the scheduler as of ${now.toISOString()}…`);
  const { checkIns, digests } = await runSchedulerOnce(now, {
    staleAfterMs: staleAfterSeconds === undefined ? undefined : staleAfterSeconds * 1000,
  });
  for (const result of checkIns) {
    console.log(
      `check-in ${result.checkInId}: ${result.outcome}${result.to ? ` to ${result.to}` : ""}${result.error ? ` (${result.error})` : ""}`,
    );
  }
  for (const digest of digests) console.log(`overdue digest to ${digest.to} (${digest.tasks} tasks): ${digest.status}`);
  console.log(`Done: ${checkIns.length} check-in(s), ${digests.length} digest(s).`);
  const { db } = await import("../server/db");
  await db.$disconnect();
});
process.exit(0);
