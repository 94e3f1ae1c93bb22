import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { gammaQuantile } from '../intervals/gammaQuantile.js';
import { normaliseConfidence } from '../intervals/normaliseConfidence.js';
import { zQuantile } from '../intervals/zQuantile.js';
import { comparisonLabel } from './comparisonLabel.js';
import type { Comparison } from './compareWithBenchmark.js';
import { POLARITIES, type Polarity } from './Polarity.js';

/**
 * Options of {@link compareSpcProportion} and {@link compareSpcRate}.
 *
 * @example
 * ```ts
 * const o: SpcOptions = { polarity: 'low-is-good', confidence: 0.998, multiplier: 100 };
 * ```
 */
export interface SpcOptions {
  polarity: Polarity;
  /** Width of the control limits, 0.95 or 0.998 (any level 0.9–1 or 90–100). __Default value:__ `0.95` */
  confidence?: number;
  /**
   * Scale of the values: 100 for a percentage, 1 for a proportion of 1; 100000
   * for a rate per 100,000. __Default value:__ `100` (proportion), `100000` (rate)
   */
  multiplier?: number;
  /**
   * z for the proportion limits instead of the exact quantile (Fingertips uses
   * 1.96 and 3.0902; ScotPHO 1.96). __Default value:__ the exact z of `confidence`
   */
  z?: number;
}

const ok = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

function check(options: SpcOptions): void {
  if (!POLARITIES.includes(options.polarity)) {
    throw new StatisticsError(messages.unknownOption('polarity', options.polarity, POLARITIES));
  }
  const m = options.multiplier;
  if (m !== undefined && !(typeof m === 'number' && Number.isFinite(m) && m > 0)) throw new StatisticsError(messages.invalidMultiplier(m));
}

/** Same / Better / Worse of a value against control limits (Fingertips `GetSignificanceFromSDs`). */
function againstLimits(value: number, lower: number, upper: number, polarity: Polarity): Comparison {
  if (upper < value) return comparisonLabel(polarity, true);
  if (lower > value) return comparisonLabel(polarity, false);
  return 'Similar';
}

/**
 * Compare an area's proportion with a benchmark by control limits around the
 * benchmark (Fingertips' "SPC for proportions" comparer, methods.md §8 method 4).
 *
 * Definition: with P₀ the benchmark proportion (benchmark / multiplier), n the
 * area's denominator and E = n·P₀, the limits are the Wilson interval of E
 * events out of n, (2E + z² ∓ z√(z² + 4E(1 − E/n))) / (2(n + z²)); the area's
 * proportion (value / multiplier) above the upper limit is 'Better' when high
 * is good, below the lower limit 'Worse' (reversed when low is good;
 * 'Higher'/'Lower' with no judgement), else 'Similar' (on a limit counts as
 * similar). Unlike {@link compareWithBenchmark} the limits depend on the
 * benchmark and n, not on the area's own interval, so the two can disagree.
 *
 * 'Not compared' when the value or benchmark is missing or the denominator is
 * missing or not positive (Fingertips: `Significance.None`).
 *
 * @param area - the area's value (on the `multiplier` scale) and denominator.
 * @param benchmark - the benchmark value, same scale.
 * @param options - see {@link SpcOptions}.
 * @returns a {@link Comparison}.
 * @throws {@link StatisticsError} for an unknown polarity, a bad confidence level or multiplier.
 * @example
 * ```ts
 * // Fingertips SpcForProportionsComparerTest.cs, indicator 514 (2010), area 5PY against England 12.84%
 * const area = { value: 10.9783420463032, denominator: 1339 };
 * compareSpcProportion(area, 12.8379546895717, { polarity: 'low-is-good' });                     // 'Better'
 * compareSpcProportion(area, 12.8379546895717, { polarity: 'low-is-good', confidence: 0.998 }); // 'Similar'
 * ```
 */
export function compareSpcProportion(
  area: { value: number | null | undefined; denominator: number | null | undefined },
  benchmark: number | null | undefined,
  options: SpcOptions,
): Comparison {
  check(options);
  const z = options.z ?? zQuantile(options.confidence ?? 0.95);
  const multiplier = options.multiplier ?? 100;
  if (!ok(area.value) || !ok(benchmark) || !ok(area.denominator) || area.denominator <= 0) return 'Not compared';
  const n = area.denominator;
  const E = n * (benchmark / multiplier);
  const z2 = z * z;
  const root = z * Math.sqrt(z2 + 4 * E * (1 - E / n));
  const lower = (2 * E + z2 - root) / (2 * (n + z2));
  const upper = (2 * E + z2 + root) / (2 * (n + z2));
  return againstLimits(area.value / multiplier, lower, upper, options.polarity);
}

/**
 * Compare an area's rate or directly standardised rate with a benchmark by
 * Poisson control limits around the benchmark (Fingertips' "SPC for DSR"
 * comparer, methods.md §8 method 5).
 *
 * Definition: with n the area's population and E = benchmark × n / multiplier
 * the expected count, the limits are the Poisson means m at which the tail
 * α = (1 − confidence)/2 is reached from E: lower, P(X ≥ ⌈E⌉ | m) = α; upper,
 * P(X ≤ ⌊E⌋ | m) = α (Fingertips `PoisLow`/`PoisHigh`, which sum the Poisson
 * terms k ≥ E and k ≤ E, so a non-whole E is rounded up for the lower limit and
 * down for the upper; for a whole E these are the exact Poisson limits of E).
 * They are solved on the regularised gamma function, where Fingertips bisects
 * to 1e-7, and divided by n × multiplier. The area's value above the upper
 * limit is 'Better' when high is good, below the lower 'Worse' (reversed when
 * low is good), else 'Similar'.
 *
 * 'Not compared' when the value or benchmark is missing or the population is
 * missing or not positive.
 *
 * @param area - the area's value (per `multiplier`) and population (Fingertips' Denominator2).
 * @param benchmark - the benchmark rate, same scale.
 * @param options - see {@link SpcOptions} (`z` is not used).
 * @returns a {@link Comparison}.
 * @throws {@link StatisticsError} for an unknown polarity, a bad confidence level or multiplier.
 * @example
 * ```ts
 * // Fingertips SpcForDsrComparerTest.cs: MRSA per 100,000, 2011, Cambridgeshire PCT against England
 * const cams = { value: 1.1358436559886544, population: 616282 };
 * compareSpcRate(cams, 2.132708657734625, { polarity: 'low-is-good' });                     // 'Better'
 * compareSpcRate(cams, 2.132708657734625, { polarity: 'low-is-good', confidence: 0.998 }); // 'Similar'
 * ```
 */
export function compareSpcRate(
  area: { value: number | null | undefined; population: number | null | undefined },
  benchmark: number | null | undefined,
  options: SpcOptions,
): Comparison {
  check(options);
  const c = normaliseConfidence(options.confidence ?? 0.95);
  const multiplier = options.multiplier ?? 100000;
  if (!ok(area.value) || !ok(benchmark) || !ok(area.population) || area.population <= 0) return 'Not compared';
  const alpha = (1 - c) / 2;
  const E = (benchmark * area.population) / multiplier;
  const up = Math.ceil(E);
  const lowerMean = up === 0 ? 0 : gammaQuantile(alpha, up);
  const upperMean = c === 1 ? Infinity : gammaQuantile(1 - alpha, Math.floor(E) + 1);
  const scale = multiplier / area.population;
  return againstLimits(area.value, lowerMean * scale, upperMean * scale, options.polarity);
}
