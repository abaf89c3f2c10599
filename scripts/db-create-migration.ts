// Usage: npm run db:migration:create -- <name>
// Diffs prisma/schema.prisma against the schema of the last migration and writes a new migration folder.
import { createMigration } from "../server/db/migrations";
import { withDatabase } from "./lib/with-database";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migration:create -- <name>   (e.g. add_goal_unit)");
  process.exit(1);
}
await withDatabase(async (url) => {
  const created = await createMigration(url, name);
  console.log(
    created
      ? `Created prisma/migrations/${created.folder}/migration.sql`
      : "The schema has not changed since the last migration.",
  );
});
