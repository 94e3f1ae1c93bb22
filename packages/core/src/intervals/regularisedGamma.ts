/**
 * The regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x),
 * each computed directly where it is the small one, so that both keep full
 * relative accuracy in the tails that the exact Poisson limits use.
 *
 * Definition: P(a, x) = γ(a, x)/Γ(a) = (1/Γ(a)) ∫₀ˣ t^{a−1} e^{−t} dt
 * (Abramowitz & Stegun 6.5.1; DLMF 8.2.4). P(a, x) is the chi-square CDF at 2x
 * with 2a degrees of freedom, and Q(k + 1, μ) is the Poisson probability of at
 * most k events when the mean is μ.
 *
 * Method: for x < a + 1 the power series
 * P = xᵃe^{−x}/Γ(a+1) · Σₙ xⁿ/((a+1)…(a+n)) (A&S 6.5.29), and Q = 1 − P; beyond
 * it, Legendre's continued fraction for Q (A&S 6.5.31) by the modified Lentz
 * method, and P = 1 − Q. The prefactor xᵃe^{−x}/Γ(a+1) is formed as
 * exp(a·log1pmx((x−a)/a) − ½ln(2πa) − stirlerr(a)) for a ≥ 10, which avoids the
 * cancellation of a·ln x − x − lnΓ(a+1) when a and x are large (Temme 1979;
 * Loader 2000, "Fast and accurate computation of binomial probabilities").
 *
 * We do not use `@stdlib/math-base-special-gammainc` 0.3.1 here: its upper
 * tail is wrong for a above about 1,360 (Q(1361, 1434.2489) = 0.025253 where
 * scipy's `gammaincc` gives 0.025000), which is what made the chi-square
 * quantile of `@stdlib/stats-base-dists-chisquare-quantile` 0.2.3 wrong.
 *
 * @param a - shape, > 0.
 * @param x - argument, ≥ 0.
 * @returns `{ p, q }` with p = P(a, x) and q = Q(a, x).
 * @example
 * ```ts
 * regularisedGamma(1, 3.6888794541139354).q; // 0.025 (e^{−x})
 * regularisedGamma(1361, 1434.2489105).q;    // 0.0250000 (scipy gammaincc)
 * ```
 */
export function regularisedGamma(a: number, x: number): { p: number; q: number } {
  if (!(a > 0) || !(x >= 0)) return { p: NaN, q: NaN };
  if (x === 0) return { p: 0, q: 1 };
  if (x === Infinity) return { p: 1, q: 0 };
  const prefix = Math.exp(logPowerExpOverGamma(a, x)); // xᵃ e^{−x} / Γ(a+1)
  if (x < a + 1) {
    let term = 1;
    let sum = 1;
    for (let n = 1; n < 10_000_000; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * 1e-17 && a + n > x) break;
    }
    const p = Math.min(1, prefix * sum);
    return { p, q: 1 - p };
  }
  // Q(a, x) = xᵃe^{−x}/Γ(a) · 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − 2·(2 − a)/(x + 5 − a − …)))
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  const q = Math.min(1, prefix * a * h);
  return { p: 1 - q, q };
}

/** ln(xᵃ e^{−x} / Γ(a + 1)), accurate for large a and x near a. */
export function logPowerExpOverGamma(a: number, x: number): number {
  if (a >= 10) {
    const t = (x - a) / a;
    // far from a, ln(1 + t) from x/a itself: 1 + t would lose x/a's digits when x ≪ a (t near −1)
    const l = Math.abs(t) > 0.5 ? Math.log(x / a) - t : log1pmx(t);
    return a * l - 0.5 * Math.log(2 * Math.PI * a) - stirlerr(a);
  }
  return a * Math.log(x) - x - lnGammaPlusOne(a);
}

/** ln(1 + t) − t without cancellation, for |t| ≤ 0.5 (the only t it is called with). */
function log1pmx(t: number): number {
  // ln(1+t) = 2·atanh(y), y = t/(2+t); 2y − t = −t²/(2+t).
  const y = t / (2 + t);
  const y2 = y * y;
  let pow = y * y2;
  let sum = 0;
  for (let k = 3; k < 200; k += 2) {
    const term = pow / k;
    sum += term;
    if (Math.abs(term) <= Math.abs(sum) * 1e-17) break;
    pow *= y2;
  }
  return -(t * t) / (2 + t) + 2 * sum;
}

/** lnΓ(a+1) − (a ln a − a + ½ ln(2πa)), Stirling's series; for a ≥ 10 the omitted terms are below 1e-17. */
function stirlerr(a: number): number {
  const r = 1 / a;
  const r2 = r * r;
  return r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188 - r2 * (691 / 360360))))));
}

/** lnΓ(a + 1) for a > 0, by Stirling's series after shifting the argument to at least 10. */
export function lnGammaPlusOne(a: number): number {
  let shift = 0;
  let b = a;
  while (b < 10) {
    b += 1;
    shift += Math.log(b);
  }
  return b * Math.log(b) - b + 0.5 * Math.log(2 * Math.PI * b) + stirlerr(b) - shift;
}
