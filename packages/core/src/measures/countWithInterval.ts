import { byarInterval } from '../intervals/byarInterval.js';
import { confidenceLevels } from '../intervals/confidenceLevels.js';
import { exactPoissonInterval } from '../intervals/exactPoissonInterval.js';
import type { Measure, MeasureOptions } from './Measure.js';
import { buildMeasure, checkCount, failStatus, isMissing, nullIntervals, okStatus } from './measureHelpers.js';
import { checkConventions, scotphoCountLimits } from './conventionHelpers.js';

/**
 * Options of {@link countWithInterval}.
 *
 * @example
 * ```ts
 * const o: CountOptions = { exact: true };
 * ```
 */
export interface CountOptions extends MeasureOptions {
  /**
   * `true`: exact Poisson at any count; `false`: Byar at any count;
   * unset: exact below 10, Byar from 10 (as PHE's rates).
   * __Default value:__ `undefined`
   */
  exact?: boolean;
}

/**
 * A count of events with a Poisson confidence interval (exact or Byar).
 *
 * Definition (Garwood 1936; Breslow & Day 1987; PHEindicatormethods
 * `R/Rates.R` and `R/utils.R`, methods.md §2): the limits of
 * {@link exactPoissonInterval} (method 'Exact') or {@link byarInterval}
 * (method 'Byars'). By default exact below 10 events, Byar from 10.
 *
 * With `conventions: 'scotpho'` (and `exact` unset): Byar at every count, z = 1.96
 * at 95%, as {@link crudeRate}.
 *
 * Missing data rule: a `null` count gives `value: null`, status
 * 'not-available'; a negative count throws {@link StatisticsError}. A Byar
 * lower limit that would be negative is `null`.
 *
 * @param count - events, ≥ 0; may be null.
 * @param options - `confidence`, `exact`, `status`, `conventions`.
 * @returns a {@link Measure} with statistic 'count', multiplier 1, denominator null.
 * @throws {@link StatisticsError} for a negative count or bad confidence level.
 * @example
 * ```ts
 * countWithInterval(0).upper; // 3.6889
 * countWithInterval(10).method; // 'Byars'
 * ```
 */
export function countWithInterval(count: number | null | undefined, options: CountOptions = {}): Measure {
  const levels = confidenceLevels(options.confidence);
  if (!isMissing(count)) checkCount('count', count);
  const scotpho = checkConventions(options.conventions) === 'scotpho' && options.exact === undefined;
  const exact = scotpho ? false : options.exact ?? (isMissing(count) || count < 10);
  const base = { method: exact ? 'Exact' : 'Byars', statistic: 'count', multiplier: 1 };
  if (isMissing(count)) {
    return buildMeasure({ ...base, value: null, intervals: nullIntervals(levels), numerator: null, denominator: null,
      status: failStatus(options.status, 'not-available') });
  }
  const intervals = levels.map((confidence) => {
    const ci = scotpho ? scotphoCountLimits(count, confidence) : exact ? exactPoissonInterval(count, confidence) : byarInterval(count, confidence);
    return { confidence, lower: ci.lower, upper: ci.upper };
  });
  return buildMeasure({ ...base, value: count, intervals, numerator: count, denominator: null, status: okStatus(options.status) });
}
