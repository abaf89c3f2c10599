// Signed-in requests without the magic-link round trip: a database Session row, exactly what next-auth
// writes after a sign-in, sent as the cookie next-auth v5 reads over plain HTTP (`authjs.session-token`;
// over HTTPS it would be `__Secure-authjs.session-token`).
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { insertRows } from "./database";

export const sessionCookieName = "authjs.session-token";

export async function createSessions(pool: pg.Pool, userIds: string[]): Promise<Map<string, string>> {
  // As fresh as after a real sign-in (30 days), so next-auth does not rewrite the row on every request.
  const expires = new Date(Date.now() + 30 * 86_400_000);
  const tokens = new Map(userIds.map((userId) => [userId, `bench-${randomBytes(24).toString("hex")}`]));
  await insertRows(
    pool,
    "Session",
    [
      ["sessionToken", "text"],
      ["userId", "text"],
      ["expires", "timestamp"],
      ["updatedAt", "timestamp"],
    ],
    [...tokens].map(([userId, token]) => [token, userId, expires, new Date()]),
  );
  return new Map([...tokens].map(([userId, token]) => [userId, `${sessionCookieName}=${token}`]));
}

export async function deleteBenchSessions(pool: pg.Pool): Promise<void> {
  await pool.query(`DELETE FROM "Session" WHERE "sessionToken" LIKE 'bench-%'`);
}
