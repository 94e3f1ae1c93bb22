import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { normaliseConfidence } from '../intervals/normaliseConfidence.js';
import { addStatus } from '../status.js';
import type { InequalityQuantile } from './slopeIndexOfInequality.js';

/**
 * Options of {@link scotphoSlopeIndex}.
 *
 * @example
 * ```ts
 * const o: ScotphoSlopeIndexOptions = { overallRate: 80.1 };
 * ```
 */
export interface ScotphoSlopeIndexOptions {
  /** The area's overall figure (ScotPHO's 'Total' row), which the RII divides by; `null` leaves the RII out. */
  overallRate: number | null | undefined;
  /** Confidence level of the SII and RII limits. __Default value:__ `0.95` (ScotPHO's only level) */
  confidence?: number;
  /** Status to carry through (see `status.ts`). */
  status?: string;
}

/**
 * The result of {@link scotphoSlopeIndex}: ScotPHO's inequality measures for one area.
 *
 * @example
 * ```ts
 * const r: ScotphoSlopeIndexResult = { sii: -6.9, siiLower: -10.8, siiUpper: -3.0, rii: -0.086, riiLower: -0.135, riiUpper: -0.037,
 *   riiPercent: -4.3, riiPercentLower: -6.7, riiPercentUpper: -1.9, par: -5.2, absoluteRange: -10.4, relativeRange: 0.88,
 *   confidence: 0.95, quantiles: 10, status: 'published' };
 * ```
 */
export interface ScotphoSlopeIndexResult {
  /** −slope of the population-weighted regression of value on relative rank (positive when the most deprived fare higher). */
  sii: number | null;
  siiLower: number | null;
  siiUpper: number | null;
  /** SII / overall rate (0 when the SII is 0; `null` without an overall rate, or when it is 0 and the SII is not). */
  rii: number | null;
  riiLower: number | null;
  riiUpper: number | null;
  /** RII × 0.5 × 100: how far (%) the most deprived lie above the average ('rii_int'). */
  riiPercent: number | null;
  riiPercentLower: number | null;
  riiPercentUpper: number | null;
  /** Population attributable risk (%) against the least deprived quantile; `null` when that quantile's value is 0. */
  par: number | null;
  /** Most deprived (first) minus least deprived (last) value. */
  absoluteRange: number | null;
  /** Most deprived (first) over least deprived (last) value; `null` when the last is 0. */
  relativeRange: number | null;
  confidence: number;
  quantiles: number;
  /** 'published' (or the input status); 'not-applicable' unless 5 or 10 quantiles; 'not-available' when one lacks data. */
  status: string;
}

/**
 * The slope and relative index of inequality as ScotPHO's indicator production code
 * computes them (`functions/helper functions/calculate_inequality_measures.R`), with its
 * population attributable risk and ranges. PHE's method is {@link slopeIndexOfInequality}.
 *
 * Definition (methods.md "Slope and relative index of inequality"): with aᵢ each
 * quantile's share of the population and bᵢ its relative rank (the midpoint of its
 * cumulative share), R's `lm(y√a ~ √a + b√a + 0)` is fitted (population-weighted least
 * squares of the value on the rank). **SII** = −β₁ (ScotPHO reverses the sign so that a
 * positive SII means higher values among the most deprived), with t-based limits
 * (`confint`, n − 2 degrees of freedom) reversed too. **RII** = SII / overall rate (0 when
 * the SII is 0), and `riiPercent` = RII × 50. **PAR** = Σrᵢ / (Σrᵢ + 1) × 100 with
 * rᵢ = (yᵢ / y_last − 1)·aᵢ. Ranges: first minus last, first over last. The quantiles are
 * given first (most deprived) to last. A ratio to 0 is `null`, where ScotPHO's R gives
 * NaN or Inf: the PAR and the relative range when the last quantile's value is 0, the
 * RII when the overall rate is 0 and the SII is not; the other figures stand.
 *
 * ScotPHO shows these only with all 5 quintiles or 10 deciles: other counts give every
 * figure `null`, status 'not-applicable'. A quantile with a missing value or population
 * gives 'not-available' (ScotPHO fits the line to the others; we do not, as for
 * {@link slopeIndexOfInequality}).
 *
 * @param quantiles - populations and values, most deprived first.
 * @param options - `overallRate` (required, may be null), `confidence`, `status`.
 * @returns a {@link ScotphoSlopeIndexResult}.
 * @throws {@link StatisticsError} for a negative population, a non-finite overall rate
 *   or a bad confidence level.
 * @example
 * ```ts
 * const pops = [7291, 7997, 6105, 7666, 5790, 6934, 5918, 5974, 7147, 7534];
 * const values = [75.9, 78.3, 83.8, 83.6, 80.5, 81.1, 81.7, 84.2, 80.6, 86.3];
 * const r = scotphoSlopeIndex(pops.map((population, i) => ({ population, value: values[i] })), { overallRate: 81.6 });
 * // r.sii ≈ −6.9 (PHE's SII reversed), r.siiLower ≈ −10.6, r.siiUpper ≈ −3.2
 * ```
 */
export function scotphoSlopeIndex(quantiles: readonly InequalityQuantile[], options: ScotphoSlopeIndexOptions): ScotphoSlopeIndexResult {
  const confidence = normaliseConfidence(options.confidence ?? 0.95);
  const overall = options.overallRate;
  if (overall !== null && overall !== undefined && !Number.isFinite(overall)) throw new StatisticsError(messages.notANumber('overallRate', overall));
  const k = quantiles.length;
  const empty = (status: string): ScotphoSlopeIndexResult => ({
    sii: null, siiLower: null, siiUpper: null, rii: null, riiLower: null, riiUpper: null,
    riiPercent: null, riiPercentLower: null, riiPercentUpper: null, par: null, absoluteRange: null, relativeRange: null,
    confidence, quantiles: k, status: addStatus(options.status ?? null, status),
  });
  let missing = false;
  quantiles.forEach((q) => {
    const p = q.population;
    if (p === null || p === undefined || Number.isNaN(p) || q.value === null || q.value === undefined || Number.isNaN(q.value)) {
      missing = true;
      return;
    }
    if (!Number.isFinite(p) || p < 0) throw new StatisticsError(messages.negativeDenominator('population', p));
    if (!Number.isFinite(q.value)) throw new StatisticsError(messages.notANumber('value', q.value));
  });
  if (k !== 5 && k !== 10) return empty('not-applicable');
  if (missing) return empty('not-available');
  const pops = quantiles.map((q) => q.population as number);
  const y = quantiles.map((q) => q.value as number);
  const total = pops.reduce((s, p) => s + p, 0);
  if (!(total > 0)) return empty('zero-denominator');
  const a = pops.map((p) => p / total);
  let cumulative = 0;
  const b = a.map((ai) => {
    const rank = cumulative + ai / 2;
    cumulative += ai;
    return rank;
  });
  // Weighted least squares, weights aᵢ (the same fit as lm on the √a-scaled design without intercept).
  let sw = 0, swb = 0, swbb = 0, swy = 0, swby = 0;
  for (let i = 0; i < k; i++) {
    sw += a[i];
    swb += a[i] * b[i];
    swbb += a[i] * b[i] * b[i];
    swy += a[i] * y[i];
    swby += a[i] * b[i] * y[i];
  }
  const det = sw * swbb - swb * swb;
  const beta1 = (sw * swby - swb * swy) / det;
  const beta0 = (swy - beta1 * swb) / sw;
  let rss = 0;
  for (let i = 0; i < k; i++) rss += a[i] * (y[i] - beta0 - beta1 * b[i]) ** 2;
  const se = Math.sqrt(((rss / (k - 2)) * sw) / det);
  const t = tQuantile(0.5 + confidence / 2, k - 2);
  const sii = -beta1;
  const siiLower = -(beta1 + t * se);
  const siiUpper = -(beta1 - t * se);
  const hasOverall = overall !== null && overall !== undefined;
  // a ratio to 0 (an overall rate of 0, a least deprived value of 0) is null, where ScotPHO's R gives NaN or Inf
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  const rii = (v: number) => (!hasOverall ? null : sii === 0 ? 0 : finite(v / (overall as number)));
  const half = (v: number | null) => (v === null ? null : v * 0.5 * 100);
  const last = y[k - 1];
  const r = a.reduce((s, ai, i) => s + (y[i] / last - 1) * ai, 0);
  return {
    sii, siiLower, siiUpper,
    rii: rii(sii), riiLower: rii(siiLower), riiUpper: rii(siiUpper),
    riiPercent: half(rii(sii)), riiPercentLower: half(rii(siiLower)), riiPercentUpper: half(rii(siiUpper)),
    par: finite((r / (r + 1)) * 100),
    absoluteRange: y[0] - last,
    relativeRange: finite(y[0] / last),
    confidence, quantiles: k, status: options.status && options.status.length > 0 ? options.status : 'published',
  };
}
