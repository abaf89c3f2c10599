// Task completion under load (autocannon): customers completing their own tasks through the app's tRPC
// mutation, against a bare HTTP handler doing the same database write (bench/lib/bare-task-server.ts).
// Every request completes a different open task of the signed-in customer's account. Afterwards the
// tasks and their accounts are put back as they were, so the seed can be reused (activity events are
// append-only and stay).
//
// The app side calls `plan.complete` (or BENCH_COMPLETION_PROCEDURE) with `completionInput`.
import { spawn } from "node:child_process";
import autocannon, { type Result } from "autocannon";
import { freePort, root } from "../lib/app-server";
import { hasProcedure, mutationBody } from "../lib/trpc-http";
import { ms, type BenchContext, type Scenario } from "./scenario";

export const completionProcedures = process.env.BENCH_COMPLETION_PROCEDURE
  ? [process.env.BENCH_COMPLETION_PROCEDURE]
  : ["plan.complete"];
const completionInput = (task: OpenTask) => ({ taskId: task.id });

type OpenTask = { id: string; accountId: string; userId: string };

async function openCustomerTasks(context: BenchContext, accounts: number, skipAccounts: number): Promise<OpenTask[]> {
  const result = await context.pool.query<OpenTask>(
    `WITH chosen AS (
       SELECT a.id FROM "CustomerAccount" a
       WHERE a."organizationId" = $1 AND a.status IN ('ONBOARDING', 'LIVE')
         AND EXISTS (SELECT 1 FROM "AccountTask" t WHERE t."customerAccountId" = a.id AND t.status = 'OPEN' AND t.owner = 'CUSTOMER')
       ORDER BY a.id LIMIT $2 OFFSET $3
     )
     SELECT t.id, t."customerAccountId" AS "accountId", am."userId"
     FROM chosen c JOIN "AccountTask" t ON t."customerAccountId" = c.id AND t.status = 'OPEN' AND t.owner = 'CUSTOMER' AND t.kind <> 'QUESTION'
     JOIN "AccountMember" am ON am."customerAccountId" = c.id AND am.role = 'CHAMPION'
     ORDER BY random()`,
    [context.organizationId, accounts, skipAccounts],
  );
  return result.rows;
}

async function restore(
  context: BenchContext,
  tasks: OpenTask[],
  accounts: { id: string; progressPercent: number; last: Date | null; updatedAt: Date }[],
) {
  await context.pool.query(
    `UPDATE "AccountTask" SET status = 'OPEN', "completedAt" = NULL, "completedById" = NULL, answer = NULL, "completionNote" = NULL
     WHERE id = ANY($1::text[])`,
    [tasks.map((task) => task.id)],
  );
  await context.pool.query(
    `UPDATE "CustomerAccount" a SET "progressPercent" = v.p, "lastCustomerActivityAt" = v.l, "updatedAt" = v.u
     FROM (SELECT unnest($1::text[]) AS id, unnest($2::int[]) AS p, unnest($3::timestamp[]) AS l, unnest($4::timestamp[]) AS u) v
     WHERE a.id = v.id`,
    [
      accounts.map((a) => a.id),
      accounts.map((a) => a.progressPercent),
      accounts.map((a) => a.last?.toISOString() ?? null),
      accounts.map((a) => a.updatedAt.toISOString()),
    ],
  );
}

async function load(
  url: string,
  duration: number,
  tasks: OpenTask[],
  request: (task: OpenTask) => { path: string; headers: Record<string, string>; body: string },
): Promise<Result> {
  let next = 0;
  return autocannon({
    url,
    connections: 10,
    duration,
    requests: [
      { method: "POST", setupRequest: (base) => ({ ...base, method: "POST", ...request(tasks[next++ % tasks.length]!) }) },
    ],
  });
}

async function startBareServer(databaseUrl: string) {
  const port = await freePort();
  const child = spawn("node_modules/.bin/tsx", ["bench/lib/bare-task-server.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("listening") && resolve());
    child.once("exit", (code) => reject(new Error(`bare task server exited with ${code}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) =>
      child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM")),
    );
  return { url: `http://127.0.0.1:${port}`, stop };
}

const summary = (result: Result) => `${Math.round(result.requests.average)} req/s`;
const errorsOf = (result: Result) => result.errors + result.timeouts + result.non2xx;

export const taskCompletionScenario: Scenario = {
  id: "task-completion",
  title: "Task completion mutation under load",
  async run(context) {
    const duration = context.quick ? 5 : 10;
    const bareTasks = await openCustomerTasks(context, 1500, 0);
    const appTasks = await openCustomerTasks(context, 1500, 1500);
    const allTasks = [...bareTasks, ...appTasks];
    const accountIds = [...new Set(allTasks.map((task) => task.accountId))];
    const before = await context.pool.query<{ id: string; progressPercent: number; last: Date | null; updatedAt: Date }>(
      `SELECT id, "progressPercent", "lastCustomerActivityAt" AS last, "updatedAt" FROM "CustomerAccount" WHERE id = ANY($1::text[])`,
      [accountIds],
    );
    const notes = [
      `10 connections for ${duration}s each; ${bareTasks.length.toLocaleString("en-US")} and ${appTasks.length.toLocaleString("en-US")} distinct open tasks (a request beyond that repeats a task, which is then a no-op).`,
    ];
    try {
      const bare = await startBareServer(context.databaseUrl);
      let floor: Result;
      try {
        floor = await load(bare.url, duration, bareTasks, (task) => ({
          path: "/complete",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ taskId: task.id, accountId: task.accountId, userId: task.userId }),
        }));
      } finally {
        await bare.stop();
      }
      if (errorsOf(floor) > 0) notes.push(`floor: ${errorsOf(floor)} failed requests`);
      const floorColumns = { rps: summary(floor), p99: ms(floor.latency.p99) };

      const cookies = await context.customerCookies([...new Set(appTasks.map((task) => task.accountId))]);
      const probeCookie = cookies.values().next().value ?? context.staffCookie;
      let completionProcedure: string | undefined;
      for (const candidate of completionProcedures) {
        if (await hasProcedure(context.baseUrl, candidate, probeCookie)) {
          completionProcedure = candidate;
          break;
        }
      }
      if (!completionProcedure) {
        return {
          status: "not available yet",
          reason: `the app has no task completion mutation yet (issue 3; looked for ${completionProcedures.join(", ")}); see completionProcedures in bench/scenarios/task-completion.ts`,
          measurements: [
            { metric: "throughput", app: "not available yet", reference: floorColumns.rps, target: "≥ 500 req/s", met: null },
            { metric: "p99", app: "not available yet", reference: floorColumns.p99, target: "< 50 ms", met: null },
          ],
          notes,
        };
      }
      const app = await load(context.baseUrl, duration, appTasks, (task) => ({
        path: `/api/trpc/${completionProcedure}`,
        headers: { "content-type": "application/json", cookie: cookies.get(task.accountId)! },
        body: mutationBody(completionInput(task)),
      }));
      notes.push(`App side: ${completionProcedure} over HTTP with each task's champion session.`);
      if (errorsOf(app) > 0) notes.push(`app: ${errorsOf(app)} failed requests (non-2xx, errors or timeouts)`);
      return {
        status: "measured",
        measurements: [
          {
            metric: "throughput",
            app: summary(app),
            reference: floorColumns.rps,
            target: "≥ 500 req/s",
            met: app.requests.average >= 500 && errorsOf(app) === 0,
          },
          { metric: "p99", app: ms(app.latency.p99), reference: floorColumns.p99, target: "< 50 ms", met: app.latency.p99 < 50 },
        ],
        notes,
      };
    } finally {
      await restore(context, allTasks, before.rows);
    }
  },
};
