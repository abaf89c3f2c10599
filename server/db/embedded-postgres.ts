// The embedded default database: PGlite (PostgreSQL compiled to wasm) served over a local TCP socket, so
// the app, the worker and the migration engine all connect with an ordinary postgresql:// URL.
// Right for trying the app and for tests of logic; concurrency and locking are tested on real PostgreSQL.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const database = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  // Every connection of the app's pools must fit, or extra ones are dropped.
  const server = new PGLiteSocketServer({ db: database, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 64 });
  const listening = new Promise<number>((resolve) =>
    server.addEventListener("listening", (event) => resolve((event as CustomEvent<{ port: number }>).detail.port)),
  );
  await server.start();
  const port = await listening;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await database.close();
    },
  };
}
