// Turns the recorded requests and the timeline into the report's per-phase figures and the recovery:
// how long after PostgreSQL's return the last failure ended, and whether work was accepted after it.
import { errorCount, phaseStats, type PhaseStats, type Sample } from "./metrics";
import type { Timeline } from "./run-phases";
import type { Recovery } from "./summary";

export type SampleAnalysis = {
  steady: PhaseStats;
  fault: PhaseStats;
  drain: PhaseStats;
  faultSeconds: number;
  recovery: Recovery;
  signInAnswers: number;
  faultFailureExamples: string[];
};

export function analyseSamples(samples: Sample[], timeline: Timeline, recoveryLimitSeconds: number): SampleAnalysis {
  const of = (phase: Sample["phase"]) => samples.filter((sample) => sample.phase === phase);
  const faultSamples = of("fault");
  const failed = faultSamples.filter((sample) => sample.outcome !== "ok");
  const lastFailureEnd = Math.max(timeline.databaseBack, ...failed.map((sample) => sample.startedAt + sample.ms));
  const examples = new Map<string, string>();
  for (const sample of failed) {
    const key = `${sample.kind} ${sample.outcome} ${sample.status ?? ""}`;
    if (!examples.has(key)) examples.set(key, `${key}: ${sample.detail.replace(/\s+/g, " ").slice(0, 140)}`);
  }
  const faultSeconds = (timeline.faultEnd - timeline.faultStart) / 1000;
  const fault = phaseStats(faultSamples, faultSeconds);
  const drain = of("drain");
  const drainSeconds = drain.length
    ? (Math.max(...drain.map((sample) => sample.startedAt + sample.ms)) - timeline.faultEnd) / 1000
    : 0;
  return {
    steady: phaseStats(of("steady"), (timeline.faultStart - timeline.steadyStart) / 1000),
    fault,
    drain: phaseStats(drain, drainSeconds),
    faultSeconds: Math.round(faultSeconds),
    recovery: {
      outageSeconds: (timeline.databaseBack - timeline.outageStart) / 1000,
      recoverySeconds: (lastFailureEnd - timeline.databaseBack) / 1000,
      limitSeconds: recoveryLimitSeconds,
      failuresDuringFault: errorCount(fault),
      completionsAfterRecovery: faultSamples.filter(
        (sample) => sample.kind === "completion" && sample.outcome === "ok" && sample.startedAt >= lastFailureEnd,
      ).length,
    },
    // A signed-in customer told to sign in: the app mistook the outage for a missing session.
    signInAnswers: [...faultSamples, ...drain].filter(
      (sample) => sample.status === 401 || sample.detail.startsWith("redirect to /sign-in"),
    ).length,
    faultFailureExamples: [...examples.values()],
  };
}
