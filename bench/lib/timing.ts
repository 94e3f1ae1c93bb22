/** Timings of repeated runs of one task, in milliseconds. */
export interface Timing {
  /** Median of the timed runs (warm-up runs excluded). */
  median: number;
  min: number;
  max: number;
  /** Number of timed runs. */
  runs: number;
  /** Every timed run, in the order they ran. */
  samples: number[];
}

/**
 * The median of some numbers (mean of the two middle ones for an even count).
 *
 * @example
 * ```ts
 * median([5, 1, 3]); // 3
 * median([4, 1, 3, 2]); // 2.5
 * ```
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Summarise timed samples as a {@link Timing}.
 *
 * @example
 * ```ts
 * summarise([12, 10, 11]).median; // 11
 * ```
 */
export function summarise(samples: readonly number[]): Timing {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length, samples: [...samples] };
}

/**
 * Collect garbage now if node runs with `--expose-gc` (pnpm bench does), so a
 * timed run does not pay for the garbage of the one before, as in a fresh process.
 *
 * @example
 * ```ts
 * collectGarbage();
 * ```
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Collect garbage and then wait a moment, so that work left running on other
 * threads (V8's concurrent sweeping, DuckDB's workers after a query) does
 * not land in the next timed run.
 *
 * @example
 * ```ts
 * await settle();
 * const t0 = performance.now();
 * ```
 */
export async function settle(ms = 25): Promise<void> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Time a task: `warmup` untimed runs (JIT, caches), then `runs` timed runs,
 * each after {@link settle}.
 *
 * @example
 * ```ts
 * const t = await timeRuns(() => computeIndicators({ observations }), { runs: 15, warmup: 2 });
 * t.median; // e.g. 95.2
 * ```
 */
export async function timeRuns(task: () => unknown, options: { runs: number; warmup?: number }): Promise<Timing> {
  for (let i = 0; i < (options.warmup ?? 1); i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    await settle();
    const t0 = performance.now();
    await task();
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

/**
 * Time one call and return its result with the elapsed milliseconds.
 *
 * @example
 * ```ts
 * const { value: table, ms } = await timed(() => readTable('extract.csv'));
 * ```
 */
export async function timed<T>(task: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await task();
  return { value, ms: performance.now() - t0 };
}
