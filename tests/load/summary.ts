// The load test's verdict: the checks the issue asks for, each with the number behind it, and a printed
// summary table (per phase: requests, rate, latency, failures; then the database count, the recovery
// and the worker).
import type { CompletionAudit } from "./completion-audit";
import { errorCount, type PhaseStats } from "./metrics";
import type { ProbeResult } from "./worker-probe";

export type Recovery = {
  // PostgreSQL stopped until it accepted connections again.
  outageSeconds: number;
  // From PostgreSQL being back until the last failed request ended (0 if nothing failed after it).
  recoverySeconds: number;
  limitSeconds: number;
  failuresDuringFault: number;
  // Completions acknowledged after the last failure of the fault phase.
  completionsAfterRecovery: number;
};

export type LoadReport = {
  customers: number;
  tasksPerCustomer: number;
  // Customers who completed every task of their plan and went on opening pages only.
  customersOutOfTasks: number;
  steadySeconds: number;
  faultSeconds: number;
  steady: PhaseStats;
  fault: PhaseStats;
  drain: PhaseStats;
  pendingAfterDrain: number;
  recovery: Recovery;
  audit: CompletionAudit;
  appAlive: boolean;
  workerAlive: boolean;
  workerBefore: ProbeResult;
  workerAfter: ProbeResult;
  // Answers during the fault that told a signed-in customer to sign in (401, redirect to /sign-in).
  signInAnswers: number;
  faultFailureExamples: string[];
};

export type Check = { name: string; ok: boolean; value: string };

export function checksOf(report: LoadReport): Check[] {
  const { steady, fault, recovery, audit } = report;
  const check = (name: string, ok: boolean, value: string | number): Check => ({ name, ok, value: String(value) });
  return [
    check("steady load: 0 errors (non-2xx, timeouts, error bodies)", errorCount(steady) === 0, errorCount(steady)),
    check("steady load: requests served", steady.requests > 0, steady.requests),
    check("fault: no request hung past the timeout", fault.failures.timeout === 0, fault.failures.timeout),
    check("fault: no dropped connection (the app kept serving)", fault.failures.network === 0, fault.failures.network),
    check("fault: failures were error answers, not wrong content", fault.failures["bad-body"] === 0, fault.failures["bad-body"]),
    check(
      "fault: no one was told to sign in again (401, redirect to /sign-in)",
      report.signInAnswers === 0,
      report.signInAnswers,
    ),
    check(
      "no error answer leaked internals",
      fault.leaks + steady.leaks + report.drain.leaks === 0,
      fault.leaks + steady.leaks + report.drain.leaks,
    ),
    check(
      `fault: app served again within ${recovery.limitSeconds}s of PostgreSQL's return`,
      recovery.recoverySeconds <= recovery.limitSeconds,
      `${recovery.recoverySeconds.toFixed(1)}s`,
    ),
    check(
      "fault: completions acknowledged after recovery",
      recovery.completionsAfterRecovery > 0,
      recovery.completionsAfterRecovery,
    ),
    check("retries: every failed completion accepted in the end", report.pendingAfterDrain === 0, report.pendingAfterDrain),
    check("database: 0 lost completions (acknowledged but not DONE)", audit.lost === 0, audit.lost),
    check("database: nothing DONE that no customer sent", audit.phantom === 0, audit.phantom),
    check("database: DONE tasks = acknowledged completions", audit.doneInDatabase === audit.acknowledged, audit.doneInDatabase),
    check(
      "database: one activity event per completion",
      audit.tasksWithDuplicateEvents + audit.tasksWithoutEvent === 0,
      audit.activityEvents,
    ),
    check(
      "database: every account's progress matches its tasks",
      audit.accountsWithWrongProgress === 0,
      audit.accountsWithWrongProgress,
    ),
    check("app process alive (never restarted)", report.appAlive, report.appAlive ? "yes" : "no"),
    check("worker process alive (never restarted)", report.workerAlive, report.workerAlive ? "yes" : "no"),
    check("worker sent a due check-in before the restart", report.workerBefore.ok, `${report.workerBefore.seconds}s`),
    check("worker sent a due check-in after the restart", report.workerAfter.ok, `${report.workerAfter.seconds}s`),
  ];
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : "–");
const int = (value: number) => value.toLocaleString("en-US");

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ")).join("\n");
}

export function formatSummary(report: LoadReport, checks: Check[]): string {
  const phases: [string, PhaseStats, string][] = [
    [`steady (${report.steadySeconds}s)`, report.steady, "0 errors required"],
    [`fault (${report.faultSeconds}s, restart)`, report.fault, "clean failures only"],
    ["retries after load", report.drain, ""],
  ];
  const failures = (stats: PhaseStats) =>
    `${int(errorCount(stats))} (http ${stats.failures.http}, timeout ${stats.failures.timeout}, conn ${stats.failures.network}, body ${stats.failures["bad-body"]})`;
  const phaseTable = table([
    ["phase", "requests", "req/s", "p50", "p99", "max", "pages ok", "completions ok", "errors"],
    ...phases.map(([name, stats]) => [
      name,
      int(stats.requests),
      stats.perSecond.toFixed(1),
      ms(stats.p50),
      ms(stats.p99),
      ms(stats.max),
      int(stats.pages),
      int(stats.completions),
      failures(stats),
    ]),
  ]);
  const { audit, recovery } = report;
  const lines = [
    "",
    `Load and fault test: ${report.customers} concurrent customers, ${report.tasksPerCustomer} open tasks each (${report.customersOutOfTasks} completed them all)`,
    "",
    phaseTable,
    "",
    `Completions: ${int(audit.acknowledged)} acknowledged, ${int(audit.doneInDatabase)} DONE in the database, ${audit.lost} lost, ${audit.phantom} phantom, ${audit.doneWithoutAcknowledgement} done before their answer was lost (retried), ${int(audit.activityEvents)} activity events`,
    `Restart: PostgreSQL down ${recovery.outageSeconds.toFixed(1)}s; ${int(recovery.failuresDuringFault)} requests failed cleanly; app serving again ${recovery.recoverySeconds.toFixed(1)}s after PostgreSQL was back`,
    `Worker: alive ${report.workerAlive ? "yes" : "no"}; due check-in sent ${report.workerBefore.ok ? `in ${report.workerBefore.seconds}s` : "NO"} before and ${report.workerAfter.ok ? `in ${report.workerAfter.seconds}s` : `NO (${report.workerAfter.detail})`} after the restart`,
  ];
  if (report.faultFailureExamples.length > 0) {
    lines.push("Failures during the fault (first of each kind):", ...report.faultFailureExamples.map((line) => `  ${line}`));
  }
  lines.push("", table([["check", "value", ""], ...checks.map((item) => [item.name, item.value, item.ok ? "PASS" : "FAIL"])]));
  const failed = checks.filter((item) => !item.ok).length;
  lines.push(
    "",
    failed === 0 ? `load test: all ${checks.length} checks passed` : `load test: ${failed} of ${checks.length} checks FAILED`,
  );
  return lines.join("\n");
}
