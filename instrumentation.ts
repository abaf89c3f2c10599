// Runs once when the server starts: validate the environment so a bad variable stops start-up with a
// clear message instead of failing inside the first request, refuse a database that a newer version
// of Onward has migrated, and bound how long a stopping server may take.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnv } = await import("./server/env");
    const env = getEnv();
    const { logger } = await import("./server/platform/logging/logger");
    const { db } = await import("./server/db");
    const { checkMigrations, schemaNewerThanCodeMessage } = await import("./server/db/check-migrations");
    // An unreachable database is not fatal here (it may come back; /api/ready reports it). A newer one is.
    const status = await checkMigrations(db).catch((error: unknown) => {
      logger().error({ error }, "could not check the database's migrations at start-up");
      return null;
    });
    if (status?.unknown.length) {
      logger().fatal(schemaNewerThanCodeMessage(status.unknown));
      process.exit(1);
    }
    if (status?.pending.length) logger().warn({ pending: status.pending }, "migrations not applied yet: run npm run db:migrate");
    // Next's own handler stops accepting connections and lets in-flight requests finish; a request that
    // never ends must not keep the process alive past the orchestrator's grace period.
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        logger().info({ signal, timeoutSeconds: env.SHUTDOWN_TIMEOUT_SECONDS }, "web stopping: finishing in-flight requests");
        setTimeout(() => {
          logger().error("in-flight requests did not finish within the deadline: exiting");
          process.exit(1);
        }, env.SHUTDOWN_TIMEOUT_SECONDS * 1000).unref();
      });
    }
  }
}
