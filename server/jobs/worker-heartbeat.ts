// A running worker says so every 15 s in WorkerHeartbeat; /api/ready reads it. The row is removed when
// the worker stops, and rows of workers that died without stopping are pruned after a day.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { db } from "../db";
import { logger } from "@/server/platform";

const BEAT_EVERY_MS = 15_000;
const PRUNE_AFTER_MS = 24 * 60 * 60 * 1000;

export type Heartbeat = { id: string; stop: () => Promise<void> };

export async function startHeartbeat(): Promise<Heartbeat> {
  const id = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const beat = () =>
    db.workerHeartbeat.upsert({ where: { id }, create: { id, beatAt: new Date() }, update: { beatAt: new Date() } });
  await db.workerHeartbeat.deleteMany({ where: { beatAt: { lt: new Date(Date.now() - PRUNE_AFTER_MS) } } });
  await beat();
  const timer = setInterval(() => {
    beat().catch((error: unknown) => logger().warn({ error }, "worker heartbeat failed"));
  }, BEAT_EVERY_MS);
  timer.unref();
  return {
    id,
    stop: async () => {
      clearInterval(timer);
      await db.workerHeartbeat.delete({ where: { id } }).catch(() => undefined);
    },
  };
}
