// What /api/ready answers: can this instance serve traffic that works end to end? The database must
// answer, every migration this code ships must be applied, and a worker must have beaten within a
// minute (otherwise scheduled check-ins and digests silently stop).
import { db } from "../../db";
import { checkMigrations } from "../../db/check-migrations";

export const WORKER_HEARTBEAT_MAX_AGE_MS = 60_000;

type Check = { ok: boolean; detail?: string };
export type Readiness = { ready: boolean; checks: { database: Check; migrations: Check; worker: Check } };

export async function checkReadiness(now = new Date()): Promise<Readiness> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    const down = { ok: false, detail: "not checked: the database is unreachable" };
    return { ready: false, checks: { database: { ok: false, detail: "unreachable" }, migrations: down, worker: down } };
  }
  const migrations = await checkMigrations(db).then(
    ({ pending, unknown }): Check =>
      unknown.length
        ? { ok: false, detail: `the database has migrations this code does not know: ${unknown.join(", ")}` }
        : pending.length
          ? { ok: false, detail: `${pending.length} migration(s) not applied: run npm run db:migrate` }
          : { ok: true },
    (): Check => ({ ok: false, detail: "no migrations applied: run npm run db:migrate" }),
  );
  const latest = await db.workerHeartbeat.findFirst({ orderBy: { beatAt: "desc" }, select: { beatAt: true } }).catch(() => null);
  const ageMs = latest ? now.getTime() - latest.beatAt.getTime() : null;
  const worker: Check =
    ageMs !== null && ageMs < WORKER_HEARTBEAT_MAX_AGE_MS
      ? { ok: true }
      : {
          ok: false,
          detail:
            ageMs === null ? "no worker is running (npm run worker)" : `last worker heartbeat ${Math.round(ageMs / 1000)} s ago`,
        };
  const database = { ok: true };
  return { ready: migrations.ok && worker.ok, checks: { database, migrations, worker } };
}
