// The migrations this version of the code ships: one folder each under prisma/migrations, applied in
// name order. Shared by the migrator and the start-up check, which must agree on what "known" means.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

export function listMigrationFolders(migrationsDir: string): string[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}
