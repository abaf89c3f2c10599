// The app as users get it: a production build (`next build`) served by `next start` on a free port,
// against the bench database. Stopped (process group) when the run ends, even on failure.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export function buildApp({ skipIfBuilt }: { skipIfBuilt: boolean }): void {
  if (skipIfBuilt && existsSync(path.join(root, ".next", "BUILD_ID"))) {
    process.stderr.write("Reusing the existing production build (.next).\n");
    return;
  }
  process.stderr.write("Building the app for production (next build)…\n");
  const build = spawnSync("node_modules/.bin/next", ["build"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) throw new Error("next build failed (run `npm run build` to see why)");
}

export type AppServer = {
  baseUrl: string;
  // False once `next start` has exited (crashed, or stopped).
  running(): boolean;
  stop(): Promise<void>;
};

// `logFile` keeps the server's output out of the terminal (the load test expects error logs during its
// database outage); without it the server's stderr shows in the terminal.
export async function startApp(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
  options: { logFile?: string } = {},
): Promise<AppServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = options.logFile ? openSync(options.logFile, "a") : undefined;
  const child: ChildProcess = spawn("node_modules/.bin/next", ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      APP_URL: baseUrl,
      // Mail stays in the outbox table: the bench never talks to a real provider.
      ONWARD_DEV_TOOLS: "true",
      ONWARD_DEV_TOOLS_IN_PRODUCTION: "I understand",
      PORT: String(port),
      ...extraEnv,
    },
    stdio: log === undefined ? ["ignore", "ignore", "inherit"] : ["ignore", log, log],
  });
  if (log !== undefined) closeSync(log); // the child has its own copy
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (!running() || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (running()) process.kill(-child.pid, "SIGKILL");
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/sign-in`)).ok) return { baseUrl, running, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`The app did not answer at ${baseUrl} within 60s`);
}
