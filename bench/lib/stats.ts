// Percentiles over a list of timings (milliseconds), nearest-rank, so p95 of 200 samples is a real sample.
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export type Timing = { p50: number; p95: number; samples: number };

export function summarize(samples: number[]): Timing {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples: samples.length };
}

// Runs `fn` sequentially: `warmup` untimed runs, then `runs` timed ones (wall clock, milliseconds).
export async function timeSequential(fn: () => Promise<unknown>, runs: number, warmup: number): Promise<Timing> {
  for (let index = 0; index < warmup; index++) await fn();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}
