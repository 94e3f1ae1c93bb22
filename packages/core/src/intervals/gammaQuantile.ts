import chisqQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import { lnGammaPlusOne, logPowerExpOverGamma, regularisedGamma } from './regularisedGamma.js';

/**
 * The quantile of the gamma distribution with shape a and scale 1: the u with
 * P(a, u) = p. Half the chi-square quantile with 2a degrees of freedom, so the
 * exact Poisson limits are gammaQuantile(α/2, x) and gammaQuantile(1 − α/2, x + 1).
 *
 * Method: a start from `@stdlib/stats-base-dists-chisquare-quantile` (0.2.3 is
 * off by up to about 1e-4 relative above 1,800 degrees of freedom in the upper
 * tail), then Newton steps on P(a, u) − p (or on Q(a, u) − (1 − p) for p ≥ ½)
 * with the density uᵃ⁻¹e⁻ᵘ/Γ(a), kept inside a bracket that bisection narrows
 * when a step would leave it. Where that start is below 1e-100 (shapes below
 * 1 and tiny p, or shapes below about 0.002 and any p; @stdlib gives 0 below
 * about 1e-150), the
 * small-x series is the answer instead: P(a, u) = uᵃ/Γ(a+1)·(1 + O(u)), so
 * u = exp((ln p + lnΓ(a+1))/a) to the last digits (Newton steps would only
 * round it again); subnormal, or 0 where the quantile is below the smallest
 * double. {@link regularisedGamma} gives the CDF to full
 * relative accuracy in the tail being solved, so the result agrees with R's
 * `qgamma`/`qchisq` and scipy's `chi2.ppf` to about 1e-14 relative.
 *
 * @param p - probability, 0 ≤ p ≤ 1.
 * @param a - shape, > 0.
 * @returns u ≥ 0 (0 at p = 0, Infinity at p = 1).
 * @example
 * ```ts
 * gammaQuantile(0.975, 1361); // 1434.2489105… (scipy chi2.ppf(0.975, 2722) / 2)
 * gammaQuantile(1e-100, 0.5);  // 7.853981633974483e-201 (π/4 · 1e-200; mpmath)
 * ```
 */
export function gammaQuantile(p: number, a: number): number {
  if (!(a > 0) || !(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  const upperTail = p >= 0.5;
  const target = upperTail ? 1 - p : p;
  // residual > 0 means u is too large
  const residual = (u: number) => {
    const { p: P, q: Q } = regularisedGamma(a, u);
    return upperTail ? target - Q : P - target;
  };
  let u = chisqQuantile(p, 2 * a) / 2;
  // far below 1, P(a, u) = uᵃ/Γ(a+1)·(1 + O(u)) to the last digit: solved in log u, it is the answer
  // (also in the upper tail: shapes below about 0.002 put even p ≥ ½ there); above it, u is finite
  if (!(u > 1e-100)) return Math.exp((Math.log(p) + lnGammaPlusOne(a)) / a);
  let lo = 0;
  let hi = Infinity;
  for (let i = 0; i < 100; i++) {
    const r = residual(u);
    if (r === 0) return u;
    if (r > 0) hi = u;
    else lo = u;
    const density = Math.exp(logPowerExpOverGamma(a, u)) * (a / u);
    let next = density > 0 ? u - r / density : NaN;
    if (Math.abs(next - u) <= 1e-15 * u) return next;
    if (!(next > lo && next < hi)) next = hi === Infinity ? 2 * u : (lo + hi) / 2;
    u = next;
  }
  return u;
}
