// Renders the results: an aligned table for the terminal and bench/results.md with the machine, date and commit.
import { execSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Scenario, ScenarioResult } from "../scenarios/scenario";
import { root } from "./app-server";

export type ScenarioOutcome = { scenario: Scenario; result: ScenarioResult | { status: "failed"; error: string } };

const header = ["Scenario", "Metric", "App", "Reference (floor)", "Target", "Met"];

function rowsOf(outcomes: ScenarioOutcome[]): string[][] {
  const rows: string[][] = [];
  for (const { scenario, result } of outcomes) {
    if (result.status === "failed") {
      rows.push([scenario.title, "—", `failed: ${result.error}`, "—", "—", "✗"]);
      continue;
    }
    for (const [index, line] of result.measurements.entries()) {
      const met = line.met === null ? (result.status === "not available yet" ? "n/a" : "") : line.met ? "✓" : "✗";
      rows.push([index === 0 ? scenario.title : "", line.metric, line.app, line.reference, line.target, met]);
    }
  }
  return rows;
}

export function terminalTable(outcomes: ScenarioOutcome[]): string {
  const rows = [header, ...rowsOf(outcomes)];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => [...row[column]!].length)));
  const format = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ");
  const rule = widths.map((width) => "─".repeat(width)).join("  ");
  return [format(header), rule, ...rows.slice(1).map(format)].join("\n");
}

export function machineSummary() {
  const commit = (() => {
    try {
      const sha = execSync("git rev-parse --short HEAD", { cwd: root }).toString().trim();
      const dirty = execSync("git status --porcelain", { cwd: root }).toString().trim() ? " (with uncommitted changes)" : "";
      return `${sha}${dirty}`;
    } catch {
      return "unknown";
    }
  })();
  const cpu = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    commit,
    cores: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
  };
}

export function writeResultsMarkdown(
  outcomes: ScenarioOutcome[],
  extra: { accounts: number; postgres: string; seconds: number },
): string {
  const machine = machineSummary();
  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  const table = [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rowsOf(outcomes).map((row) => `| ${row.map(escape).join(" | ")} |`),
  ];
  const notes = outcomes.flatMap(({ scenario, result }) => {
    const lines =
      result.status === "failed"
        ? [`failed: ${result.error}`]
        : [
            ...(result.status === "not available yet" ? [`App side not available yet: ${result.reason}.`] : []),
            ...(result.notes ?? []),
          ];
    return lines.map((line) => `- **${scenario.title}**: ${line}`);
  });
  const markdown = [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (see [README](../README.md#benchmarks)). Each scenario is measured side by side with its",
    "reference (the floor: the same work without the framework) in the same run, against a production build",
    "(`next build && next start`) on real PostgreSQL.",
    "",
    `- Date: ${machine.date}`,
    `- Commit: ${machine.commit}`,
    `- Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB RAM, Node ${machine.node}, ${extra.postgres}`,
    `- Data: ${extra.accounts.toLocaleString("en-US")} accounts in one organization (\`npm run bench:seed\`); run took ${extra.seconds.toFixed(0)} s`,
    "",
    ...table,
    "",
    "## Notes",
    "",
    ...notes,
    "",
  ].join("\n");
  const file = path.join(root, "bench", "results.md");
  writeFileSync(file, markdown);
  return file;
}
