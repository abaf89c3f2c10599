// A fresh, migrated database for one test run: a new database on the PostgreSQL server named by
// DATABASE_URL (as CI does), or an in-memory embedded PGlite when none is configured.
import pg from "pg";
import { startEmbeddedPostgres } from "../../server/db/embedded-postgres";
import { applyMigrations } from "../../server/db/migrations";

export type TestDatabase = { url: string; embedded: boolean; drop: () => Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres();
    await applyMigrations(embedded.url);
    return { url: embedded.url, embedded: true, drop: embedded.stop };
  }
  const name = `onward_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    url: url.toString(),
    embedded: false,
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

// True when this run uses a real PostgreSQL server (the per-run database made above), false on the
// embedded PGlite, whose single shared session cannot run transactions side by side.
export function runsOnRealPostgres(url = process.env.DATABASE_URL ?? ""): boolean {
  return url.includes("/onward_test_");
}
