// The load test's database: created fresh on the chosen server and migrated with the app's own
// migrations. Dropping is refused unless the name says it is a load-test database, so a DATABASE_URL
// meant for something else is never wiped.
import pg from "pg";
import { applyMigrations } from "../../server/db/migrations";

export const loadDatabaseName = "onward_load";

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function databaseUrlOn(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function recreateLoadDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!/load/i.test(name)) {
    throw new Error(`Refusing to recreate database "${name}": the load test only drops databases whose name contains "load".`);
  }
  const admin = new pg.Client({ connectionString: databaseUrlOn(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await admin.end();
  }
  await applyMigrations(url);
}
