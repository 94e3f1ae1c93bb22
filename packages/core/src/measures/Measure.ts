import type { Conventions } from './conventions.js';

/**
 * One confidence interval of a {@link Measure}.
 *
 * @example
 * ```ts
 * const ci: MeasureInterval = { confidence: 0.998, lower: 1.2, upper: 3.4 };
 * ```
 */
export interface MeasureInterval {
  /** Confidence level as a fraction (0.95 or 0.998). */
  confidence: number;
  /** Lower limit on the output scale (× multiplier); `null` when not computable. */
  lower: number | null;
  /** Upper limit on the output scale (× multiplier); `null` when not computable. */
  upper: number | null;
}

/**
 * A statistic with its confidence interval(s), as returned by every function in
 * `measures/` (`proportion`, `crudeRate`, `meanWithInterval`, `rateRatio`,
 * `directlyStandardisedRate`, `countWithInterval`).
 *
 * Modelled on PHEindicatormethods' output columns (value, lowercl, uppercl,
 * confidence, statistic, method).
 *
 * @example
 * ```ts
 * proportion(65, 100, { multiplier: 100 });
 * // { value: 65, lower: 55.25..., upper: 73.63..., confidence: 0.95,
 * //   intervals: [{ confidence: 0.95, lower: 55.25..., upper: 73.63... }],
 * //   method: 'Wilson', statistic: 'percentage', multiplier: 100,
 * //   numerator: 65, denominator: 100, status: 'published' }
 * ```
 */
export interface Measure {
  /** The statistic on the output scale (× multiplier); `null` when it cannot be computed. */
  value: number | null;
  /** Lower limit at `confidence` (the first level asked). */
  lower: number | null;
  /** Upper limit at `confidence` (the first level asked). */
  upper: number | null;
  /** First confidence level asked, as a fraction (0.95 or 0.998). */
  confidence: number;
  /** Every level asked, in the order asked. */
  intervals: MeasureInterval[];
  /** Method label, as PHE: 'Wilson' | 'Exact' | 'Byars' | "Student's t-distribution" | 'Dobson' | 'Log-normal'. */
  method: string;
  /** Statistic label, as PHE: 'percentage' | 'proportion of 1' | 'rate per 10000' | 'count' | 'mean' | 'dsr per 100000' | 'rate ratio'. */
  statistic: string;
  /** Scaling applied to value and limits (100 for a percentage, 10000 for a rate per 10,000). */
  multiplier: number;
  /** Numerator used (count, events, sum of values); `null` when missing. */
  numerator: number | null;
  /** Denominator used (population, sample size, number of values); `null` when missing or not applicable. */
  denominator: number | null;
  /** Status codes joined by '; ' (see `status.ts`): 'published', 'not-available', 'zero-denominator', 'not-applicable', ... */
  status: string;
}

/**
 * Options shared by the measures.
 *
 * @example
 * ```ts
 * const options: MeasureOptions = { confidence: [0.95, 0.998], multiplier: 10000 };
 * ```
 */
export interface MeasureOptions {
  /**
   * One level (fraction 0.95 or percentage 95) or the pair `[0.95, 0.998]`.
   * __Default value:__ `0.95`
   */
  confidence?: number | readonly number[];
  /**
   * Status of the input row, carried into the result (e.g. 'provisional').
   * __Default value:__ `'published'`
   */
  status?: string;
  /**
   * 'scotpho' to reproduce ScotPHO's figures (z = 1.96 at 95%, Byar at every
   * count, ...; see {@link Conventions}). Honoured by `proportion`, `crudeRate`,
   * `countWithInterval` and `directlyStandardisedRate`.
   * __Default value:__ `'phe'`
   */
  conventions?: Conventions;
}
