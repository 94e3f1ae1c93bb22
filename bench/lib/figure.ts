import type { Timing } from './timing.js';

/** The groups of figures, selectable with `--only` and `--skip`. */
export const GROUPS = ['national', 'extract', 'own-data', 'charts', 'pack', 'all-areas', 'notebooks', 'core', 'dashboard', 'peer', 'scaling'] as const;

/** One group of figures (see {@link GROUPS}). */
export type GroupId = (typeof GROUPS)[number];

/**
 * What a figure is held to: a time limit in milliseconds, or a ratio limit
 * against another figure measured in the same run (`of`: that figure's id).
 */
export type Target = { maxMs: number } | { maxRatio: number; of: string };

/** Outcome of a figure against its target. */
export type FigureResult = 'pass' | 'fail' | 'no target' | 'skipped' | 'error';

/** One line of the results: a median time, and a ratio where it is a comparison. */
export interface Figure {
  /** Stable id, e.g. `extract.count`. */
  id: string;
  group: GroupId;
  /** What was timed, in words. */
  name: string;
  /** Median of the timed runs, milliseconds (null when skipped or failed). */
  medianMs: number | null;
  minMs: number | null;
  maxMs: number | null;
  /** Number of timed runs the median is of. */
  runs: number;
  /** Median ratio of this figure's time to the baseline named in `ratioOf`, each pair timed back to back. */
  ratio: number | null;
  /** Id of the figure the ratio is against. */
  ratioOf: string | null;
  target: Target | null;
  result: FigureResult;
  /** Extra facts: how it was measured, rows counted, or why it was skipped. */
  note: string | null;
}

const round = (x: number | null) => (x === null || !Number.isFinite(x) ? null : Math.round(x * 10) / 10);
const round2 = (x: number | null) => (x === null || !Number.isFinite(x) ? null : Math.round(x * 100) / 100);

/**
 * A timed figure, held to a time limit when `targetMs` is given.
 *
 * @example
 * ```ts
 * timeFigure('national.compute', 'national', 'computeIndicators, all indicators', timing, { targetMs: 100 });
 * // { id: 'national.compute', medianMs: 95.3, runs: 15, target: { maxMs: 100 }, result: 'pass', … }
 * ```
 */
export function timeFigure(
  id: string,
  group: GroupId,
  name: string,
  timing: Timing,
  options: { targetMs?: number; note?: string; ratio?: number; ratioOf?: string; maxRatio?: number } = {},
): Figure {
  let target: Target | null = null;
  let result: FigureResult = 'no target';
  if (options.maxRatio !== undefined && options.ratio !== undefined && options.ratioOf) {
    target = { maxRatio: options.maxRatio, of: options.ratioOf };
    result = options.ratio <= options.maxRatio ? 'pass' : 'fail';
  } else if (options.targetMs !== undefined) {
    target = { maxMs: options.targetMs };
    result = timing.median < options.targetMs ? 'pass' : 'fail';
  }
  return {
    id,
    group,
    name,
    medianMs: round(timing.median),
    minMs: round(timing.min),
    maxMs: round(timing.max),
    runs: timing.runs,
    ratio: round2(options.ratio ?? null),
    ratioOf: options.ratioOf ?? null,
    target,
    result,
    note: options.note ?? null,
  };
}

/**
 * A figure that did not run: skipped (a prerequisite is absent or it was not
 * selected) or failed with an error.
 *
 * @example
 * ```ts
 * missingFigure('notebooks', 'notebooks', 'Notebooks under tslab', 'skipped', 'kernel not registered');
 * ```
 */
export function missingFigure(id: string, group: GroupId, name: string, result: 'skipped' | 'error', note: string): Figure {
  return { id, group, name, medianMs: null, minMs: null, maxMs: null, runs: 0, ratio: null, ratioOf: null, target: null, result, note };
}

/**
 * The target in words, for the printed table.
 *
 * @example
 * ```ts
 * describeTarget({ maxMs: 3000 }); // '< 3 s'
 * describeTarget({ maxRatio: 3, of: 'extract.count.floor' }); // '≤ 3× extract.count.floor'
 * ```
 */
export function describeTarget(target: Target | null): string {
  if (!target) return '';
  if ('maxMs' in target) return target.maxMs >= 1000 ? `< ${target.maxMs / 1000} s` : `< ${target.maxMs} ms`;
  return `≤ ${target.maxRatio}× ${target.of}`;
}

/**
 * Milliseconds in words: `85.2 ms`, `2.41 s`, `1 min 12 s`.
 *
 * @example
 * ```ts
 * formatMs(2410); // '2.41 s'
 * ```
 */
export function formatMs(ms: number | null): string {
  if (ms === null) return '–';
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
