import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { POLARITIES, type Polarity } from './Polarity.js';
import { comparisonLabel } from './comparisonLabel.js';

/**
 * Result of a benchmark comparison.
 *
 * @example
 * ```ts
 * const c: Comparison = 'Similar';
 * ```
 */
export type Comparison = 'Better' | 'Similar' | 'Worse' | 'Higher' | 'Lower' | 'Best' | 'Worst' | 'Not compared';

/**
 * An area's value with its confidence limits, for {@link compareWithBenchmark}.
 *
 * @example
 * ```ts
 * const a: BenchmarkArea = { value: 2.6, lower: 2.5, upper: 2.7, lower998: 2.3, upper998: 2.9 };
 * ```
 */
export interface BenchmarkArea {
  value: number | null | undefined;
  /** 95% lower limit. */
  lower: number | null | undefined;
  /** 95% upper limit. */
  upper: number | null | undefined;
  /** 99.8% lower limit. */
  lower998?: number | null;
  /** 99.8% upper limit. */
  upper998?: number | null;
}

/**
 * Options of {@link compareWithBenchmark}.
 *
 * @example
 * ```ts
 * const o: CompareOptions = { polarity: 'low-is-good', method: 'two-level' };
 * ```
 */
export interface CompareOptions {
  polarity: Polarity;
  /**
   * 'ci95': benchmark against the area's 95% CI; 'ci998': against its 99.8% CI;
   * 'two-level': both (Best/Better/Similar/Worse/Worst).
   * __Default value:__ `'ci95'`
   */
  method?: 'ci95' | 'ci998' | 'two-level';
}

const METHODS = ['ci95', 'ci998', 'two-level'] as const;

const ok = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Compare an area with a benchmark (e.g. Scotland) by whether the benchmark
 * value lies inside the area's confidence interval.
 *
 * Definition (Fingertips "single overlapping CIs" comparers, one and two
 * levels; FingertipsNext `BenchmarkComparisonEngine`; ScotPHO profiles
 * significance colouring — methods.md §8, methods 1 and 2):
 * - one level: lower ≤ benchmark ≤ upper → 'Similar' (the boundary counts as
 *   similar); otherwise value above benchmark is 'Better' when high is good,
 *   'Worse' when low is good, 'Higher' with no judgement (and the reverse below).
 * - two levels: benchmark inside the 95% CI → 'Similar'; between the 95% and
 *   99.8% limits → 'Better'/'Worse'; beyond the 99.8% limit → 'Best'/'Worst'
 *   ('Higher'/'Lower' with no judgement).
 * Only the area's CI is used; the benchmark's own CI is ignored.
 *
 * 'Not compared' when the value, the benchmark or a required limit is missing.
 *
 * @param area - value and limits of the area (same units as the benchmark).
 * @param benchmark - the comparator value; may be null.
 * @param options - `polarity` and `method`.
 * @returns a {@link Comparison}.
 * @throws {@link StatisticsError} `unknownOption` for an unknown polarity or method.
 * @example
 * ```ts
 * const area = { value: 2.6, lower: 2.5, upper: 2.7, lower998: 2.3, upper998: 2.9 };
 * compareWithBenchmark(area, 2.8, { polarity: 'low-is-good' });                      // 'Better'
 * compareWithBenchmark(area, 3.0, { polarity: 'high-is-good', method: 'two-level' }); // 'Worst'
 * compareWithBenchmark(area, 2.7, { polarity: 'high-is-good' });                     // 'Similar'
 * ```
 */
export function compareWithBenchmark(
  area: BenchmarkArea,
  benchmark: number | null | undefined,
  options: CompareOptions,
): Comparison {
  const { polarity } = options;
  const method = options.method ?? 'ci95';
  if (!POLARITIES.includes(polarity)) throw new StatisticsError(messages.unknownOption('polarity', polarity, POLARITIES));
  if (!METHODS.includes(method)) throw new StatisticsError(messages.unknownOption('method', method, METHODS));
  if (!ok(area.value) || !ok(benchmark)) return 'Not compared';

  const label = (areaAbove: boolean, extreme: boolean): Comparison => comparisonLabel(polarity, areaAbove, extreme);
  const single = (lower: number | null | undefined, upper: number | null | undefined): Comparison => {
    if (!ok(lower) || !ok(upper)) return 'Not compared';
    if (lower <= benchmark && benchmark <= upper) return 'Similar';
    return label(benchmark < lower, false);
  };

  if (method === 'ci95') return single(area.lower, area.upper);
  if (method === 'ci998') return single(area.lower998, area.upper998);
  if (!ok(area.lower) || !ok(area.upper) || !ok(area.lower998) || !ok(area.upper998)) return 'Not compared';
  if (area.lower <= benchmark && benchmark <= area.upper) return 'Similar';
  const above = benchmark < area.lower;
  const extreme = above ? benchmark < area.lower998 : benchmark > area.upper998;
  return label(above, extreme);
}
