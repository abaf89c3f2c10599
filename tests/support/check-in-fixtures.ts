// Many accounts with a champion and a due check-in each, created in bulk (createMany) so concurrency
// tests can work on hundreds of rows quickly.
import { randomUUID } from "node:crypto";
import { db } from "../../server/db";

export async function createDueCheckIns(
  organizationId: string,
  count: number,
  options: { dueAt?: Date; csmMembershipId?: string } = {},
) {
  const run = randomUUID().slice(0, 8);
  const dueAt = options.dueAt ?? new Date(Date.now() - 60_000);
  const rows = Array.from({ length: count }, (_, index) => ({
    userId: `u-${run}-${index}`,
    accountId: `a-${run}-${index}`,
    checkInId: `c-${run}-${index}`,
  }));
  await db.user.createMany({
    data: rows.map((row, index) => ({
      id: row.userId,
      email: `champion-${run}-${index}@example.test`,
      name: `Champion ${index}`,
    })),
  });
  await db.customerAccount.createMany({
    data: rows.map((row, index) => ({
      id: row.accountId,
      organizationId,
      name: `Bulk ${run} ${index}`,
      kickoffDate: new Date(dueAt.getTime() - 30 * 86_400_000),
      csmMembershipId: options.csmMembershipId ?? null,
    })),
  });
  await db.accountMember.createMany({
    data: rows.map((row) => ({
      organizationId,
      customerAccountId: row.accountId,
      userId: row.userId,
      role: "CHAMPION" as const,
    })),
  });
  await db.checkIn.createMany({
    data: rows.map((row) => ({
      id: row.checkInId,
      organizationId,
      customerAccountId: row.accountId,
      dayOffset: 30,
      scheduledFor: dueAt,
    })),
  });
  return rows.map((row) => row.checkInId);
}

// The embedded PGlite serves every connection from one session, so it cannot show what two workers
// racing on row locks do: those tests use fewer rows there and the full load on real PostgreSQL.
export const onEmbeddedDb = () => process.env.ONWARD_TEST_EMBEDDED_DB === "1";
