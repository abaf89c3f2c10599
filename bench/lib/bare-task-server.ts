// The floor of the task completion mutation: a bare Node HTTP handler doing the same database write (mark
// the task done, append the activity event, refresh the account's progress and last activity) with pg,
// without Next.js, tRPC, sessions or validation. Run as its own process like the app: PORT and DATABASE_URL.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

async function completeTask(taskId: string, accountId: string, userId: string): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const updated = await client.query<{ organizationId: string; title: string }>(
      `UPDATE "AccountTask" SET status = 'DONE', "completedAt" = now(), "completedById" = $2, "updatedAt" = now()
       WHERE id = $1 AND "customerAccountId" = $3 AND status = 'OPEN' RETURNING "organizationId", title`,
      [taskId, userId, accountId],
    );
    const task = updated.rows[0];
    if (task) {
      await client.query(
        `INSERT INTO "ActivityEvent" (id, "organizationId", "customerAccountId", "actorId", "actorKind", type, "subjectType", "subjectId", data)
         VALUES ($1, $2, $3, $4, 'CUSTOMER', 'task.completed', 'AccountTask', $5, $6)`,
        [randomUUID(), task.organizationId, accountId, userId, taskId, JSON.stringify({ title: task.title })],
      );
      await client.query(
        `UPDATE "CustomerAccount" SET "lastCustomerActivityAt" = now(), "updatedAt" = now(),
           "progressPercent" = (SELECT round(100.0 * count(*) FILTER (WHERE status = 'DONE') / greatest(count(*), 1))::int
                                FROM "AccountTask" WHERE "customerAccountId" = $1)
         WHERE id = $1`,
        [accountId],
      );
    }
    await client.query("COMMIT");
    return Boolean(task);
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    const { taskId, accountId, userId } = JSON.parse(body || "{}") as Record<string, string>;
    completeTask(String(taskId), String(accountId), String(userId)).then(
      (done) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ done }));
      },
      (error: unknown) => {
        response.writeHead(500, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: String(error) }));
      },
    );
  });
});

server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("listening"));
process.on("SIGTERM", () => server.close(() => void pool.end().then(() => process.exit(0))));
