// What operators rely on: /api/ready's checks (database, migrations, worker heartbeat) and the start-up
// check that refuses a database migrated by a newer version of Onward.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { checkMigrations, schemaNewerThanCodeMessage } from "../../server/db/check-migrations";
import { startHeartbeat } from "../../server/jobs/worker-heartbeat";
import { checkReadiness } from "../../server/platform/operations/check-readiness";

const future = "29991231000000_from_a_newer_version";

afterEach(async () => {
  await db.workerHeartbeat.deleteMany();
  await db.$executeRaw`DELETE FROM "_prisma_migrations" WHERE migration_name = ${future}`;
});

describe("migration check", () => {
  it("finds every shipped migration applied on a migrated database", async () => {
    expect(await checkMigrations(db)).toEqual({ pending: [], unknown: [] });
  });

  it("names migrations the database has and the code does not, and says what to do", async () => {
    await db.$executeRaw`
      INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
      VALUES (gen_random_uuid()::text, 'x', ${future}, now(), now(), 1)`;
    const status = await checkMigrations(db);
    expect(status.unknown).toEqual([future]);
    const message = schemaNewerThanCodeMessage(status.unknown);
    expect(message).toContain("the database schema is newer than this version of the code");
    expect(message).toContain(future);
  });

  it("lists shipped migrations that are not applied yet as pending", async () => {
    const shipped = ["20000101000000_shipped_but_not_applied"];
    expect(await checkMigrations(db, shipped)).toMatchObject({ pending: shipped });
  });
});

describe("readiness", () => {
  it("is not ready without a worker, ready while one beats, and not ready once its heartbeat is stale", async () => {
    const without = await checkReadiness();
    expect(without.ready).toBe(false);
    expect(without.checks.database.ok).toBe(true);
    expect(without.checks.migrations.ok).toBe(true);
    expect(without.checks.worker).toEqual({ ok: false, detail: "no worker is running (npm run worker)" });

    const heartbeat = await startHeartbeat();
    expect(await checkReadiness()).toMatchObject({ ready: true });

    const twoMinutesLater = new Date(Date.now() + 120_000);
    const stale = await checkReadiness(twoMinutesLater);
    expect(stale.ready).toBe(false);
    expect(stale.checks.worker.detail).toMatch(/^last worker heartbeat 1\d\d s ago$/);

    await heartbeat.stop();
    expect(await db.workerHeartbeat.count()).toBe(0);
  });

  it("is not ready while the database has a migration the code does not know", async () => {
    await startHeartbeat();
    await db.$executeRaw`
      INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
      VALUES (gen_random_uuid()::text, 'x', ${future}, now(), now(), 1)`;
    const readiness = await checkReadiness();
    expect(readiness.ready).toBe(false);
    expect(readiness.checks.migrations.detail).toContain(future);
  });
});
