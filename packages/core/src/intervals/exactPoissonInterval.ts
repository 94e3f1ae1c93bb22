import { messages } from '../messages.js';
import { StatisticsError } from './StatisticsError.js';
import { gammaQuantile } from './gammaQuantile.js';
import { normaliseConfidence } from './normaliseConfidence.js';

/**
 * Exact (Garwood) Poisson confidence interval for an observed count, from
 * chi-square quantiles.
 *
 * Definition (Garwood 1936; PHEindicatormethods `R/Rates.R`, methods.md §2):
 * lower = χ²((1−c)/2; 2x) / 2 (0 when x = 0), upper = χ²(c + (1−c)/2; 2x + 2) / 2.
 * A zero count gives [0, 3.6889] at 95% and [0, 6.9078] at 99.8%.
 *
 * χ²(p; 2k)/2 is the gamma quantile with shape k, found by Newton steps on the
 * regularised incomplete gamma function (`gammaQuantile`, `regularisedGamma`),
 * so the limits agree with R's `qchisq` and scipy's `chi2.ppf` to about 1e-14
 * relative at every count tested, 0 to 100,000 events. (The chi-square quantile
 * of `@stdlib/stats-base-dists-chisquare-quantile` 0.2.3 alone is wrong in the
 * upper tail from about 1,800 degrees of freedom: 1434.4132 for the upper 95%
 * limit of 1,360 events, where R and scipy give 1434.2489.)
 *
 * @param x - observed count (events), ≥ 0. Non-integers are accepted.
 * @param confidence - fraction or percentage; default 0.95.
 * @returns `{lower, upper}` on the count scale (events).
 * @throws {@link StatisticsError} `negativeCount`, `notANumber`, `invalidConfidence`.
 * @example
 * ```ts
 * exactPoissonInterval(0); // { lower: 0, upper: 3.6888794541139354 }
 * exactPoissonInterval(9); // { lower: 4.1153..., upper: 17.0848... }
 * exactPoissonInterval(1360).upper; // 1434.2489... (R qchisq(0.975, 2722) / 2)
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
  const lower = x === 0 ? 0 : gammaQuantile((1 - c) / 2, x);
  const upper = gammaQuantile(c + (1 - c) / 2, x + 1);
  if (known.size >= 8192) known.clear();
  known.set(key, { lower, upper });
  return { lower, upper };
}

// Small counts recur across areas and periods; each chi-square quantile is
// costly, so intervals already computed are remembered (bounded).
const known = new Map<string, { lower: number; upper: number }>();
