import { messages } from '../messages.js';
import { StatisticsError } from './StatisticsError.js';
import { normaliseConfidence } from './normaliseConfidence.js';
import { zQuantile } from './zQuantile.js';
import { wilsonLimits } from './limitsWithZ.js';

/**
 * Wilson score confidence interval for a proportion x/n, on the 0–1 scale.
 *
 * Definition (Wilson 1927; Newcombe & Altman 2000; PHEindicatormethods
 * `wilson_lower`/`wilson_upper`, methods.md §1):
 * `(2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²))`.
 * x = 0 gives lower 0 exactly and upper z²/(n + z²); x = n gives upper 1 exactly
 * and lower n/(n + z²). Non-integer x is accepted. Confidence 1 gives [0, 1].
 *
 * @param x - numerator (events), ≥ 0 and ≤ n; may be non-integer.
 * @param n - denominator (sample size), > 0.
 * @param confidence - fraction or percentage; default 0.95.
 * @returns `{lower, upper}` as proportions of 1.
 * @throws {@link StatisticsError} `negativeCount`, `negativeDenominator` (n ≤ 0),
 *   `numeratorAboveDenominator`, `notANumber`, `invalidConfidence`.
 * @example
 * ```ts
 * wilsonInterval(0, 100); // { lower: 0, upper: 0.036994... }
 * wilsonInterval(65, 100); // { lower: 0.55254..., upper: 0.73635... }
 * ```
 */
export function wilsonInterval(x: number, n: number, confidence = 0.95): { lower: number; upper: number } {
  if (!Number.isFinite(x)) throw new StatisticsError(messages.notANumber('numerator', x));
  if (!Number.isFinite(n)) throw new StatisticsError(messages.notANumber('denominator', n));
  if (x < 0) throw new StatisticsError(messages.negativeCount('numerator', x));
  if (n <= 0) throw new StatisticsError(messages.negativeDenominator('denominator', n));
  if (x > n) throw new StatisticsError(messages.numeratorAboveDenominator(x, n));
  const c = normaliseConfidence(confidence);
  if (c === 1) return { lower: 0, upper: 1 };
  return wilsonLimits(x, n, zQuantile(c));
}
