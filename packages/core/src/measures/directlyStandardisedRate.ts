import { confidenceLevels } from '../intervals/confidenceLevels.js';
import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import type { Measure, MeasureOptions } from './Measure.js';
import {
  buildMeasure, checkCount, checkDenominator, checkMultiplier, dobsonIntervals, failStatus, isMissing, nullIntervals, okStatus,
} from './measureHelpers.js';
import { checkConventions, scotphoZ } from './conventionHelpers.js';
import { byarLimits } from '../intervals/limitsWithZ.js';

/**
 * One age band (or other stratum) of a directly standardised rate.
 *
 * @example
 * ```ts
 * const band: StandardisationBand = { count: 12, population: 5300, standard: 5500 };
 * ```
 */
export interface StandardisationBand {
  /** Events in the band, ≥ 0; may be null. */
  count: number | null | undefined;
  /** Local population of the band, ≥ 0; may be null. */
  population: number | null | undefined;
  /** Standard population weight of the band (e.g. ESP2013), ≥ 0. */
  standard: number;
}

/**
 * Options of {@link directlyStandardisedRate}.
 *
 * @example
 * ```ts
 * const o: DsrOptions = { multiplier: 100000 };
 * ```
 */
export interface DsrOptions extends MeasureOptions {
  /**
   * Rate per this many of the standard population.
   * __Default value:__ `100000`
   */
  multiplier?: number;
}

/**
 * A directly standardised rate (DSR) with Dobson confidence limits.
 *
 * Definition (Dobson, Kuulasmaa, Eberle & Scherer 1991, Stat Med 10:457;
 * PHEindicatormethods `calculate_dsr`, methods.md §4): with band counts xᵢ,
 * populations nᵢ and standard weights wᵢ, O = Σxᵢ,
 * DSR = Σ(wᵢxᵢ/nᵢ)/Σwᵢ × multiplier, V = Σ(wᵢ²xᵢ/nᵢ²)/(Σwᵢ)²; with Byar's
 * limits O_L, O_U on O (Byar at every count), limits =
 * DSR + √(V/O)·(O_{L,U} − O) × multiplier.
 *
 * Small counts: when O < 10 the value and limits are `null` with status
 * 'not-applicable' (PHE's only minimum-count rule). Missing data rule: any
 * `null` band count or population gives `value: null`, status 'not-available'
 * (stricter than PHE, which counts an NA band count as 0: a suppressed count
 * must not be read as zero); a band with population 0 gives status
 * 'zero-denominator'. Negative input throws {@link StatisticsError}.
 *
 * @param bands - one entry per age band; standard weights in any unit.
 * With `conventions: 'scotpho'` (ScotPHO `calculate_easr`): Byar with z = 1.96 at
 * 95%, no minimum count, a negative lower limit 0, and 0 events give 0 (0–0).
 *
 * @param options - `confidence`, `multiplier` (default 100000), `status`, `conventions`.
 * @returns a {@link Measure} with method 'Dobson', statistic 'dsr per <multiplier>',
 *   numerator O (total events), denominator total population.
 * @throws {@link StatisticsError} for negative input, no bands, or a bad confidence level.
 * @example
 * ```ts
 * directlyStandardisedRate([{ count: 1367, population: 44701, standard: 1 }], { multiplier: 1000 });
 * // one band: equals crudeRate(1367, 44701) -> value 30.58, lower 28.98, upper 32.25
 * ```
 */
export function directlyStandardisedRate(bands: readonly StandardisationBand[], options: DsrOptions = {}): Measure {
  const levels = confidenceLevels(options.confidence);
  const multiplier = checkMultiplier(options.multiplier ?? 100000);
  const base = { method: 'Dobson', statistic: `dsr per ${multiplier}`, multiplier };
  const scotpho = checkConventions(options.conventions) === 'scotpho';
  if (bands.length === 0) throw new StatisticsError(messages.noBands());
  let missing = false;
  let zero = false;
  for (const b of bands) {
    if (!Number.isFinite(b.standard)) throw new StatisticsError(messages.notANumber('standard population', b.standard));
    if (b.standard < 0) throw new StatisticsError(messages.negativeCount('standard population', b.standard));
    if (isMissing(b.count) || isMissing(b.population)) missing = true;
    if (!isMissing(b.count)) checkCount('count', b.count);
    if (!isMissing(b.population)) {
      checkDenominator('population', b.population);
      if (b.population === 0) zero = true;
    }
  }
  const total = missing ? null : bands.reduce((s, b) => s + (b.count as number), 0);
  const pop = missing ? null : bands.reduce((s, b) => s + (b.population as number), 0);
  if (missing || zero) {
    return buildMeasure({ ...base, value: null, intervals: nullIntervals(levels), numerator: total, denominator: pop,
      status: failStatus(options.status, missing ? 'not-available' : 'zero-denominator') });
  }
  const O = total as number;
  if (O < 10 && !scotpho) {
    return buildMeasure({ ...base, value: null, intervals: nullIntervals(levels), numerator: O, denominator: pop,
      status: failStatus(options.status, 'not-applicable') });
  }
  const sumW = bands.reduce((s, b) => s + b.standard, 0);
  let dsr = 0;
  let v = 0;
  for (const b of bands) {
    const x = b.count as number;
    const n = b.population as number;
    dsr += (b.standard * x) / n;
    v += (b.standard ** 2 * x) / n ** 2;
  }
  dsr /= sumW;
  v /= sumW ** 2;
  const k = Math.sqrt(v / O);
  if (scotpho) {
    // ScotPHO calculate_easr: Byar with z 1.96 at any count, computed with a negative lower limit; then NA
    // (0 events: 0/0) becomes 0 and a negative lower limit 0.
    const intervals = levels.map((confidence) => {
      if (O === 0) return { confidence, lower: 0, upper: 0 };
      const ci = confidence === 1 ? { lower: 0, upper: Infinity } : byarLimits(O, scotphoZ(confidence), true);
      return {
        confidence,
        lower: Math.max(0, (dsr + k * ((ci.lower as number) - O)) * multiplier),
        upper: (dsr + k * (ci.upper - O)) * multiplier,
      };
    });
    return buildMeasure({ ...base, value: dsr * multiplier, intervals, numerator: O, denominator: pop, status: okStatus(options.status) });
  }
  const intervals = dobsonIntervals(O, dsr, v, levels, multiplier);
  return buildMeasure({ ...base, value: dsr * multiplier, intervals, numerator: O, denominator: pop, status: okStatus(options.status) });
}
