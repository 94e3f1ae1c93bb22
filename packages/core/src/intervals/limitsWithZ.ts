// Internal: the Wilson and Byar formulas for a given z (not part of the public API).
// wilsonInterval and byarInterval call them with the exact z of a confidence level;
// the measures call them with z = 1.96 under ScotPHO's conventions.

/** Wilson (1927) score limits of x out of n on the 0–1 scale; x = 0 and x = n give 0 and 1 exactly. */
export function wilsonLimits(x: number, n: number, z: number): { lower: number; upper: number } {
  const z2 = z * z;
  const root = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
  const denom = 2 * (n + z2);
  const lower = x === 0 ? 0 : (2 * x + z2 - root) / denom;
  const upper = x === n ? 1 : (2 * x + z2 + root) / denom;
  return { lower, upper };
}

/**
 * Byar's limits on a count x; the lower limit is `null` where the cubed base is
 * negative, or with `raw` that negative value itself (ScotPHO computes with it).
 */
export function byarLimits(x: number, z: number, raw = false): { lower: number | null; upper: number } {
  let lower: number | null = 0;
  if (x > 0) {
    const base = 1 - 1 / (9 * x) - z / (3 * Math.sqrt(x));
    lower = base < 0 && !raw ? null : x * base ** 3;
  }
  const y = x + 1;
  const upper = y * (1 - 1 / (9 * y) + z / (3 * Math.sqrt(y))) ** 3;
  return { lower, upper };
}
