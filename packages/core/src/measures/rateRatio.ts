import { confidenceLevels } from '../intervals/confidenceLevels.js';
import { zQuantile } from '../intervals/zQuantile.js';
import type { Measure, MeasureOptions } from './Measure.js';
import {
  buildMeasure, checkCount, checkDenominator, failStatus, isMissing, nullIntervals, okStatus,
} from './measureHelpers.js';

/**
 * Events and population of one group, for {@link rateRatio}.
 *
 * @example
 * ```ts
 * const g: RateGroup = { count: 120, population: 40000 };
 * ```
 */
export interface RateGroup {
  /** Events, ≥ 0; may be null. */
  count: number | null | undefined;
  /** Population (person-years), ≥ 0; may be null. */
  population: number | null | undefined;
}

/**
 * The ratio of two crude rates, (a.count/a.population) ÷ (b.count/b.population),
 * with a log-normal (large-sample) confidence interval.
 *
 * Definition (Rothman, Greenland & Lash, *Modern Epidemiology*, 3rd ed. 2008,
 * ch. 14, rate ratio for person-time data; Kirkwood & Sterne, *Essential
 * Medical Statistics*, 2nd ed. 2003, §23.3): RR = (a/Pa)/(b/Pb),
 * SE(ln RR) = √(1/a + 1/b), limits = exp(ln RR ∓ z·SE) with z from
 * {@link zQuantile}. The multiplier cancels, so the ratio is unitless.
 *
 * Rule for zero and missing counts: a `null` count or population gives
 * `value: null`, status 'not-available'; a zero population, or a zero count in
 * group b, gives `value: null`, status 'zero-denominator'; a zero count in
 * group a gives value 0 with null limits and status 'not-applicable' (the
 * log-normal interval is undefined). Negative input throws
 * {@link StatisticsError}.
 *
 * @param a - the group of interest (numerator rate).
 * @param b - the reference group (denominator rate).
 * @param options - `confidence`, `status`.
 * @returns a {@link Measure} with statistic 'rate ratio', method 'Log-normal',
 *   numerator = a.count, denominator = b.count, multiplier 1.
 * @throws {@link StatisticsError} for negative input or a bad confidence level.
 * @example
 * ```ts
 * rateRatio({ count: 100, population: 10000 }, { count: 50, population: 10000 });
 * // { value: 2, lower: 1.4243, upper: 2.8084, method: 'Log-normal', ... }
 * ```
 */
export function rateRatio(a: RateGroup, b: RateGroup, options: MeasureOptions = {}): Measure {
  const levels = confidenceLevels(options.confidence);
  const base = { method: 'Log-normal', statistic: 'rate ratio', multiplier: 1 };
  for (const [what, v] of [['count', a.count], ['count', b.count]] as const) if (!isMissing(v)) checkCount(what, v);
  for (const v of [a.population, b.population]) if (!isMissing(v)) checkDenominator('population', v);
  const numerator = isMissing(a.count) ? null : a.count;
  const denominator = isMissing(b.count) ? null : b.count;
  if (isMissing(a.count) || isMissing(b.count) || isMissing(a.population) || isMissing(b.population)) {
    return buildMeasure({ ...base, value: null, intervals: nullIntervals(levels), numerator, denominator,
      status: failStatus(options.status, 'not-available') });
  }
  if (a.population === 0 || b.population === 0 || b.count === 0) {
    return buildMeasure({ ...base, value: null, intervals: nullIntervals(levels), numerator, denominator,
      status: failStatus(options.status, 'zero-denominator') });
  }
  const value = (a.count / a.population) / (b.count / b.population);
  if (a.count === 0) {
    return buildMeasure({ ...base, value, intervals: nullIntervals(levels), numerator, denominator,
      status: failStatus(options.status, 'not-applicable') });
  }
  const se = Math.sqrt(1 / a.count + 1 / b.count);
  const intervals = levels.map((confidence) => {
    const z = zQuantile(confidence);
    return { confidence, lower: value * Math.exp(-z * se), upper: value * Math.exp(z * se) };
  });
  return buildMeasure({ ...base, value, intervals, numerator, denominator, status: okStatus(options.status) });
}
