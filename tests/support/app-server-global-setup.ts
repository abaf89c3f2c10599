// Vitest global setup for browser tests: a production build of the app served by `next start` against
// the run's test database. The build is skipped when ONWARD_E2E_SKIP_BUILD=1 and one exists.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
let server: ChildProcess | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/sign-in`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The app did not start at ${url} within ${timeoutMs / 1000}s`);
}

export async function setup() {
  // The browser tests run a production server, which refuses OUTBOUND_ALLOW_LOOPBACK (the integration tests'
  // local webhook receivers need it; no browser test does).
  const { OUTBOUND_ALLOW_LOOPBACK: _loopbackForIntegrationTests, ...inherited } = process.env;
  const env = { ...inherited, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
  const hasBuild = existsSync(path.join(root, ".next", "BUILD_ID"));
  if (!(process.env.ONWARD_E2E_SKIP_BUILD === "1" && hasBuild)) {
    console.log("[e2e] building the app (next build)…");
    const build = spawnSync("node_modules/.bin/next", ["build"], { cwd: root, env, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  server = spawn("node_modules/.bin/next", ["start", "--port", String(port)], {
    cwd: root,
    env: { ...env, APP_URL: baseUrl, PORT: String(port) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForServer(baseUrl, 60_000);
  process.env.E2E_BASE_URL = baseUrl;
}

export async function teardown() {
  server?.kill("SIGTERM");
}
