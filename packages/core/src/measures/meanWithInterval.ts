import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { confidenceLevels } from '../intervals/confidenceLevels.js';
import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import type { Measure, MeasureOptions } from './Measure.js';
import { buildMeasure, failStatus, isMissing, nullIntervals, okStatus } from './measureHelpers.js';

/**
 * A {@link Measure} of a mean, with the sample standard deviation it rests on.
 *
 * @example
 * ```ts
 * const m: MeanMeasure = meanWithInterval([1, 2, 3]); // m.sd === 1
 * ```
 */
export interface MeanMeasure extends Measure {
  /** Sample standard deviation (n − 1 divisor), as PHE `phe_mean`'s `stdev`; `null` when the mean is null or rests on one value. */
  sd: number | null;
}

/**
 * The arithmetic mean of a set of values with a Student's t confidence interval.
 *
 * Definition (PHEindicatormethods `phe_mean`, methods.md §3): value = mean;
 * limits = mean ± |t((1−c)/2; n−1)| · s/√n with s the sample standard
 * deviation (n − 1 divisor), t from the exact t quantile.
 *
 * Missing data rule: any `null`/`undefined`/`NaN` value, or no values, gives
 * `value: null` with status 'not-available'. A single value gives the value with
 * null limits and status 'not-applicable' (no standard deviation). Infinite
 * values throw {@link StatisticsError}.
 *
 * @param values - the observations (any unit; the mean has the same unit).
 * @param options - `confidence`, `status`.
 * @returns a {@link MeanMeasure}: method "Student's t-distribution", statistic
 *   'mean', numerator = sum of values (PHE `value_sum`), denominator = number of
 *   values (`value_count`), `sd` = sample standard deviation (`stdev`).
 * @throws {@link StatisticsError} for a bad confidence level or infinite values.
 * @example
 * ```ts
 * meanWithInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
 * // { value: 5.5, lower: 3.334149, upper: 7.665851, sd: 3.02765, ... } (R: t.test(1:10), sd(1:10))
 * ```
 */
export function meanWithInterval(values: readonly (number | null | undefined)[], options: MeasureOptions = {}): MeanMeasure {
  const levels = confidenceLevels(options.confidence);
  const base = { method: "Student's t-distribution", statistic: 'mean', multiplier: 1 };
  if (values.length === 0 || values.some((v) => isMissing(v))) {
    return { ...buildMeasure({
      ...base, value: null, intervals: nullIntervals(levels), numerator: null,
      denominator: values.length, status: failStatus(options.status, 'not-available'),
    }), sd: null };
  }
  const xs = values as number[];
  for (const v of xs) if (!Number.isFinite(v)) throw new StatisticsError(messages.notANumber('value', v));
  const n = xs.length;
  const sum = xs.reduce((a, b) => a + b, 0);
  const mean = sum / n;
  if (n < 2) {
    return { ...buildMeasure({
      ...base, value: mean, intervals: nullIntervals(levels), numerator: sum, denominator: n,
      status: failStatus(options.status, 'not-applicable'),
    }), sd: null };
  }
  const ss = xs.reduce((a, v) => a + (v - mean) ** 2, 0);
  const sd = Math.sqrt(ss / (n - 1));
  const se = sd / Math.sqrt(n);
  const intervals = levels.map((confidence) => {
    if (confidence === 1) return { confidence, lower: -Infinity, upper: Infinity };
    const t = Math.abs(tQuantile((1 - confidence) / 2, n - 1));
    return { confidence, lower: mean - t * se, upper: mean + t * se };
  });
  return { ...buildMeasure({ ...base, value: mean, intervals, numerator: sum, denominator: n, status: okStatus(options.status) }), sd };
}
