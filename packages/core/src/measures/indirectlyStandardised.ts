import { confidenceLevels } from '../intervals/confidenceLevels.js';
import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { countWithInterval } from './countWithInterval.js';
import type { Measure, MeasureOptions } from './Measure.js';
import {
  buildMeasure, checkCount, checkDenominator, checkMultiplier, failStatus, isMissing, nullIntervals, okStatus,
} from './measureHelpers.js';

/**
 * One age band (or other stratum) for indirect standardisation: the local
 * count and population, and the reference (standard) count and population.
 *
 * @example
 * ```ts
 * const band: IndirectBand = { count: 127, population: 636, refCount: 10303, refPopulation: 50520 };
 * ```
 */
export interface IndirectBand {
  /** Local events in the band, ≥ 0; may be null (then the result is null, see below). */
  count: number | null | undefined;
  /** Local population of the band, ≥ 0; may be null. */
  population: number | null | undefined;
  /** Reference events in the band, ≥ 0. */
  refCount: number;
  /** Reference population of the band, > 0. */
  refPopulation: number;
}

/**
 * Options of {@link indirectlyStandardisedRatio} and {@link indirectlyStandardisedRate}.
 *
 * @example
 * ```ts
 * const o: IndirectOptions = { multiplier: 100, confidence: [0.95, 0.998] };
 * ```
 */
export interface IndirectOptions extends MeasureOptions {
  /**
   * Ratio: 1 or 100 (PHE `refvalue`); rate: per this many people.
   * __Default value:__ `1` for the ratio, `100000` for the rate
   */
  multiplier?: number;
  /**
   * The observed total when it is known without an age breakdown (PHE
   * `observed_totals`); the band counts are then not summed (they may be null).
   * __Default value:__ `undefined`
   */
  observed?: number | null;
}

/**
 * A {@link Measure} of an indirectly standardised ratio or rate, with the
 * observed and expected counts it rests on (`numerator` = observed,
 * `denominator` = expected).
 *
 * @example
 * ```ts
 * const m: IndirectMeasure = indirectlyStandardisedRatio(bands); // m.expected ≈ 835.88
 * ```
 */
export interface IndirectMeasure extends Measure {
  observed: number | null;
  expected: number | null;
  /** Reference rate ΣX_ref / ΣN_ref × multiplier (rate only; null for the ratio). */
  referenceRate: number | null;
}

function indirect(bands: readonly IndirectBand[], options: IndirectOptions, kind: 'ratio' | 'rate'): IndirectMeasure {
  const levels = confidenceLevels(options.confidence);
  const multiplier = checkMultiplier(options.multiplier ?? (kind === 'ratio' ? 1 : 100000));
  if (bands.length === 0) throw new StatisticsError(messages.noBands());
  const givenObserved = options.observed !== undefined;
  if (givenObserved && !isMissing(options.observed)) checkCount('observed', options.observed);
  let missing = givenObserved && isMissing(options.observed);
  let zero = false;
  let expected = 0;
  let refX = 0;
  let refN = 0;
  let summed = 0;
  for (const b of bands) {
    checkCount('reference count', b.refCount);
    checkDenominator('reference population', b.refPopulation);
    if (b.refPopulation === 0) zero = true;
    refX += b.refCount;
    refN += b.refPopulation;
    if (!givenObserved) {
      if (isMissing(b.count)) missing = true;
      else {
        checkCount('count', b.count);
        summed += b.count;
      }
    }
    if (isMissing(b.population)) missing = true;
    else {
      checkDenominator('population', b.population);
      if (b.refPopulation > 0) expected += (b.refCount / b.refPopulation) * b.population;
    }
  }
  const refRate = kind === 'rate' && refN > 0 ? refX / refN : null;
  const O = givenObserved ? (isMissing(options.observed) ? null : (options.observed as number)) : missing ? null : summed;
  const E = missing || zero ? null : expected;
  const base = {
    method: O !== null && O < 10 ? 'Exact' : 'Byars',
    statistic: kind === 'ratio' ? `indirectly standardised ratio x ${multiplier}` : `indirectly standardised rate per ${multiplier}`,
    multiplier,
  };
  const extra = { observed: O, expected: E, referenceRate: refRate === null ? null : refRate * multiplier };
  if (O === null || E === null || E === 0) {
    const code = missing ? 'not-available' : 'zero-denominator';
    return { ...buildMeasure({ ...base, value: null, intervals: nullIntervals(levels), numerator: O, denominator: E,
      status: failStatus(options.status, code) }), ...extra };
  }
  const scale = (kind === 'ratio' ? 1 : (refRate as number)) * multiplier / E;
  const counts = countWithInterval(O, { confidence: options.confidence });
  const intervals = counts.intervals.map((i) => ({
    confidence: i.confidence,
    lower: i.lower === null ? null : i.lower * scale,
    upper: i.upper === null ? null : i.upper * scale,
  }));
  return { ...buildMeasure({ ...base, value: O * scale, intervals, numerator: O, denominator: E, status: okStatus(options.status) }), ...extra };
}

/**
 * Indirectly standardised ratio (the standardised mortality/morbidity ratio,
 * SMR): observed over expected events, with Poisson limits on the observed count.
 *
 * Definition (PHEindicatormethods `calculate_ISRatio`, formerly `phe_smr`;
 * methods.md §5): E = Σᵢ (X_ref,i / N_ref,i) · nᵢ; O = Σᵢ xᵢ (or the `observed`
 * total); value = O/E × multiplier (1 or 100). Limits: the exact Poisson
 * interval of O below 10 events (method 'Exact'), Byar's from 10 ('Byars'),
 * each divided by E and multiplied by the multiplier (Breslow & Day 1987).
 *
 * Missing data rule: unlike PHE, which counts an NA band count as 0, a missing
 * band count or population gives `value: null`, status 'not-available' (a
 * suppressed count must not be read as zero, as in
 * {@link directlyStandardisedRate}); pass `observed` when only the total is
 * known. Expected 0 or a reference population of 0 gives 'zero-denominator'.
 *
 * @param bands - local and reference counts and populations per band.
 * @param options - `multiplier` (default 1), `confidence`, `observed`, `status`.
 * @returns an {@link IndirectMeasure}: numerator = observed, denominator = expected.
 * @throws {@link StatisticsError} for negative or non-finite input, no bands, or a bad option.
 * @example
 * ```ts
 * indirectlyStandardisedRatio([
 *   { count: 30, population: 1000, refCount: 200, refPopulation: 10000 },
 *   { count: 20, population: 500, refCount: 300, refPopulation: 5000 },
 * ]); // expected 20 + 30 = 50, value 1.0, Byar limits 0.742–1.318
 * ```
 */
export function indirectlyStandardisedRatio(bands: readonly IndirectBand[], options: IndirectOptions = {}): IndirectMeasure {
  return indirect(bands, options, 'ratio');
}

/**
 * Indirectly standardised rate: the reference rate scaled by the observed over
 * expected ratio, with Poisson limits on the observed count.
 *
 * Definition (PHEindicatormethods `calculate_ISRate`, formerly `phe_isr`;
 * methods.md §5): value = O/E × (ΣX_ref / ΣN_ref) × multiplier, with E and O as
 * in {@link indirectlyStandardisedRatio}; limits exact below 10 observed events
 * and Byar from 10, scaled by the same factor.
 *
 * Missing data rule: as {@link indirectlyStandardisedRatio}.
 *
 * @param bands - local and reference counts and populations per band.
 * @param options - `multiplier` (default 100000), `confidence`, `observed`, `status`.
 * @returns an {@link IndirectMeasure} with `referenceRate` per multiplier.
 * @throws {@link StatisticsError} for negative or non-finite input, no bands, or a bad option.
 * @example
 * ```ts
 * indirectlyStandardisedRate(
 *   [{ count: 9, population: 1000, refCount: 100, refPopulation: 10000 }], { multiplier: 1000 },
 * ); // reference rate 10 per 1,000, expected 10, value 9 per 1,000, exact limits 4.115–17.085
 * ```
 */
export function indirectlyStandardisedRate(bands: readonly IndirectBand[], options: IndirectOptions = {}): IndirectMeasure {
  return indirect(bands, options, 'rate');
}
