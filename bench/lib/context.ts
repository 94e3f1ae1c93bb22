import { join } from 'node:path';
import type { SnsaData } from '../../packages/report/dist/index.js';
import type { BenchOptions } from './options.js';

/** What every group of figures shares: the repository root, options, and the SNSA data loaded once. */
export interface BenchContext {
  /** Repository root. */
  root: string;
  options: BenchOptions;
  /** `bench/.cache`, for generated data (not committed). */
  cacheDir: string;
  /** The embedded datasets, loaded once with report's `loadSnsaData`. */
  snsaData(): Promise<SnsaData>;
  /** `--runs` if given, else the figure's default. */
  runs(defaultRuns: number): number;
  /** A progress line on stderr (the table goes to stdout). */
  log(message: string): void;
}

/**
 * Make the shared context of a bench run.
 *
 * @example
 * ```ts
 * const ctx = benchContext(root, parseBenchArgs(process.argv.slice(2)));
 * const data = await ctx.snsaData();
 * ```
 */
export function benchContext(root: string, options: BenchOptions): BenchContext {
  let data: Promise<SnsaData> | null = null;
  return {
    root,
    options,
    cacheDir: join(root, 'bench', '.cache'),
    snsaData() {
      data ??= import('../../packages/report/dist/index.js').then((r) => r.loadSnsaData({ datasetsDir: join(root, 'datasets') }));
      return data;
    },
    runs: (defaultRuns) => options.runs ?? defaultRuns,
    log: (message) => process.stderr.write(`bench: ${message}\n`),
  };
}
