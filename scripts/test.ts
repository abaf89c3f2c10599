// `npm test`: everything CI checks, in order — format, lint, types, unit, integration (real PostgreSQL
// when DATABASE_URL is set, else the embedded one), browser tests in headless Chromium. Ends with one
// summary line: "tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

type Step = { name: string; command: string[]; env?: Record<string, string>; reportFile?: string };

const reports = mkdtempSync(path.join(tmpdir(), "onward-test-"));
const only = process.argv.slice(2);
const vitest = (project: string, env: Record<string, string> = {}): Step => {
  const reportFile = path.join(reports, `${project}.json`);
  return {
    name: project,
    command: [
      "node_modules/.bin/vitest",
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${reportFile}`,
    ],
    env,
    reportFile,
  };
};

const steps: Step[] = [
  { name: "format", command: ["node_modules/.bin/prettier", "--check", "--log-level", "warn", "."] },
  { name: "lint", command: ["node_modules/.bin/eslint", "--max-warnings", "0", "."] },
  { name: "typecheck", command: ["node_modules/.bin/tsc", "--noEmit"] },
  // A non-UTC zone makes any time-zone slip in date logic fail.
  vitest("unit", { TZ: "America/New_York" }),
  vitest("integration"),
  vitest("security"),
  vitest("e2e"),
].filter((step) => only.length === 0 || only.includes(step.name));

let passed = 0;
let failed = 0;
const failures: string[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command[0]!, step.command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...step.env },
  });
  if (step.reportFile) {
    try {
      const report = JSON.parse(readFileSync(step.reportFile, "utf8")) as { numPassedTests: number; numFailedTests: number };
      passed += report.numPassedTests;
      failed += report.numFailedTests;
    } catch {
      // no report: the runner itself failed, counted below
    }
  }
  if (result.status !== 0) failures.push(step.name);
}

console.log(
  `\nSteps: ${steps.length - failures.length} of ${steps.length} green${failures.length ? ` (failed: ${failures.join(", ")})` : ""}`,
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length > 0 ? 1 : 0);
