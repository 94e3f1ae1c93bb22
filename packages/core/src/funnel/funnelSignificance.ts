import { byarInterval } from '../intervals/byarInterval.js';
import { exactPoissonInterval } from '../intervals/exactPoissonInterval.js';
import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { wilsonInterval } from '../intervals/wilsonInterval.js';

/**
 * Funnel-plot significance label (PHE `assign_funnel_significance`).
 *
 * @example
 * ```ts
 * const s: FunnelSignificance = 'High (0.025)';
 * ```
 */
export type FunnelSignificance = 'High (0.001)' | 'High (0.025)' | 'Not significant' | 'Low (0.025)' | 'Low (0.001)';

/**
 * Options of {@link funnelSignificance}.
 *
 * @example
 * ```ts
 * const o: FunnelSignificanceOptions = { type: 'rate', numerator: 2083, denominator: 297424, baseline: 693.1 };
 * ```
 */
export interface FunnelSignificanceOptions {
  type: 'proportion' | 'rate';
  /** Events (proportion numerator or rate count); may be null. */
  numerator: number | null | undefined;
  /** Denominator (proportion) or population (rate); may be null. */
  denominator: number | null | undefined;
  /** Baseline on the output scale (proportion × multiplier, or rate per multiplier). */
  baseline: number;
  /** __Default value:__ 100 for proportions, 100000 for rates. */
  multiplier?: number;
}

/**
 * Where an area falls on a funnel plot: outside the 99.8% or 95% limits, high
 * or low, or not significant.
 *
 * Definition (PHEindicatormethods `assign_funnel_significance`, methods.md §7):
 * - proportion: the observed x/n against the Wilson funnel limits at n, which
 *   is the same as asking whether the baseline lies outside the Wilson
 *   interval of x/n at 99.8% (checked first) or 95%.
 * - rate: whether the baseline lies outside the exact (count < 10) or Byar
 *   (count ≥ 10) interval of count/population × multiplier at 99.8% or 95%;
 *   for a zero count the lower bound is 0.
 * A baseline on a limit is 'Not significant'.
 *
 * @param options - type, numerator, denominator, baseline, multiplier.
 * @returns a {@link FunnelSignificance}, or `null` when the numerator or
 *   denominator is missing or the denominator is 0.
 * @throws {@link StatisticsError} for negative input, numerator above
 *   denominator (proportion), or an unknown type.
 * @example
 * ```ts
 * funnelSignificance({ type: 'proportion', numerator: 26789.238, denominator: 33012, baseline: 80.642448 });
 * // 'High (0.025)'
 * ```
 */
export function funnelSignificance(options: FunnelSignificanceOptions): FunnelSignificance | null {
  const { type, numerator: x, denominator: n, baseline } = options;
  if (type !== 'proportion' && type !== 'rate') throw new StatisticsError(messages.unknownOption('type', type, ['proportion', 'rate']));
  const multiplier = options.multiplier ?? (type === 'proportion' ? 100 : 100000);
  if (!(Number.isFinite(multiplier) && multiplier > 0)) throw new StatisticsError(messages.invalidMultiplier(multiplier));
  if (!Number.isFinite(baseline)) throw new StatisticsError(messages.invalidFunnelBaseline(baseline));
  if (x === null || x === undefined || Number.isNaN(x) || n === null || n === undefined || Number.isNaN(n)) return null;
  if (x < 0) throw new StatisticsError(messages.negativeCount('numerator', x));
  if (n < 0) throw new StatisticsError(messages.negativeDenominator('denominator', n));
  if (n === 0) return null;
  const interval = (confidence: number): { lower: number; upper: number } => {
    if (type === 'proportion') {
      const ci = wilsonInterval(x, n, confidence);
      return { lower: ci.lower * multiplier, upper: ci.upper * multiplier };
    }
    const ci = x < 10 ? exactPoissonInterval(x, confidence) : byarInterval(x, confidence);
    return { lower: ((ci.lower ?? 0) / n) * multiplier, upper: (ci.upper / n) * multiplier };
  };
  const ci998 = interval(0.998);
  if (baseline < ci998.lower) return 'High (0.001)';
  if (baseline > ci998.upper) return 'Low (0.001)';
  const ci95 = interval(0.95);
  if (baseline < ci95.lower) return 'High (0.025)';
  if (baseline > ci95.upper) return 'Low (0.025)';
  return 'Not significant';
}
