// Runs a task against DATABASE_URL, or against the embedded database when none is configured.
import { existsSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../../server/db/embedded-postgres";

export const localStateDir = path.resolve(import.meta.dirname, "../../.onward");
export const embeddedDataDir = path.join(localStateDir, "pgdata");

export function loadDotEnv(): void {
  const file = path.resolve(import.meta.dirname, "../../.env");
  if (existsSync(file)) process.loadEnvFile(file);
}

export async function withDatabase<T>(task: (url: string) => Promise<T>): Promise<T> {
  loadDotEnv();
  if (process.env.DATABASE_URL) return task(process.env.DATABASE_URL);
  const embedded = await startEmbeddedPostgres({ dataDir: embeddedDataDir });
  try {
    return await task(embedded.url);
  } finally {
    await embedded.stop();
  }
}
