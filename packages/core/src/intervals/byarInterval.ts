import { messages } from '../messages.js';
import { StatisticsError } from './StatisticsError.js';
import { normaliseConfidence } from './normaliseConfidence.js';
import { zQuantile } from './zQuantile.js';
import { byarLimits } from './limitsWithZ.js';

/**
 * Byar's approximation to the Poisson confidence interval for an observed count.
 *
 * Definition (Breslow & Day 1987; PHEindicatormethods `byars_lower` /
 * `byars_upper`, methods.md §2):
 * lower = x·(1 − 1/(9x) − z/(3√x))³, upper = (x+1)·(1 − 1/(9(x+1)) + z/(3√(x+1)))³.
 * The lower limit is 0 for x = 0, and `null` when the formula would give a
 * negative value (e.g. x = 1 at 99.8%), as PHE returns NA.
 *
 * @param x - observed count (events), ≥ 0.
 * @param confidence - fraction or percentage; default 0.95.
 * @returns `{lower, upper}` on the count scale (events).
 * @throws {@link StatisticsError} `negativeCount`, `notANumber`, `invalidConfidence`.
 * @example
 * ```ts
 * byarInterval(65); // { lower: 50.1636..., upper: 82.8651... }
 * byarInterval(1, 0.998); // { lower: null, upper: 9.3622... }
 * ```
 */
export function byarInterval(x: number, confidence = 0.95): { lower: number | null; upper: number } {
  if (!Number.isFinite(x)) throw new StatisticsError(messages.notANumber('count', x));
  if (x < 0) throw new StatisticsError(messages.negativeCount('count', x));
  const c = normaliseConfidence(confidence);
  if (c === 1) return { lower: 0, upper: Infinity };
  return byarLimits(x, zQuantile(c));
}
