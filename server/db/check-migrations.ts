// Compares the migrations recorded in the database with the ones this code ships. A database that has
// migrations the code does not know was upgraded by a newer version: running older code on it could
// write rows the newer schema no longer accepts, so the app refuses to start (see instrumentation.ts).
import path from "node:path";
import type { db } from "../db";

type Db = typeof db;
import { listMigrationFolders } from "./migration-folders";

export type MigrationStatus = { pending: string[]; unknown: string[] };

// The web server's working directory is the app root (next start) or the standalone folder, which
// carries prisma/migrations (see next.config.ts); the worker runs from the app root.
const shippedMigrationsDir = () => path.join(process.cwd(), "prisma", "migrations");

export async function checkMigrations(db: Db, shipped = listMigrationFolders(shippedMigrationsDir())): Promise<MigrationStatus> {
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((row) => row.migration_name));
  const known = new Set(shipped);
  return {
    pending: shipped.filter((name) => !applied.has(name)),
    unknown: [...applied].filter((name) => !known.has(name)).sort(),
  };
}

export function schemaNewerThanCodeMessage(unknown: string[]): string {
  return (
    `Onward cannot start: the database schema is newer than this version of the code. ` +
    `It has ${unknown.length} migration(s) this version does not ship (${unknown.join(", ")}). ` +
    `Run the Onward version that applied them (or newer), or restore the database backup taken before that upgrade.`
  );
}
