// (Re)creates the bench database (DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/onward_bench),
// migrates it and seeds one realistic organization. Never point it at a database you care about: it drops it.
import { benchDatabaseUrl, ensureBenchDatabase, openPool } from "../lib/database";

export async function seedBench(accounts: number): Promise<void> {
  const url = benchDatabaseUrl();
  process.env.DATABASE_URL = url;
  // The app's services read a validated environment; the seed never signs anyone in.
  process.env.AUTH_SECRET ??= "bench-only-secret-not-used-for-signing-in-0000";
  process.stderr.write(`Recreating ${url.replace(/\/\/[^@]*@/, "//")} and applying migrations…\n`);
  await ensureBenchDatabase(url, { recreate: true });
  const { seedBenchOrganization } = await import("./seed-organization");
  const { db } = await import("../../server/db");
  const pool = openPool(url, 4);
  try {
    const result = await seedBenchOrganization(pool, accounts);
    const counts = Object.entries(result.counts)
      .map(([table, count]) => `${table} ${count.toLocaleString("en-US")}`)
      .join(", ");
    process.stderr.write(
      `Seeded ${accounts.toLocaleString("en-US")} accounts in ${result.seconds.toFixed(1)}s: ${counts}; ` +
        `${result.scored.toLocaleString("en-US")} health scores, ${result.alertsRaised.toLocaleString("en-US")} alerts.\n`,
    );
  } finally {
    await pool.end();
    await db.$disconnect();
  }
}
