// An empty database for the clean-copy test on the PostgreSQL server named by DATABASE_URL: the
// migrate service must create everything itself. Fixtures are written with the app's own Prisma client.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createPrismaClient } from "../../server/db";

export type ProductionDatabase = {
  url: string;
  seeded: { staffEmail: string; championEmail: string; checkInId: string };
  appliedMigrations(): Promise<string[]>;
  seed(): Promise<void>;
  checkInStatus(): Promise<string | undefined>;
  heartbeats(): Promise<number>;
  recordMigration(name: string): Promise<void>;
  drop(): Promise<void>;
};

export async function createProductionDatabase(): Promise<ProductionDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("The production test needs DATABASE_URL: a PostgreSQL server it may create a database on");
  const name = `onward_production_${Date.now()}_${process.pid}`;
  const query = async <T extends pg.QueryResultRow>(connectionString: string, sql: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  await query(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const run = randomUUID().slice(0, 8);
  const seeded = {
    staffEmail: `owner-${run}@vendor.example.test`,
    championEmail: `champion-${run}@customer.example.test`,
    checkInId: `checkin-${run}`,
  };

  return {
    url: databaseUrl,
    seeded,
    appliedMigrations: async () =>
      (
        await query<{ migration_name: string }>(
          databaseUrl,
          `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
        )
      ).map((row) => row.migration_name),
    seed: async () => {
      const db = createPrismaClient(databaseUrl, 2);
      try {
        const organization = await db.organization.create({ data: { name: `Vendor ${run}`, slug: `vendor-${run}` } });
        const owner = await db.user.create({ data: { email: seeded.staffEmail, name: "Olive Owner" } });
        await db.membership.create({ data: { organizationId: organization.id, userId: owner.id, role: "OWNER" } });
        const champion = await db.user.create({ data: { email: seeded.championEmail, name: "Chris Champion" } });
        const dueAt = new Date(Date.now() - 60_000);
        const account = await db.customerAccount.create({
          data: {
            organizationId: organization.id,
            name: `Customer ${run}`,
            kickoffDate: new Date(dueAt.getTime() - 30 * 86_400_000),
          },
        });
        await db.accountMember.create({
          data: { organizationId: organization.id, customerAccountId: account.id, userId: champion.id, role: "CHAMPION" },
        });
        await db.checkIn.create({
          data: {
            id: seeded.checkInId,
            organizationId: organization.id,
            customerAccountId: account.id,
            dayOffset: 30,
            scheduledFor: dueAt,
          },
        });
      } finally {
        await db.$disconnect();
      }
    },
    checkInStatus: async () =>
      (await query<{ status: string }>(databaseUrl, `SELECT status FROM "CheckIn" WHERE id = $1`, [seeded.checkInId]))[0]?.status,
    heartbeats: async () =>
      Number((await query<{ count: string }>(databaseUrl, `SELECT count(*) FROM "WorkerHeartbeat"`))[0]!.count),
    recordMigration: async (migration) => {
      await query(
        databaseUrl,
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, 'newer', $2, now(), now(), 1)`,
        [randomUUID(), migration],
      );
    },
    drop: () => query(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined),
  };
}
