// Every request the virtual customers make, tagged with the phase it started in, so the summary can
// count requests, latencies and failures per phase.
import { percentile } from "../../bench/lib/stats";

export type PhaseName = "steady" | "fault" | "drain";
export type RequestKind = "page" | "completion";
// ok: the expected answer. http: an error status or a redirect away. bad-body: 200 without the expected
// content. timeout: no full answer within the client's timeout. network: connection refused or reset.
export type Outcome = "ok" | "http" | "bad-body" | "timeout" | "network";

export type Sample = {
  phase: PhaseName;
  kind: RequestKind;
  startedAt: number;
  ms: number;
  outcome: Outcome;
  status: number | null;
  // The internal detail an error answer gave away (stack frame, driver error, SQL state), if any.
  leak: string | null;
  detail: string;
};

export type Recorder = {
  samples: Sample[];
  startPhase(phase: PhaseName): void;
  // Tagged with the phase the request started in.
  record(sample: Omit<Sample, "phase">): void;
};

export function createRecorder(): Recorder {
  const starts: { phase: PhaseName; at: number }[] = [{ phase: "steady", at: 0 }];
  const samples: Sample[] = [];
  return {
    samples,
    startPhase(phase) {
      starts.push({ phase, at: Date.now() });
    },
    record(sample) {
      const phase = starts.findLast((start) => start.at <= sample.startedAt)!.phase;
      samples.push({ ...sample, phase });
    },
  };
}

export type PhaseStats = {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  pages: number;
  completions: number;
  failures: Record<Outcome, number>;
  leaks: number;
};

export function phaseStats(samples: Sample[], seconds: number): PhaseStats {
  const latencies = samples.map((sample) => sample.ms);
  const failures: Record<Outcome, number> = { ok: 0, http: 0, "bad-body": 0, timeout: 0, network: 0 };
  for (const sample of samples) failures[sample.outcome]++;
  return {
    requests: samples.length,
    perSecond: seconds > 0 ? samples.length / seconds : 0,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.length ? Math.max(...latencies) : Number.NaN,
    pages: samples.filter((sample) => sample.kind === "page" && sample.outcome === "ok").length,
    completions: samples.filter((sample) => sample.kind === "completion" && sample.outcome === "ok").length,
    failures,
    leaks: samples.filter((sample) => sample.leak !== null).length,
  };
}

export const errorCount = (stats: PhaseStats) => stats.requests - stats.failures.ok;
