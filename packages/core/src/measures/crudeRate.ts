import { byarInterval } from '../intervals/byarInterval.js';
import { confidenceLevels } from '../intervals/confidenceLevels.js';
import { exactPoissonInterval } from '../intervals/exactPoissonInterval.js';
import type { Measure, MeasureOptions } from './Measure.js';
import {
  buildMeasure, checkCount, checkDenominator, checkMultiplier, failStatus, isMissing, nullIntervals, okStatus,
} from './measureHelpers.js';
import { checkConventions, scotphoCountLimits } from './conventionHelpers.js';

/**
 * Options of {@link crudeRate}.
 *
 * @example
 * ```ts
 * const o: CrudeRateOptions = { multiplier: 10000, confidence: [0.95, 0.998] };
 * ```
 */
export interface CrudeRateOptions extends MeasureOptions {
  /**
   * Rate per this many population (10000 for "per 10,000").
   * __Default value:__ `100000`
   */
  multiplier?: number;
}

/**
 * A crude rate (events per population) with Poisson confidence limits: exact
 * below 10 events, Byar's approximation from 10.
 *
 * Definition (PHEindicatormethods `phe_rate`, methods.md §2): value = x/n ×
 * multiplier; limits from {@link exactPoissonInterval} when x < 10 (method
 * 'Exact') or {@link byarInterval} when x ≥ 10 (method 'Byars'), divided by n and
 * × multiplier. A zero count gives [0, 3.6889/n × multiplier] at 95%. The
 * numerator may exceed the denominator (e.g. repeat events).
 *
 * With `conventions: 'scotpho'`: Byar at every count with z = 1.96 at 95%, a
 * negative lower limit 0, and a `null` lower limit at 0 events (ScotPHO's NaN).
 *
 * Missing data rule: `null` count or population → `value: null`, status
 * 'not-available'; population 0 → `value: null`, status 'zero-denominator';
 * a negative count or population throws {@link StatisticsError}.
 *
 * @param count - events in the period (e.g. orders commenced), ≥ 0; may be null.
 * @param population - population (person-years) at risk, ≥ 0; may be null.
 * @param options - `confidence`, `multiplier` (default 100000), `status`.
 * @returns a {@link Measure} with method 'Exact' or 'Byars' and statistic 'rate per <multiplier>'.
 * @throws {@link StatisticsError} for negative input, bad confidence or multiplier.
 * @example
 * ```ts
 * const r = crudeRate(5, 12000, { multiplier: 10000 });
 * // r.value 4.1667, r.lower 1.3529, r.upper 9.7236, r.method 'Exact'
 * ```
 */
export function crudeRate(
  count: number | null | undefined,
  population: number | null | undefined,
  options: CrudeRateOptions = {},
): Measure {
  const levels = confidenceLevels(options.confidence);
  const multiplier = checkMultiplier(options.multiplier ?? 100000);
  const statistic = `rate per ${multiplier}`;
  if (!isMissing(count)) checkCount('count', count);
  if (!isMissing(population)) checkDenominator('population', population);
  const scotpho = checkConventions(options.conventions) === 'scotpho';
  const method = scotpho || (!isMissing(count) && count >= 10) ? 'Byars' : 'Exact';
  const base = { method, statistic, multiplier };
  if (isMissing(count) || isMissing(population)) {
    return buildMeasure({
      ...base, value: null, intervals: nullIntervals(levels),
      numerator: isMissing(count) ? null : count, denominator: isMissing(population) ? null : population,
      status: failStatus(options.status, 'not-available'),
    });
  }
  if (population === 0) {
    return buildMeasure({
      ...base, value: null, intervals: nullIntervals(levels), numerator: count, denominator: population,
      status: failStatus(options.status, 'zero-denominator'),
    });
  }
  const scale = multiplier / population;
  const intervals = levels.map((confidence) => {
    const ci = scotpho ? scotphoCountLimits(count, confidence)
      : count < 10 ? exactPoissonInterval(count, confidence) : byarInterval(count, confidence);
    return { confidence, lower: ci.lower === null ? null : ci.lower * scale, upper: ci.upper * scale };
  });
  return buildMeasure({
    ...base, value: count * scale, intervals, numerator: count, denominator: population,
    status: okStatus(options.status),
  });
}
