// The container recipe, verified without Docker (these machines have no daemon). The image's steps are
// replayed in a clean copy of the repository (tests/production/image-steps.ts, from the Dockerfile),
// then the migrate, web and worker commands of compose.yml are started with exactly the environment
// compose.yml and the image give them (the database host pointed at this test's PostgreSQL, mail at a
// local server that speaks Resend's API). What a self-hoster relies on is then checked from outside.
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser";
import { startFakeResend, type FakeResend } from "../support/fake-resend-server";
import { buildImageInCleanCopy, composeServices, freePort, type Image } from "./image-steps";
import { createProductionDatabase, type ProductionDatabase } from "./production-database";

let image: Image;
let database: ProductionDatabase;
let resend: FakeResend;
let browser: Browser | undefined;
const running: Service[] = [];

type Service = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function start(command: string[], cwd: string, env: Record<string, string>): Service {
  let output = "";
  const child = spawn(command[0]!, command.slice(1), { cwd, env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const service = { child, output: () => output, exited };
  running.push(service);
  return service;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, service?: Service): Promise<T> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (service?.child.exitCode != null) throw new Error(`${what}: the process exited\n${service.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Gave up waiting for ${what}\n${service?.output() ?? ""}`);
}

const jsonLines = (output: string) =>
  output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  resend = await startFakeResend();
  database = await createProductionDatabase();
  image = await buildImageInCleanCopy();
}, 1_200_000);

afterAll(async () => {
  await browser?.close();
  for (const service of running) if (service.child.exitCode === null) service.child.kill("SIGKILL");
  await resend?.close();
  await database?.drop();
  await image?.remove();
});

describe("the production image, replayed in a clean copy", () => {
  let web: Service;
  let worker: Service;
  let baseUrl: string;
  let env: ReturnType<typeof composeServices>;

  it("installs only production dependencies where the worker and migrations run", () => {
    for (const devTool of ["vitest", "playwright-core", "lighthouse", "eslint", "autocannon", "fast-check"]) {
      expect(image.hasPackage(devTool), devTool).toBe(false);
    }
    expect(image.hasPackage("pg-boss")).toBe(true);
  });

  it("migrates an empty database with the migrate service's command", async () => {
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    env = composeServices(image, {
      dotenv: {
        AUTH_SECRET: "a-production-secret-that-is-long-enough-0123456789",
        RESEND_API_KEY: "re_clean_copy_test",
        RESEND_BASE_URL: resend.url,
        APP_URL: baseUrl,
        SHUTDOWN_TIMEOUT_SECONDS: "3",
      },
      databaseUrl: database.url,
      port,
    });
    const migrate = start(env.migrate.command, image.root, env.migrate.environment);
    expect(await migrate.exited, migrate.output()).toBe(0);
    expect(await database.appliedMigrations()).toEqual(image.shippedMigrations);
  });

  it("serves /api/health, and /api/ready once the worker beats", async () => {
    // Data made before the worker starts: its start-up dispatch must send this due check-in.
    await database.seed();
    web = start(env.web.command, image.root, env.web.environment);
    worker = start(env.worker.command, image.root, env.worker.environment);
    const health = await waitFor(
      "/api/health",
      async () => {
        const response = await fetch(`${baseUrl}/api/health`);
        return response.ok ? ((await response.json()) as unknown) : undefined;
      },
      web,
    );
    expect(health).toEqual({ status: "ok" });
    const ready = await waitFor(
      "/api/ready",
      async () => {
        const response = await fetch(`${baseUrl}/api/ready`);
        return response.status === 200 ? ((await response.json()) as { status: string }) : undefined;
      },
      worker,
    );
    expect(ready.status).toBe("ready");
  });

  it("sends a due check-in through Resend from the worker", async () => {
    const email = await waitFor(
      "the check-in email",
      async () =>
        resend.received.find(
          (item) =>
            item.to === database.seeded.championEmail ||
            (Array.isArray(item.to) && item.to.includes(database.seeded.championEmail)),
        ),
      worker,
    );
    expect(email.subject).toMatch(/check-in/i);
    expect(await database.checkInStatus()).toBe("SENT");
  });

  it("signs a staff member in with a magic link sent through Resend", async () => {
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Work email").fill(database.seeded.staffEmail);
    await page.getByRole("button", { name: /sign-in link/i }).click();
    await page.waitForURL(/\/sign-in\/check-email/);
    const mail = await waitFor("the sign-in email", async () =>
      resend.received.find(
        (item) =>
          item.to === database.seeded.staffEmail || (Array.isArray(item.to) && item.to.includes(database.seeded.staffEmail)),
      ),
    );
    const link = /href="([^"]*\/api\/auth\/callback\/email[^"]*)"/.exec(mail.html ?? "")?.[1]?.replaceAll("&amp;", "&");
    expect(link).toBeDefined();
    await page.goto(link!);
    await page.waitForURL((url) => !url.pathname.startsWith("/api/auth") && !url.pathname.startsWith("/sign-in"));
    const session = (await (await page.request.get(`${baseUrl}/api/auth/session`)).json()) as { user?: { email?: string } };
    expect(session.user?.email).toBe(database.seeded.staffEmail);
    // The link's token never reached a log line.
    const token = new URL(link!).searchParams.get("token")!;
    expect(web.output()).not.toContain(token);
  });

  it("logs JSON lines, with the worker saying what it runs", () => {
    const workerLines = jsonLines(worker.output());
    expect(workerLines.find((line) => line.msg === "worker running")).toMatchObject({ level: "info", component: "worker" });
  });

  it("stops the web app gracefully: in-flight requests finish, a stuck one cannot hold it past the deadline", async () => {
    const port = Number(new URL(baseUrl).port);
    let signalled = false;
    // Auth.js reads the whole form body (for its CSRF check) before it answers, so a request whose body
    // is still arriving is in flight.
    const slowPost = (complete: boolean) =>
      new Promise<{ status: number; afterSignal: boolean }>((resolve, reject) => {
        const body = "email=someone%40example.test&csrfToken=not-a-token";
        const call = request(
          {
            host: "127.0.0.1",
            port,
            method: "POST",
            path: "/api/auth/signin/email",
            headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) },
          },
          (response) => {
            const answered = { status: response.statusCode ?? 0, afterSignal: signalled };
            response.resume();
            response.on("end", () => resolve(answered));
          },
        );
        call.on("error", reject);
        call.write(body.slice(0, 5));
        if (complete) setTimeout(() => call.end(body.slice(5)), 1000);
      });
    const stuck = slowPost(false).catch(() => "cut off");
    const inFlight = slowPost(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    signalled = true;
    web.child.kill("SIGTERM");
    // Answered after the signal: the body arrived later and the request still finished.
    expect(await inFlight).toMatchObject({ afterSignal: true });
    expect(await web.exited).toBe(1);
    expect(await stuck).toBe("cut off");
    const messages = jsonLines(web.output()).map((line) => line.msg);
    expect(messages).toContain("web stopping: finishing in-flight requests");
    expect(messages).toContain("in-flight requests did not finish within the deadline: exiting");
  });

  it("stops the worker gracefully: no new jobs, heartbeat removed, exit 0", async () => {
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
    expect(jsonLines(worker.output()).map((line) => line.msg)).toContain("worker stopped");
    expect(await database.heartbeats()).toBe(0);
  });

  it("refuses to start on a database migrated by a newer version, saying so", async () => {
    await database.recordMigration("29991231000000_from_a_newer_version");
    const newerWeb = start(env.web.command, image.root, env.web.environment);
    expect(await newerWeb.exited).toBe(1);
    expect(newerWeb.output()).toContain("the database schema is newer than this version of the code");
    expect(newerWeb.output()).toContain("29991231000000_from_a_newer_version");
    const newerWorker = start(env.worker.command, image.root, env.worker.environment);
    expect(await newerWorker.exited).toBe(1);
    expect(newerWorker.output()).toContain("the database schema is newer than this version of the code");
  });
});
