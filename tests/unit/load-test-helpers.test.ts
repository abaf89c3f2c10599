// The load test's own judgement: what counts as leaked internals, which phase a request belongs to, and
// that the checks fail on the faults they exist for. (The load itself runs in `npm run test:load`.)
import { describe, expect, it } from "vitest";
import { leakedInternals } from "../load/http-request";
import { createRecorder, phaseStats, type Sample } from "../load/metrics";
import { checksOf, type LoadReport } from "../load/summary";

describe("leakedInternals", () => {
  it("flags driver errors, SQL states and stack frames", () => {
    expect(leakedInternals("Invalid `prisma.session.findUnique()` invocation")).toMatch(/Prisma/);
    expect(leakedInternals("connect ECONNREFUSED 127.0.0.1:5432")).toMatch(/pg error/);
    expect(leakedInternals("Database error. Code: `57P01`")).toMatch(/SQL state/);
    expect(leakedInternals("Error: boom\n    at completeTask (/app/server/onboarding/plan/set-task-status.ts:12:7)")).toMatch(
      /stack frame/,
    );
  });

  it("accepts the app's generic error answers", () => {
    const trpc = `{"error":{"json":{"message":"Something went wrong on our side. Your change was not saved; please try again.","code":-32603}}}`;
    const page = `<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/></head><body></body></html>`;
    expect(leakedInternals(trpc)).toBeNull();
    expect(leakedInternals(page)).toBeNull();
  });
});

const sample = (startedAt: number, outcome: Sample["outcome"] = "ok"): Omit<Sample, "phase"> => ({
  kind: "completion",
  startedAt,
  ms: 10,
  outcome,
  status: outcome === "ok" ? 200 : 500,
  leak: null,
  detail: "",
});

describe("createRecorder", () => {
  it("files a request under the phase it started in, even when it ends in the next", () => {
    const recorder = createRecorder();
    const before = Date.now() - 1;
    recorder.startPhase("fault");
    recorder.record(sample(before));
    recorder.record(sample(Date.now() + 1));
    expect(recorder.samples.map((entry) => entry.phase)).toEqual(["steady", "fault"]);
  });
});

function cleanReport(): LoadReport {
  const stats = phaseStats([{ ...sample(0), phase: "steady" }], 1);
  const probe = { ok: true, seconds: 1, detail: "sent" };
  return {
    customers: 1,
    tasksPerCustomer: 10,
    customersOutOfTasks: 0,
    steadySeconds: 1,
    faultSeconds: 1,
    steady: stats,
    fault: stats,
    drain: phaseStats([], 1),
    pendingAfterDrain: 0,
    recovery: { outageSeconds: 1, recoverySeconds: 0, limitSeconds: 30, failuresDuringFault: 0, completionsAfterRecovery: 1 },
    audit: {
      acknowledged: 2,
      attempted: 2,
      doneInDatabase: 2,
      lost: 0,
      phantom: 0,
      doneWithoutAcknowledgement: 0,
      activityEvents: 2,
      tasksWithDuplicateEvents: 0,
      tasksWithoutEvent: 0,
      accountsWithWrongProgress: 0,
    },
    appAlive: true,
    workerAlive: true,
    workerBefore: probe,
    workerAfter: probe,
    signInAnswers: 0,
    faultFailureExamples: [],
  };
}

const failing = (report: LoadReport) =>
  checksOf(report)
    .filter((check) => !check.ok)
    .map((check) => check.name);

describe("checksOf", () => {
  it("passes a clean run", () => {
    expect(failing(cleanReport())).toEqual([]);
  });

  it("fails on a lost completion, a steady-phase error, a hang, a sign-in answer, a dead worker, a slow recovery", () => {
    const report = cleanReport();
    report.audit = { ...report.audit, lost: 1, doneInDatabase: 1 };
    report.steady = phaseStats([{ ...sample(0, "http"), phase: "steady" }], 1);
    report.fault = phaseStats([{ ...sample(0, "timeout"), phase: "fault" }], 1);
    report.signInAnswers = 3;
    report.workerAlive = false;
    report.recovery = { ...report.recovery, recoverySeconds: 31 };
    expect(failing(report)).toEqual(
      expect.arrayContaining([
        "database: 0 lost completions (acknowledged but not DONE)",
        "database: DONE tasks = acknowledged completions",
        "steady load: 0 errors (non-2xx, timeouts, error bodies)",
        "fault: no request hung past the timeout",
        "fault: no one was told to sign in again (401, redirect to /sign-in)",
        "worker process alive (never restarted)",
        "fault: app served again within 30s of PostgreSQL's return",
      ]),
    );
  });
});
