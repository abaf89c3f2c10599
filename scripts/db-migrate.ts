// Usage: npm run db:migrate — applies committed migrations to DATABASE_URL (or the embedded database).
import { applyMigrations } from "../server/db/migrations";
import { withDatabase } from "./lib/with-database";

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
});
