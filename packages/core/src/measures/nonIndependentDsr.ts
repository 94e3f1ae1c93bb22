import { confidenceLevels } from '../intervals/confidenceLevels.js';
import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import type { Measure } from './Measure.js';
import type { DsrOptions } from './directlyStandardisedRate.js';
import { buildMeasure, checkCount, checkDenominator, checkMultiplier, dobsonIntervals, failStatus, isMissing, nullIntervals, okStatus } from './measureHelpers.js';

/**
 * One age band (or other stratum) of a directly standardised rate of events that
 * people can have more than once: how many persons had exactly 1, 2, 3, ... events.
 *
 * @example
 * ```ts
 * // 75 persons with one event, 16 with two, 4 with three, 2 with four: 127 events
 * const band: FrequencyBand = {
 *   population: 636, standard: 5000,
 *   persons: [{ frequency: 1, persons: 75 }, { frequency: 2, persons: 16 }, { frequency: 3, persons: 4 }, { frequency: 4, persons: 2 }],
 * };
 * ```
 */
export interface FrequencyBand {
  /** Local population of the band, ≥ 0; may be null. */
  population: number | null | undefined;
  /** Standard population weight of the band (e.g. ESP2013), ≥ 0. */
  standard: number;
  /** Persons by number of events each had (frequency ≥ 1). A frequency not listed has no persons. */
  persons: readonly { frequency: number; persons: number | null | undefined }[];
}

/**
 * A directly standardised rate of events that are not independent (one person can
 * have several), with Dobson limits whose variance allows for the repeats, as
 * PHEindicatormethods 2.x `calculate_dsr(independent_events = FALSE)`.
 *
 * Definition (methods.md §4): with band populations nᵢ, standard weights wᵢ and
 * p_{i,f} persons with exactly f events, the band's events are xᵢ = Σ_f f·p_{i,f};
 * O = Σxᵢ and the DSR are as in {@link directlyStandardisedRate}. The variance is
 * V = Σ_f f²·V_f with V_f = Σᵢ wᵢ²·p_{i,f}/nᵢ² / (Σwᵢ)² (the Dobson variance of the
 * persons with f events), and the limits DSR + √(V/O)·(O_{L,U} − O) × multiplier with
 * Byar's limits O_L, O_U on O. With one event per person this is
 * {@link directlyStandardisedRate}; repeats widen the interval.
 *
 * Small counts and missing data as {@link directlyStandardisedRate}: O < 10 gives
 * `null` with status 'not-applicable'; a `null` population or number of persons gives
 * 'not-available' (PHE reads an NA number of persons as 0; a suppressed count must
 * not be read as zero); a band of population 0 gives 'zero-denominator'. One
 * difference from PHE, which sums the standard population of V_f over the rows
 * present for frequency f: here a frequency a band does not list has no persons in
 * that band, and every V_f divides by the whole standard population (the same when,
 * as in PHE's tests, every band lists every frequency).
 *
 * @param bands - one {@link FrequencyBand} per age band.
 * @param options - `confidence` (0.95, 0.998 or both), `multiplier` (default 100000), `status`.
 * @returns a {@link Measure} with method 'Dobson, with confidence adjusted for
 *   non-independent events', statistic 'dsr per <multiplier>', numerator O (events),
 *   denominator the total population.
 * @throws {@link StatisticsError} for no bands, a negative number, a frequency that is
 *   not a whole number of at least 1, a frequency listed twice in a band, or a bad
 *   confidence level.
 * @example
 * ```ts
 * const m = directlyStandardisedRateNonIndependent([
 *   { population: 1000, standard: 1, persons: [{ frequency: 1, persons: 20 }, { frequency: 2, persons: 5 }] },
 * ]);
 * m.value; // 3000 per 100,000 (30 events in 1,000)
 * ```
 */
export function directlyStandardisedRateNonIndependent(bands: readonly FrequencyBand[], options: Omit<DsrOptions, 'conventions'> = {}): Measure {
  const levels = confidenceLevels(options.confidence);
  const multiplier = checkMultiplier(options.multiplier ?? 100000);
  const base = { method: 'Dobson, with confidence adjusted for non-independent events', statistic: `dsr per ${multiplier}`, multiplier };
  const conventions = (options as { conventions?: unknown }).conventions;
  if (conventions !== undefined) {
    throw new StatisticsError(messages.noScotphoNonIndependentDsr(conventions));
  }
  if (bands.length === 0) throw new StatisticsError(messages.noBands());
  let missing = false;
  let zero = false;
  bands.forEach((b, i) => {
    if (!Number.isFinite(b.standard)) throw new StatisticsError(messages.notANumber('standard population', b.standard));
    if (b.standard < 0) throw new StatisticsError(messages.negativeCount('standard population', b.standard));
    if (isMissing(b.population)) missing = true;
    else {
      checkDenominator('population', b.population);
      if (b.population === 0) zero = true;
    }
    const seen = new Set<number>();
    for (const p of b.persons) {
      if (!(Number.isInteger(p.frequency) && p.frequency >= 1)) {
        throw new StatisticsError(messages.badEventFrequency(i + 1, p.frequency));
      }
      if (seen.has(p.frequency)) throw new StatisticsError(messages.repeatedEventFrequency(i + 1, p.frequency));
      seen.add(p.frequency);
      if (isMissing(p.persons)) missing = true;
      else checkCount('persons', p.persons);
    }
  });
  const events = (b: FrequencyBand) => b.persons.reduce((s, p) => s + p.frequency * (p.persons as number), 0);
  const total = missing ? null : bands.reduce((s, b) => s + events(b), 0);
  const pop = bands.some((b) => isMissing(b.population)) ? null : bands.reduce((s, b) => s + (b.population as number), 0);
  if (missing || zero) {
    return buildMeasure({ ...base, value: null, intervals: nullIntervals(levels), numerator: total, denominator: pop,
      status: failStatus(options.status, missing ? 'not-available' : 'zero-denominator') });
  }
  const O = total as number;
  if (O < 10) {
    return buildMeasure({ ...base, value: null, intervals: nullIntervals(levels), numerator: O, denominator: pop,
      status: failStatus(options.status, 'not-applicable') });
  }
  const sumW = bands.reduce((s, b) => s + b.standard, 0);
  let dsr = 0;
  let v = 0;
  for (const b of bands) {
    const n = b.population as number;
    dsr += (b.standard * events(b)) / n;
    for (const p of b.persons) v += (p.frequency ** 2 * b.standard ** 2 * (p.persons as number)) / n ** 2;
  }
  dsr /= sumW;
  v /= sumW ** 2;
  const intervals = dobsonIntervals(O, dsr, v, levels, multiplier);
  return buildMeasure({ ...base, value: dsr * multiplier, intervals, numerator: O, denominator: pop, status: okStatus(options.status) });
}
