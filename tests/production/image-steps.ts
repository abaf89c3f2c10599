// The Dockerfile's steps, replayed on this machine: a clean copy of the repository (what `COPY . .`
// sees), a full install and `npm run build` (the build stage), a production-only install (the
// production-dependencies stage), and the runtime layout (sources + node_modules at the root, the
// standalone server in web/). composeServices() then reads compose.yml for each service's command and
// environment, interpolated the way `docker compose` does from a .env file.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { listMigrationFolders } from "../../server/db/migration-folders";

const repo = path.resolve(import.meta.dirname, "../..");

export type Image = {
  root: string;
  imageEnvironment: Record<string, string>;
  shippedMigrations: string[];
  hasPackage(name: string): boolean;
  remove(): Promise<void>;
};

// Only what a container build would have: no secrets or test settings from this process.
const buildEnvironment = () => ({
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  HOME: process.env.HOME ?? tmpdir(),
  CI: "true",
  NEXT_TELEMETRY_DISABLED: "1",
});

function run(command: string[], cwd: string): void {
  const result = spawnSync(command[0]!, command.slice(1), {
    cwd,
    env: buildEnvironment() as Record<string, string> as NodeJS.ProcessEnv,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`${command.join(" ")} failed in ${cwd}\n${result.stdout}\n${result.stderr}`);
  }
}

function copyPaths(from: string, to: string, paths: string[]): void {
  for (const item of paths) {
    if (existsSync(path.join(from, item)))
      cpSync(path.join(from, item), path.join(to, item), { recursive: true, verbatimSymlinks: true });
  }
}

// The ENV lines of the Dockerfile's base and runtime stages, as the running container sees them.
function imageEnvironment(dockerfile: string): Record<string, string> {
  const stages = dockerfile.split(/^FROM /m);
  const wanted = stages.filter((stage) => / AS (base|runtime)\b/.test(stage.split("\n")[0]!));
  return Object.fromEntries(
    wanted.flatMap((stage) =>
      [...stage.matchAll(/^ENV (.+)$/gm)].flatMap((line) =>
        [...line[1]!.matchAll(/(\w+)=(\S+)/g)].map((pair) => [pair[1]!, pair[2]!]),
      ),
    ),
  );
}

// The steps below are these Dockerfile lines; fail loudly if the Dockerfile stops saying them.
const replayedDockerfileLines = [
  "RUN npm ci --no-audit --no-fund",
  "RUN npm run build",
  "RUN npm ci --omit=dev --no-audit --no-fund",
  "COPY --from=production-dependencies /app/node_modules ./node_modules",
  "COPY --from=build /app/.next/standalone ./web",
  "USER node",
];

const describeImage = (root: string, dockerfile: string, remove: () => Promise<void>): Image => ({
  root,
  imageEnvironment: imageEnvironment(dockerfile),
  shippedMigrations: listMigrationFolders(path.join(root, "prisma", "migrations")),
  hasPackage: (name) => existsSync(path.join(root, "node_modules", name, "package.json")),
  remove,
});

// ONWARD_PRODUCTION_IMAGE_DIR reuses a runtime folder made by an earlier run (kept, not rebuilt), so the
// checks can be re-run in seconds while working on them; CI always builds from scratch.
export async function buildImageInCleanCopy(reuse = process.env.ONWARD_PRODUCTION_IMAGE_DIR): Promise<Image> {
  const dockerfile = readFileSync(path.join(repo, "Dockerfile"), "utf8");
  for (const line of replayedDockerfileLines) {
    if (!dockerfile.includes(line)) throw new Error(`The Dockerfile no longer says "${line}": update image-steps.ts`);
  }
  if (reuse) return describeImage(reuse, dockerfile, async () => undefined);
  const workspace = mkdtempSync(path.join(tmpdir(), "onward-image-"));
  const context = path.join(workspace, "context");
  const build = path.join(workspace, "build");
  const root = path.join(workspace, "app");
  // The build context: the repository's files as a fresh clone has them (nothing ignored, nothing built).
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: repo,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file && existsSync(path.join(repo, file)));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(context, file)), { recursive: true });
    cpSync(path.join(repo, file), path.join(context, file));
  }
  const installInputs = ["package.json", "package-lock.json", "prisma", "scripts"];

  // Build stage.
  mkdirSync(build);
  copyPaths(context, build, installInputs);
  run(["npm", "ci", "--no-audit", "--no-fund"], build);
  cpSync(context, build, { recursive: true, verbatimSymlinks: true });
  run(["npm", "run", "build"], build);

  // Production-dependencies stage, then the runtime layout.
  mkdirSync(root);
  copyPaths(context, root, installInputs);
  run(["npm", "ci", "--omit=dev", "--no-audit", "--no-fund"], root);
  copyPaths(context, root, ["tsconfig.json", "lib", "server"]);
  // Verbatim: Next links its external packages from .next/node_modules with relative symlinks, which must
  // not be turned into absolute ones into the build folder (deleted below), as Docker's COPY keeps them.
  cpSync(path.join(build, ".next", "standalone"), path.join(root, "web"), { recursive: true, verbatimSymlinks: true });
  rmSync(build, { recursive: true, force: true });
  rmSync(context, { recursive: true, force: true });

  return describeImage(root, dockerfile, async () => rmSync(workspace, { recursive: true, force: true }));
}

// ${NAME}, ${NAME:-default} and ${NAME:?error}, as docker compose interpolates them.
function interpolate(value: string, dotenv: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?:(:-|:\?)([^}]*))?\}/g, (_match, name: string, operator?: string, argument = "") => {
    const given = dotenv[name];
    if (given !== undefined && given !== "") return given;
    if (operator === ":?") throw new Error(`compose.yml: ${name} is required: ${argument}`);
    return operator === ":-" ? argument : "";
  });
}

type ComposeService = { command: string[]; environment: Record<string, string> };
type ComposeFile = { services: Record<string, { command?: string[]; environment?: Record<string, string | number | boolean> }> };

export function composeServices(
  image: Image,
  options: { dotenv: Record<string, string>; databaseUrl: string; port: number },
): Record<"migrate" | "web" | "worker", ComposeService> {
  const compose = parse(readFileSync(path.join(repo, "compose.yml"), "utf8")) as ComposeFile;
  const service = (name: "migrate" | "web" | "worker"): ComposeService => {
    const definition = compose.services[name]!;
    const declared = Object.fromEntries(
      Object.entries(definition.environment ?? {}).map(([key, value]) => [key, interpolate(String(value), options.dotenv)]),
    );
    if (!declared.DATABASE_URL?.includes("@db:5432/"))
      throw new Error("compose.yml: DATABASE_URL should point at the db service");
    return {
      command: definition.command!,
      environment: {
        // What every container has.
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: mkdtempSync(path.join(tmpdir(), "onward-home-")),
        ...image.imageEnvironment,
        ...declared,
        // The only departures from compose.yml: the host names and paths of this machine.
        DATABASE_URL: options.databaseUrl,
        PORT: String(options.port),
        HOSTNAME: "127.0.0.1",
        STORAGE_LOCAL_DIR: path.join(image.root, "data", "uploads"),
      },
    };
  };
  return { migrate: service("migrate"), web: service("web"), worker: service("worker") };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
