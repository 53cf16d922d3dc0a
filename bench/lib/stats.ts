/** Summary of repeated timings in milliseconds: nearest-rank percentiles. */
export interface Timing {
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly meanMs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    runs: sorted.length,
    medianMs: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    minMs: round(sorted[0]),
    maxMs: round(sorted[sorted.length - 1]),
    meanMs: round(sorted.reduce((s, x) => s + x, 0) / sorted.length),
  };
}

/**
 * Runs `task` `warmup` times unmeasured, then `runs` times, timing each run; stops early once
 * `budgetMs` is spent (after at least 10 runs), so a slow scale still finishes.
 */
export async function timeRuns(
  runs: number,
  warmup: number,
  task: () => Promise<void>,
  budgetMs = Number.POSITIVE_INFINITY,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await task();
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await task();
    samples.push(performance.now() - t0);
    if (samples.length >= 10 && performance.now() - started > budgetMs) break;
  }
  return summarize(samples);
}
