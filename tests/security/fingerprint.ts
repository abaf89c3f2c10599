// A digest of every row in every table: equal before and after a call means the call changed nothing.
import { db } from "../../server/db";

// A fingerprint of every table but the given ones (bookkeeping a rejected call may legitimately write).
export function fingerprintExcept(ignoredTables: readonly string[]): () => Promise<string> {
  const ignored = new Set(["_prisma_migrations", ...ignoredTables]);
  let statement: string | undefined;
  return async () => {
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
  };
}

// For tRPC procedures: rate-limit bookkeeping is the one thing a rejected call may add.
export const databaseFingerprint = fingerprintExcept(["RateLimitCounter"]);
