import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { comparisonLabel } from './comparisonLabel.js';
import type { Comparison } from './compareWithBenchmark.js';
import { POLARITIES, type Polarity } from './Polarity.js';

/**
 * A value with its 95% confidence limits, for {@link compareOverlappingIntervals}.
 *
 * @example
 * ```ts
 * const v: ValueWithInterval = { value: 3.0, lower: 2.7, upper: 3.6 };
 * ```
 */
export interface ValueWithInterval {
  value: number | null | undefined;
  /** 95% lower limit. */
  lower: number | null | undefined;
  /** 95% upper limit. */
  upper: number | null | undefined;
}

const ok = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Compare two values by whether their 95% confidence intervals overlap
 * (Fingertips' "double overlapping CIs" comparer, methods.md §8 method 3;
 * Fingertips also uses it for change since the previous period).
 *
 * Definition: with the lower of the two values first, the intervals overlap
 * when the higher value's lower limit ≤ the lower value's upper limit (touching
 * counts as overlapping) → 'Similar'. Otherwise the area is 'Better'/'Worse'
 * by polarity ('Higher'/'Lower' with no judgement). More conservative than
 * {@link compareWithBenchmark}: two values can differ significantly although
 * their intervals overlap.
 *
 * 'Not compared' when either value or any of the four limits is missing.
 *
 * @param area - the area's value and 95% limits.
 * @param benchmark - the comparator's value and 95% limits (e.g. Scotland, or the previous period).
 * @param options - `polarity`.
 * @returns a {@link Comparison}.
 * @throws {@link StatisticsError} `unknownOption` for an unknown polarity.
 * @example
 * ```ts
 * // Fingertips DoubleOverlappingCIsComparerTest.cs (polarity 0 = low is good)
 * compareOverlappingIntervals({ value: 4.0, lower: 3.5, upper: 4.5 }, { value: 3.0, lower: 2.7, upper: 3.6 },
 *   { polarity: 'low-is-good' }); // 'Similar'
 * compareOverlappingIntervals({ value: 4.0, lower: 3.5, upper: 4.5 }, { value: 3.0, lower: 2.7, upper: 3.1 },
 *   { polarity: 'low-is-good' }); // 'Worse'
 * ```
 */
export function compareOverlappingIntervals(
  area: ValueWithInterval,
  benchmark: ValueWithInterval,
  options: { polarity: Polarity },
): Comparison {
  const { polarity } = options;
  if (!POLARITIES.includes(polarity)) throw new StatisticsError(messages.unknownOption('polarity', polarity, POLARITIES));
  if (!ok(area.value) || !ok(benchmark.value)) return 'Not compared';
  if (!ok(area.lower) || !ok(area.upper) || !ok(benchmark.lower) || !ok(benchmark.upper)) return 'Not compared';
  const [low, high] = area.value < benchmark.value ? [area, benchmark] : [benchmark, area];
  if ((high.lower as number) <= (low.upper as number)) return 'Similar';
  return comparisonLabel(polarity, area.value > benchmark.value);
}
