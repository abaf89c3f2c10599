// The bench database: a dedicated PostgreSQL database (onward_bench by default), created and migrated on
// demand with the app's own migrations, plus a set-based bulk insert used by the seed and the scenarios.
import pg from "pg";
import { applyMigrations } from "../../server/db/migrations";

export const defaultBenchUrl = "postgresql://postgres@127.0.0.1:5432/onward_bench";

export function benchDatabaseUrl(): string {
  return process.env.DATABASE_URL ?? defaultBenchUrl;
}

function splitUrl(url: string): { name: string; adminUrl: string } {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  parsed.pathname = "/postgres";
  return { name, adminUrl: parsed.toString() };
}

async function withAdmin<T>(url: string, fn: (client: pg.Client, name: string) => Promise<T>): Promise<T> {
  const { name, adminUrl } = splitUrl(url);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client, name);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

// Creates the database if missing and applies the committed migrations (a no-op when up to date).
// Recreating drops it first, so that is refused unless its name says it is a bench database: a
// DATABASE_URL exported for the tests or for production must never be wiped by a benchmark.
export async function ensureBenchDatabase(url: string, { recreate = false } = {}): Promise<void> {
  await withAdmin(url, async (client, name) => {
    if (recreate && !/bench/i.test(name)) {
      throw new Error(
        `Refusing to drop database "${name}": the bench only recreates databases whose name contains "bench" (e.g. onward_bench). Unset DATABASE_URL to use the default postgresql://postgres@127.0.0.1:5432/onward_bench.`,
      );
    }
    if (recreate) await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
  await applyMigrations(url);
}

export async function databaseExists(url: string): Promise<boolean> {
  return withAdmin(url, async (client, name) => {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return (exists.rowCount ?? 0) > 0;
  });
}

// Runs `work` on one connection inside BEGIN … COMMIT, rolled back if it throws.
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

export function openPool(url: string, max = 10): pg.Pool {
  return new pg.Pool({ connectionString: url, max });
}

// A column of a bulk insert: its name and the PostgreSQL type of its values ("text", "int", "timestamp",
// "date", "bool", "jsonb", "float8", or an enum such as "TaskStatus").
export type Column = readonly [name: string, type: string];

const builtinTypes = new Set(["text", "int", "timestamp", "date", "bool", "jsonb", "float8", "text[]", "int[]"]);

function toParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value;
}

// One INSERT … SELECT FROM unnest(...) per batch: a single round trip for thousands of rows.
export async function insertRows(
  pool: pg.Pool | pg.PoolClient,
  table: string,
  columns: readonly Column[],
  rows: readonly (readonly unknown[])[],
  batchSize = 5_000,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const parameters = columns.map((_, columnIndex) => batch.map((row) => toParameter(row[columnIndex])));
    const selects = columns.map(([, type], index) => {
      const sqlType = builtinTypes.has(type) ? type : quoteIdent(type);
      return `unnest($${index + 1}::${sqlType}[])`;
    });
    const names = columns.map(([name]) => quoteIdent(name)).join(", ");
    await pool.query(`INSERT INTO ${quoteIdent(table)} (${names}) SELECT ${selects.join(", ")}`, parameters);
  }
}
