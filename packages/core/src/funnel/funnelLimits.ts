import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { regularisedGamma } from '../intervals/regularisedGamma.js';
import { zQuantile } from '../intervals/zQuantile.js';

/**
 * Options of {@link funnelLimits}.
 *
 * @example
 * ```ts
 * const o: FunnelLimitsOptions = { type: 'proportion', baseline: 80.64, sizes: { min: 20, max: 110000 } };
 * ```
 */
export interface FunnelLimitsOptions {
  /** 'proportion' (Wilson limits) or 'rate' (exact Poisson limits). */
  type: 'proportion' | 'rate';
  /** The target on the output scale: a proportion × multiplier (e.g. 80.64 %), or a rate per multiplier. */
  baseline: number;
  /** Denominators (proportion) or populations (rate) at which to compute limits, or a range for `points` geometric steps. */
  sizes: readonly number[] | { min: number; max: number };
  /** __Default value:__ 100 for proportions, 100000 for rates. */
  multiplier?: number;
  /** Number of sizes when `sizes` is a range. __Default value:__ `100` */
  points?: number;
}

/**
 * Funnel-plot control limits at one size.
 *
 * @example
 * ```ts
 * const row: FunnelLimit = { size: 20, lower95: 63.33, upper95: 97.96, lower998: 53.34, upper998: 100 };
 * ```
 */
export interface FunnelLimit {
  /** Denominator (proportion) or population (rate). */
  size: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

/** Wilson-based proportion limits (0–1 scale) around baseline P at denominator n. */
function proportionFunnelLimits(P: number, n: number, z: number): { lower: number; upper: number } {
  // The observed proportion p whose Wilson upper (lower) bound equals P solves
  // (1+a)p² − (2c+a)p + (c² − a²/4) = 0 with a = z²/n and c = P(1+a) − a/2;
  // the smaller root is the lower limit, the larger the upper limit.
  const a = (z * z) / n;
  const c = P * (1 + a) - a / 2;
  const B = 2 * c + a;
  const disc = Math.max(0, B * B - 4 * (1 + a) * (c * c - (a * a) / 4));
  const r = Math.sqrt(disc);
  return { lower: (B - r) / (2 * (1 + a)), upper: (B + r) / (2 * (1 + a)) };
}

/**
 * Continuous count k at which the exact Poisson bound reaches E: side 'upper' solves χ²(1−α; 2k+2)/2 = E,
 * i.e. Q(k+1, E) = α; 'lower' solves χ²(α; 2k)/2 = E, i.e. P(k, E) = α (regularised gamma functions, so no
 * chi-square quantile is needed). Each f below is increasing in k and has the sign of bound(k) − E.
 */
function poissonFunnelCount(E: number, alpha: number, side: 'lower' | 'upper'): number {
  const f = side === 'upper' ? (k: number) => regularisedGamma(k + 1, E).q - alpha : (k: number) => alpha - regularisedGamma(k, E).p;
  if (side === 'upper' && f(0) >= 0) return 0;
  let lo = side === 'upper' ? 0 : 1e-12;
  let hi = Math.max(1, E);
  while (f(hi) < 0) hi *= 2;
  if (side === 'lower' && f(lo) > 0) return 0;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The sizes requested: the list, or `points` geometric steps from min to max. */
function funnelSizes(sizes: FunnelLimitsOptions['sizes'], points: number): number[] {
  if (Array.isArray(sizes)) return [...(sizes as readonly number[])];
  const { min, max } = sizes as { min: number; max: number };
  if (!(min > 0) || !(max >= min)) throw new StatisticsError(messages.invalidFunnelSize(`${min}..${max}`));
  if (points < 2 || min === max) return [min];
  const r = Math.pow(max / min, 1 / (points - 1));
  return Array.from({ length: points }, (_, i) => (i === points - 1 ? max : min * r ** i));
}

/**
 * Funnel-plot control limits at 95% and 99.8% (one-sided tails 0.025 and
 * 0.001) around a baseline, for proportions or rates.
 *
 * Definition (PHEindicatormethods `calculate_funnel_limits`, methods.md §7;
 * Spiegelhalter 2005, Stat Med 24:1185):
 * - proportion: at denominator n, the lower (upper) limit is the observed
 *   proportion whose Wilson interval (z = Φ⁻¹(0.975) or Φ⁻¹(0.999)) has its
 *   upper (lower) bound exactly at the baseline — a quadratic root (PHE's
 *   `sigma_adjustment`). Limits are clamped to [0, multiplier] (PHE clamps to
 *   [0, 100] whatever the multiplier; we clamp to the multiplier).
 * - rate: at population n with expected events E = baseline × n / multiplier,
 *   the lower limit is k/n × multiplier for the (continuous) count k whose exact
 *   Poisson upper bound equals E, and the upper limit for the count whose exact
 *   lower bound equals E (the regularised gamma function, root found by bisection); this
 *   is the same curve as PHE's rate funnel, parameterised by population.
 *
 * @param options - type, baseline (output scale), sizes, multiplier, points.
 * @returns one {@link FunnelLimit} per size, on the output scale.
 * @throws {@link StatisticsError} for a non-positive size, a baseline out of range,
 *   a bad multiplier or an unknown type.
 * @example
 * ```ts
 * funnelLimits({ type: 'proportion', baseline: 80.642448, sizes: [20] });
 * // [{ size: 20, lower95: 63.3267, upper95: 97.9582, lower998: 53.3412, upper998: 100 }]
 * ```
 */
export function funnelLimits(options: FunnelLimitsOptions): FunnelLimit[] {
  const { type, baseline } = options;
  if (type !== 'proportion' && type !== 'rate') throw new StatisticsError(messages.unknownOption('type', type, ['proportion', 'rate']));
  const multiplier = options.multiplier ?? (type === 'proportion' ? 100 : 100000);
  if (!(Number.isFinite(multiplier) && multiplier > 0)) throw new StatisticsError(messages.invalidMultiplier(multiplier));
  if (!Number.isFinite(baseline) || baseline < 0 || (type === 'proportion' && baseline > multiplier)) {
    throw new StatisticsError(messages.invalidFunnelBaseline(baseline));
  }
  const sizes = funnelSizes(options.sizes, options.points ?? 100);
  for (const s of sizes) if (!(Number.isFinite(s) && s > 0)) throw new StatisticsError(messages.invalidFunnelSize(s));
  const z95 = zQuantile(0.95);
  const z998 = zQuantile(0.998);
  const clamp = (v: number) => Math.min(multiplier, Math.max(0, v));
  return sizes.map((size) => {
    if (type === 'proportion') {
      const P = baseline / multiplier;
      const l95 = proportionFunnelLimits(P, size, z95);
      const l998 = proportionFunnelLimits(P, size, z998);
      return {
        size,
        lower95: clamp(l95.lower * multiplier), upper95: clamp(l95.upper * multiplier),
        lower998: clamp(l998.lower * multiplier), upper998: clamp(l998.upper * multiplier),
      };
    }
    const E = (baseline * size) / multiplier;
    const rate = (k: number) => (k / size) * multiplier;
    return {
      size,
      lower95: rate(poissonFunnelCount(E, 0.025, 'upper')),
      upper95: rate(poissonFunnelCount(E, 0.025, 'lower')),
      lower998: rate(poissonFunnelCount(E, 0.001, 'upper')),
      upper998: rate(poissonFunnelCount(E, 0.001, 'lower')),
    };
  });
}
