// The database fingerprint for REST suites: a refused API call may write its own bookkeeping (the audit
// entry for a failed key use, the rate-limit counter, the key's last use), nothing else.
import { db } from "../../server/db";

const ignored = new Set(["_prisma_migrations", "SignInAttempt", "AuditLog", "ApiKey", "ApiRateLimitWindow", "ApiIdempotencyKey"]);
let statement: string | undefined;

export async function restDatabaseFingerprint(): Promise<string> {
  if (!statement) {
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
    statement = tables
      .filter((table) => !ignored.has(table.name))
      .map(
        (table) =>
          `SELECT '${table.name}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${table.name}" x`,
      )
      .join(" UNION ALL ");
  }
  const rows = await db.$queryRawUnsafe<{ t: string; h: string }[]>(statement);
  return rows.map((row) => `${row.t}:${row.h}`).join(",");
}
