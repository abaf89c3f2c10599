// The production worker (`npm run worker`, scripts/worker.ts) as its own process, next to the app, with
// its output in a log file. The load test never restarts it: it must ride out the database restart.
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { root } from "../../bench/lib/app-server";

export type WorkerProcess = {
  pid: number;
  running(): boolean;
  log(): string;
  stop(): Promise<void>;
};

export async function startWorkerProcess(env: Record<string, string>, logFile: string): Promise<WorkerProcess> {
  const out = openSync(logFile, "a");
  const child = spawn("node_modules/.bin/tsx", ["scripts/worker.ts"], {
    cwd: root,
    detached: true,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", out, out],
  });
  closeSync(out); // the child has its own copy
  const running = () => child.exitCode === null && child.signalCode === null;
  const log = () => readFileSync(logFile, "utf8");
  const stop = async () => {
    if (!running() || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 25_000))]);
    if (running()) process.kill(-child.pid, "SIGKILL");
  };
  // Ready once it has subscribed to its queues (it logs "worker running" once it has).
  const deadline = Date.now() + 60_000;
  while (!log().includes("worker running")) {
    if (!running()) throw new Error(`The worker exited during start-up:\n${log()}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The worker did not start within 60s:\n${log()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { pid: child.pid!, running, log, stop };
}
