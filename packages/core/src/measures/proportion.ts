import { confidenceLevels } from '../intervals/confidenceLevels.js';
import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { wilsonInterval } from '../intervals/wilsonInterval.js';
import type { Measure, MeasureOptions } from './Measure.js';
import {
  buildMeasure, checkCount, checkDenominator, checkMultiplier, failStatus, isMissing, nullIntervals, okStatus,
} from './measureHelpers.js';
import { checkConventions, scotphoPercent } from './conventionHelpers.js';

/**
 * Options of {@link proportion}.
 *
 * @example
 * ```ts
 * const o: ProportionOptions = { multiplier: 100 };
 * ```
 */
export interface ProportionOptions extends MeasureOptions {
  /**
   * Scale of value and limits: 1 for a proportion of 1, 100 for a percentage.
   * __Default value:__ `1`
   */
  multiplier?: number;
}

/**
 * A proportion (or percentage) with Wilson score confidence limits.
 *
 * Definition (Wilson 1927; Newcombe & Altman 2000; PHEindicatormethods
 * `phe_proportion`, methods.md §1): value = x/n × multiplier; limits from
 * {@link wilsonInterval} × multiplier. Zero and full numerators give exact 0 and
 * 1 limits; non-integer numerators are accepted; nothing is clamped.
 *
 * With `conventions: 'scotpho'` (ScotPHO `calculate_percent`): z = 1.96 at 95%,
 * value and limits rounded to 2 dp of a percentage, limits clamped to 0–100%.
 *
 * Missing data rule (all measures): a `null` numerator or denominator gives
 * `value: null` with status 'not-available'; a zero denominator gives
 * `value: null` with status 'zero-denominator' (NA rather than an error, as
 * PHE users asked in PHEindicatormethods #32). Invalid data throws a
 * {@link StatisticsError}: negative numerator or denominator, numerator above
 * denominator, bad confidence or multiplier.
 *
 * @param numerator - events (persons with the outcome), ≥ 0, ≤ denominator; may be null.
 * @param denominator - persons at risk, ≥ 0; may be null.
 * @param options - `confidence` (0.95, 95, 0.998, 99.8 or [0.95, 0.998]), `multiplier`, `status`, `conventions`.
 * @returns a {@link Measure} with method 'Wilson' and statistic 'percentage'
 *   (multiplier 100) or 'proportion of <multiplier>'.
 * @throws {@link StatisticsError} as above.
 * @example
 * ```ts
 * proportion(0, 100, { multiplier: 100 }).upper; // 3.6994... (per cent)
 * proportion(65, 100, { confidence: [0.95, 0.998] }).intervals.length; // 2
 * proportion(null, 100).status; // 'not-available'
 * ```
 */
export function proportion(
  numerator: number | null | undefined,
  denominator: number | null | undefined,
  options: ProportionOptions = {},
): Measure {
  const levels = confidenceLevels(options.confidence);
  const multiplier = checkMultiplier(options.multiplier ?? 1);
  const scotpho = checkConventions(options.conventions) === 'scotpho';
  const statistic = multiplier === 100 ? 'percentage' : `proportion of ${multiplier}`;
  const base = { method: 'Wilson', statistic, multiplier };
  if (!isMissing(numerator)) checkCount('numerator', numerator);
  if (!isMissing(denominator)) checkDenominator('denominator', denominator);
  if (isMissing(numerator) || isMissing(denominator)) {
    return buildMeasure({
      ...base, value: null, intervals: nullIntervals(levels),
      numerator: isMissing(numerator) ? null : numerator, denominator: isMissing(denominator) ? null : denominator,
      status: failStatus(options.status, 'not-available'),
    });
  }
  if (denominator === 0) {
    if (numerator > 0) throw new StatisticsError(messages.numeratorAboveDenominator(numerator, denominator));
    return buildMeasure({
      ...base, value: null, intervals: nullIntervals(levels), numerator, denominator,
      status: failStatus(options.status, 'zero-denominator'),
    });
  }
  if (numerator > denominator) throw new StatisticsError(messages.numeratorAboveDenominator(numerator, denominator));
  if (scotpho) {
    // ScotPHO rounds percentages to 2 dp; other scales are those percentages rescaled.
    const parts = levels.map((confidence) => scotphoPercent(numerator, denominator, confidence));
    const scale = (pct: number) => (multiplier === 100 ? pct : (pct * multiplier) / 100);
    return buildMeasure({
      ...base, value: scale(parts[0].value), numerator, denominator, status: okStatus(options.status),
      intervals: parts.map((p, i) => ({ confidence: levels[i], lower: scale(p.lower), upper: scale(p.upper) })),
    });
  }
  const intervals = levels.map((confidence) => {
    const ci = wilsonInterval(numerator, denominator, confidence);
    return { confidence, lower: ci.lower * multiplier, upper: ci.upper * multiplier };
  });
  return buildMeasure({
    ...base, value: (numerator / denominator) * multiplier, intervals, numerator, denominator,
    status: okStatus(options.status),
  });
}
