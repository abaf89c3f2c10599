// The load test's own PostgreSQL: a throwaway server (initdb + pg_ctl in a temporary directory, on a free
// port) that the fault phase may stop and start at will. The machine's main cluster is never touched:
// other people and processes use it. As root the server runs as the `postgres` user (PostgreSQL refuses
// to run as root). Removed, data and all, when the run ends.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { freePort } from "../../bench/lib/app-server";

export type DatabaseServer = {
  // postgresql:// URL of the server's `postgres` database (the load test creates its own database on it).
  adminUrl: string;
  // Stops the server, keeps it down for `downMs`, starts it again; resolves once it accepts connections.
  restart(downMs: number): Promise<void>;
  remove(): Promise<void>;
};

// The newest installed server binaries (Debian: /usr/lib/postgresql/<major>/bin), else pg_config's, or PG_BIN.
export function postgresBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = "/usr/lib/postgresql";
  const majors = existsSync(base) ? readdirSync(base).filter((entry) => existsSync(path.join(base, entry, "bin", "initdb"))) : [];
  const newest = majors.sort((a, b) => Number(b) - Number(a))[0];
  if (newest) return path.join(base, newest, "bin");
  try {
    return execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("No PostgreSQL server binaries found: install postgresql or set PG_BIN to the directory of initdb");
  }
}

const runningAsRoot = () => userInfo().uid === 0;

// Asynchronous, so the load generator's requests and timers keep running while the server stops and starts.
function run(binDir: string, program: string, args: string[]): Promise<void> {
  const binary = path.join(binDir, program);
  const [command, commandArgs] = runningAsRoot() ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
  return new Promise((resolve, reject) =>
    execFile(command, commandArgs, (error, _stdout, stderr) =>
      error ? reject(new Error(`${program} failed: ${stderr || error.message}`)) : resolve(),
    ),
  );
}

// fast: what `pg_ctlcluster restart` and systemd do (sessions are ended, open transactions rolled back).
// immediate: as if the server crashed (no clean shutdown; crash recovery from the WAL on start).
export type StopMode = "fast" | "immediate";

export async function createPrivatePostgres(stopMode: StopMode = "fast"): Promise<DatabaseServer> {
  const binDir = postgresBinDir();
  const dir = mkdtempSync(path.join(tmpdir(), "onward-load-pg-"));
  if (runningAsRoot()) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "postgresql.log");
  const port = await freePort();
  await run(binDir, "initdb", ["-D", dataDir, "--auth=trust", "-U", "postgres", "-E", "UTF8", "--no-instructions"]);
  // Socket in the private directory: nothing is shared with the main cluster's /var/run/postgresql.
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const start = () => run(binDir, "pg_ctl", ["-D", dataDir, "-l", logFile, "-o", serverOptions, "-w", "-t", "60", "start"]);
  const stop = (mode: StopMode = stopMode) => run(binDir, "pg_ctl", ["-D", dataDir, "-m", mode, "-w", "-t", "60", "stop"]);
  await start();
  let removed = false;
  return {
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async restart(downMs) {
      await stop();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
    },
    async remove() {
      if (removed) return;
      removed = true;
      await stop("fast").catch(() => {}); // already stopped
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A server the caller runs (`--database-url` with `--restart-command`): restarting runs their command,
// which must return once PostgreSQL is back (or the recovery wait below covers the rest).
export function externalPostgres(adminUrl: string, restartCommand: string): DatabaseServer {
  return {
    adminUrl,
    async restart() {
      await new Promise<void>((resolve, reject) =>
        execFile("sh", ["-c", restartCommand], (error, _stdout, stderr) =>
          error ? reject(new Error(`--restart-command failed: ${stderr || error.message}`)) : resolve(),
        ),
      );
    },
    async remove() {},
  };
}
