// Worker processes for the check-in bench: `scripts/worker.ts` (pg-boss, the production entry point) pointed
// at the bench database and a local fake Resend. Each runs in its own process group so it can be killed
// whole (SIGKILL, as a crash) and restarted; their memory (RSS of the whole group) is sampled while they run.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { root } from "./app-server";

export type WorkerSettings = { databaseUrl: string; resendUrl: string; requestsPerSecond: number };

const workerScript = path.join(root, "scripts", "worker.ts");
const authSecret = randomBytes(32).toString("base64");

export class CheckInWorkers {
  private readonly children: ChildProcess[] = [];
  maxRssMb = 0;

  constructor(private readonly settings: WorkerSettings) {}

  start(count: number): void {
    for (let index = 0; index < count; index++) this.children.push(this.spawnOne());
  }

  private spawnOne(): ChildProcess {
    const env = {
      ...process.env,
      NODE_ENV: "production" as const,
      DATABASE_URL: this.settings.databaseUrl,
      RESEND_API_KEY: "re_bench_only",
      RESEND_BASE_URL: this.settings.resendUrl,
      RESEND_REQUESTS_PER_SECOND: String(this.settings.requestsPerSecond),
      AUTH_SECRET: authSecret,
    };
    return spawn("node_modules/.bin/tsx", [workerScript], {
      cwd: root,
      env,
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }

  // Kills the first worker's whole process group at once (no shutdown) and starts a new one in its place.
  crashAndRestartOne(): void {
    const victim = this.children.shift();
    if (victim?.pid) process.kill(-victim.pid, "SIGKILL");
    this.children.push(this.spawnOne());
  }

  // RSS (MB) of each worker's process group (tsx runs the worker in a child node process).
  sampleMemory(): void {
    const byGroup = new Map<number, number>();
    for (const line of execFileSync("ps", ["-eo", "pgid=,rss="]).toString().split("\n")) {
      const [group, rss] = line.trim().split(/\s+/).map(Number);
      if (group && rss) byGroup.set(group, (byGroup.get(group) ?? 0) + rss);
    }
    for (const child of this.children) {
      if (child.pid && child.exitCode === null) this.maxRssMb = Math.max(this.maxRssMb, (byGroup.get(child.pid) ?? 0) / 1024);
    }
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.pid === undefined) return resolve();
            child.once("exit", () => resolve());
            process.kill(-child.pid, "SIGTERM");
            setTimeout(() => child.exitCode === null && child.pid !== undefined && process.kill(-child.pid, "SIGKILL"), 5_000);
          }),
      ),
    );
  }
}
