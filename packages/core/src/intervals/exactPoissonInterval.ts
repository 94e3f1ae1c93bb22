import chisqQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import { messages } from '../messages.js';
import { StatisticsError } from './StatisticsError.js';
import { normaliseConfidence } from './normaliseConfidence.js';

/**
 * Exact (Garwood) Poisson confidence interval for an observed count, from
 * chi-square quantiles.
 *
 * Definition (Garwood 1936; PHEindicatormethods `R/Rates.R`, methods.md §2):
 * lower = χ²((1−c)/2; 2x) / 2 (0 when x = 0), upper = χ²(c + (1−c)/2; 2x + 2) / 2.
 * A zero count gives [0, 3.6889] at 95% and [0, 6.9078] at 99.8%.
 *
 * @param x - observed count (events), ≥ 0. Non-integers are accepted.
 * @param confidence - fraction or percentage; default 0.95.
 * @returns `{lower, upper}` on the count scale (events).
 * @throws {@link StatisticsError} `negativeCount`, `notANumber`, `invalidConfidence`.
 * @example
 * ```ts
 * exactPoissonInterval(0); // { lower: 0, upper: 3.6888794541139354 }
 * exactPoissonInterval(9); // { lower: 4.1153..., upper: 17.0848... }
 * ```
 */
export function exactPoissonInterval(x: number, confidence = 0.95): { lower: number; upper: number } {
  if (!Number.isFinite(x)) throw new StatisticsError(messages.notANumber('count', x));
  if (x < 0) throw new StatisticsError(messages.negativeCount('count', x));
  const c = normaliseConfidence(confidence);
  if (c === 1) return { lower: 0, upper: Infinity };
  const key = `${x}|${c}`;
  const hit = known.get(key);
  if (hit) return { ...hit };
  const lower = x === 0 ? 0 : chisqQuantile((1 - c) / 2, 2 * x) / 2;
  const upper = chisqQuantile(c + (1 - c) / 2, 2 * x + 2) / 2;
  if (known.size >= 8192) known.clear();
  known.set(key, { lower, upper });
  return { lower, upper };
}

// Small counts recur across areas and periods; each chi-square quantile is
// costly, so intervals already computed are remembered (bounded).
const known = new Map<string, { lower: number; upper: number }>();
