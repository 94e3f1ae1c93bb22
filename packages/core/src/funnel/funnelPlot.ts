import { messages } from '../messages.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { exactPoissonInterval } from '../intervals/exactPoissonInterval.js';
import { funnelLimits } from './funnelLimits.js';
import { funnelSignificance, type FunnelSignificance } from './funnelSignificance.js';

/**
 * One area's figures for a funnel plot, as PHEindicatormethods' funnel functions take them.
 *
 * - proportion: `numerator` events out of `denominator`;
 * - ratio: `numerator` observed events and `denominator` expected events;
 * - rate: `numerator` events and `rate` per multiplier (directly standardised or crude), with
 *   `denominator` (the population) needed only where there are no events.
 *
 * @example
 * ```ts
 * const area: FunnelRecord = { numerator: 414, rate: 184, denominator: 5705 };
 * ```
 */
export interface FunnelRecord {
  numerator: number | null | undefined;
  denominator?: number | null;
  rate?: number | null;
}

/**
 * Options of {@link funnelPlotLimits}, {@link assignFunnelSignificance} and {@link funnelPoints}.
 *
 * @example
 * ```ts
 * const o: FunnelPlotOptions = { statistic: 'rate', rateType: 'dsr', multiplier: 100000, yearsOfData: 3 };
 * ```
 */
export interface FunnelPlotOptions {
  /** 'proportion' (Wilson limits), 'ratio' (observed over expected, exact Poisson) or 'rate' (exact Poisson). */
  statistic: 'proportion' | 'ratio' | 'rate';
  /** Scale of the output: 100 for a percentage, 100000 for a rate per 100,000. Required for proportions and rates. */
  multiplier?: number;
  /** Ratios only: 'count' (observed/expected − 1, a line at 0) or 'isr' (observed/expected × 100, a line at 100). */
  ratioType?: 'count' | 'isr';
  /** Rates only: 'dsr' (directly standardised; areas with fewer than 10 events are not assessed) or 'crude'. */
  rateType?: 'dsr' | 'crude';
  /** Rates only: the number of years pooled in each figure (the populations on the chart are per year). */
  yearsOfData?: number;
}

/**
 * One row of {@link funnelPlotLimits}: the four control limits at one point of the horizontal axis.
 *
 * @example
 * ```ts
 * const row: FunnelPlotRow = { size: 10, lower95: 63.17, upper95: 242.26, lower998: 50.6, upper998: 319.6, populationPerYear: { lower95: 5277, upper95: 1376, lower998: 6588, upper998: 1043 } };
 * ```
 */
export interface FunnelPlotRow {
  /** The horizontal axis: the denominator (proportion), the observed events (ratio) or the events (rate). */
  size: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
  /** Ratios: the expected events at which each limit is reached (PHE `*_exp_events`). */
  expectedEvents?: { lower95: number; upper95: number; lower998: number; upper998: number };
  /** Rates: the population per year at which each limit is reached (PHE `*_population_1_year`). */
  populationPerYear?: { lower95: number; upper95: number; lower998: number; upper998: number };
}

/**
 * The result of {@link funnelPlotLimits}.
 *
 * @example
 * ```ts
 * const t: FunnelPlotTable = { statistic: 'rate (dsr per 100,000)', method: 'Poisson', baseline: 116.17, rows: [] };
 * ```
 */
export interface FunnelPlotTable {
  /** PHE's label: 'proportion', 'ratio (count)', 'ratio (isr)', 'rate (dsr per 100,000)', ... */
  statistic: string;
  method: 'Wilson' | 'Poisson';
  /** The centre line on the output scale: the pooled proportion or rate × multiplier; 0 for count ratios, 100 for ISRs. */
  baseline: number;
  /** 100 rows spread over the axis as PHE spreads them. */
  rows: FunnelPlotRow[];
}

/**
 * A label of {@link assignFunnelSignificance}: a {@link FunnelSignificance}, or PHE's label for a
 * directly standardised rate of fewer than 10 events.
 *
 * @example
 * ```ts
 * const s: FunnelSignificanceLabel = 'Not applicable for events less than 10 for dsrs';
 * ```
 */
export type FunnelSignificanceLabel = FunnelSignificance | 'Not applicable for events less than 10 for dsrs';

/**
 * One row of {@link funnelPoints}: where an area is drawn on a rate funnel plot.
 *
 * @example
 * ```ts
 * const p: FunnelPoint = { rateChart: 184, denominatorDerived: 75000 };
 * ```
 */
export interface FunnelPoint {
  /** The rate to draw, or null where it is not drawn (a DSR of fewer than 10 events). */
  rateChart: number | null;
  /** The population per year the point is drawn at, or null where it is not drawn. */
  denominatorDerived: number | null;
}

const STATISTICS = ['proportion', 'ratio', 'rate'] as const;

function where(row: number, message: string): StatisticsError {
  return new StatisticsError(messages.funnelRecord(row + 1, message));
}

function isMissing(v: number | null | undefined): v is null | undefined {
  return v === null || v === undefined || Number.isNaN(v);
}

interface Checked {
  statistic: 'proportion' | 'ratio' | 'rate';
  multiplier: number;
  ratioType: 'count' | 'isr';
  rateType: 'dsr' | 'crude';
  yearsOfData: number;
}

function checkOptions(options: FunnelPlotOptions, needs: { multiplier: boolean; years: boolean }): Checked {
  const { statistic } = options;
  if (!STATISTICS.includes(statistic)) throw new StatisticsError(messages.unknownOption('statistic', statistic, STATISTICS));
  const ratioType = options.ratioType ?? 'count';
  if (statistic === 'ratio' && ratioType !== 'count' && ratioType !== 'isr') {
    throw new StatisticsError(messages.unknownOption('ratioType', ratioType, ['count', 'isr']));
  }
  const rateType = options.rateType as 'dsr' | 'crude';
  if (statistic === 'rate' && rateType !== 'dsr' && rateType !== 'crude') {
    throw new StatisticsError(messages.unknownOption('rateType', rateType, ['dsr', 'crude']));
  }
  const multiplier = options.multiplier ?? (statistic === 'ratio' ? 1 : NaN);
  if (needs.multiplier && statistic !== 'ratio' && options.multiplier === undefined) throw new StatisticsError(messages.requiredValue('multiplier'));
  if (needs.multiplier && !(Number.isFinite(multiplier) && multiplier > 0)) throw new StatisticsError(messages.invalidMultiplier(multiplier));
  const yearsOfData = options.yearsOfData ?? NaN;
  if (needs.years && statistic === 'rate') {
    if (options.yearsOfData === undefined) throw new StatisticsError(messages.requiredValue('yearsOfData'));
    if (!(Number.isFinite(yearsOfData) && yearsOfData > 0)) throw new StatisticsError(messages.negativeDenominator('yearsOfData', yearsOfData));
  }
  return { statistic, multiplier, ratioType, rateType, yearsOfData };
}

/** Each record's numerator and denominator as PHE uses them (rates: multiplier × events / rate). */
function deriveDenominators(records: readonly FunnelRecord[], c: Checked): { numerators: number[]; denominators: (number | null)[] } {
  const numerators: number[] = [];
  const denominators: (number | null)[] = [];
  records.forEach((r, i) => {
    const x = r.numerator;
    if (isMissing(x)) throw where(i, messages.requiredValue('numerator'));
    if (!Number.isFinite(x)) throw where(i, messages.notANumber('numerator', x));
    if (x < 0) throw where(i, messages.negativeCount('numerator', x));
    numerators.push(x);
    const n = r.denominator;
    if (c.statistic !== 'rate') {
      if (isMissing(n)) throw where(i, messages.requiredValue('denominator'));
      if (!(Number.isFinite(n) && n > 0)) throw where(i, messages.negativeDenominator('denominator', n));
      if (c.statistic === 'proportion' && x > n) throw where(i, messages.numeratorAboveDenominator(x, n));
      denominators.push(n);
      return;
    }
    if (x === 0) {
      if (isMissing(n) || !(n > 0)) throw where(i, messages.funnelNoEventsNoPopulation(n ?? NaN));
      denominators.push(c.rateType === 'dsr' ? null : n);
      return;
    }
    const rate = r.rate;
    if (isMissing(rate)) throw where(i, messages.requiredValue('rate'));
    if (!(Number.isFinite(rate) && rate > 0)) throw where(i, messages.negativeDenominator('rate', rate));
    denominators.push((c.multiplier * x) / rate);
  });
  if (records.length === 0) throw new StatisticsError(messages.requiredValue('records'));
  return { numerators, denominators };
}

/** The width R's `nchar()` gives a whole number (R writes 100000 as "1e+05", the shorter form). */
function rNchar(v: number): number {
  const fixed = String(v);
  if (v === 0) return fixed.length;
  const digits = fixed.replace(/^-/, '').replace(/0+$/, '');
  const exponent = Math.floor(Math.log10(Math.abs(v)));
  const sci = (digits.length > 1 ? digits.length + 1 : 1) + 2 + Math.max(2, String(exponent).length) + (v < 0 ? 1 : 0);
  return fixed.length > sci ? sci : fixed.length;
}

/** PHE's signif.floor: 95% of x, rounded down to its leading digit. */
function signifFloor(x: number): number {
  if (x === 0) return 0;
  const n = rNchar(Math.floor(x * 0.95)) - 1;
  return Math.floor((x * 0.95) / 10 ** n) * 10 ** n;
}

/** PHE's signif.ceiling: 105% of x, rounded up to its two leading digits. */
function signifCeiling(x: number): number {
  if (x === 0) return 0;
  const n = rNchar(Math.ceil(x * 1.05)) - 2;
  return Math.ceil((x * 1.05) / 10 ** n) * 10 ** n;
}

/** R's round(): halves to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Funnel-plot control limits for a set of areas, as PHEindicatormethods 2.x
 * `calculate_funnel_limits` gives them: the baseline from the data, 100 points along
 * the horizontal axis spread as PHE spreads them, and the 95% and 99.8% limits at each.
 *
 * Definition (methods.md §7):
 * - proportion: axis = denominator; baseline = Σ numerators / Σ denominators; Wilson limits
 *   as in {@link funnelLimits}.
 * - ratio: axis = observed events O; the lower 95% limit is O / U, where U is the exact
 *   Poisson upper 95% bound of O (the expected count E at which P(X ≤ O; E) = 0.025), the
 *   upper limit O / L with L the exact lower bound (P(X ≥ O; E) = 0.025); 99.8% alike with
 *   0.001. `ratioType: 'count'` gives O/E − 1, `'isr'` O/E × 100.
 * - rate: axis = events k; each record's population is multiplier × events / rate (DSRs:
 *   records with no events are left out of the baseline; crude rates: their population is
 *   used); baseline = Σ events / Σ populations. The limit at k events is k / (E/baseline) ×
 *   multiplier with E the exact Poisson bound of k as for ratios, and the population per
 *   year is E / baseline / yearsOfData.
 * PHE finds the Poisson bounds by bisection to about 1e-7 on E/(E + k + 1); core solves
 * them exactly, so the two agree to that precision.
 *
 * @param records - one {@link FunnelRecord} per area.
 * @param options - statistic, multiplier, ratioType, rateType, yearsOfData.
 * @returns a {@link FunnelPlotTable} of 100 rows.
 * @throws {@link StatisticsError} naming the record for a missing or negative numerator, a
 *   missing denominator, a missing rate, a zero-event rate record with no population; for
 *   an unknown statistic, ratioType or rateType or a missing multiplier or yearsOfData; and
 *   for rates with no events at all (a baseline of 0 has no funnel).
 * @example
 * ```ts
 * const t = funnelPlotLimits([{ numerator: 8, denominator: 6.24 }, { numerator: 151, denominator: 106.4 }],
 *   { statistic: 'ratio', ratioType: 'isr' });
 * t.rows[0]; // { size: 1, lower95: 17.948, upper95: 3949.77, ... }
 * ```
 */
export function funnelPlotLimits(records: readonly FunnelRecord[], options: FunnelPlotOptions): FunnelPlotTable {
  const c = checkOptions(options, { multiplier: true, years: true });
  const { numerators, denominators } = deriveDenominators(records, c);
  const present = denominators.filter((d): d is number => d !== null);
  const av = numerators.reduce((a, b) => a + b, 0) / present.reduce((a, b) => a + b, 0);
  if (c.statistic === 'rate' && !(av > 0)) throw new StatisticsError(messages.invalidFunnelBaseline(av * c.multiplier));
  const minD = Math.min(...present);
  const maxD = Math.max(...present);
  const years = c.statistic === 'rate' ? c.yearsOfData : 1;
  let axisMin = maxD > 2 * minD ? 0 : signifFloor(minD / years) * years;
  let axisMax = signifCeiling(maxD / years) * years;
  if (c.statistic === 'rate') {
    axisMin = Math.floor(axisMin * av);
    axisMax = Math.ceil(axisMax * av);
  }
  const sizes = [Math.max(1, axisMin)];
  for (let j = 2; j <= 100; j++) {
    const offset = c.statistic === 'ratio' ? j - 1 : j;
    const prev = sizes[j - 2];
    sizes.push(Math.max(roundHalfEven((axisMax / prev) ** (1 / (101 - offset)) * prev), prev + 1));
  }
  if (c.statistic === 'proportion') {
    const rows = funnelLimits({ type: 'proportion', baseline: av * c.multiplier, multiplier: c.multiplier, sizes });
    return { statistic: 'proportion', method: 'Wilson', baseline: av * c.multiplier, rows: rows.map((r) => ({ ...r })) };
  }
  const bounds = (k: number) => {
    const i95 = exactPoissonInterval(k, 0.95);
    const i998 = exactPoissonInterval(k, 0.998);
    return { lower95: i95.upper, upper95: i95.lower, lower998: i998.upper, upper998: i998.lower };
  };
  const keys = ['lower95', 'upper95', 'lower998', 'upper998'] as const;
  if (c.statistic === 'ratio') {
    const scale = c.ratioType === 'count' ? (v: number) => v - 1 : (v: number) => v * 100;
    const rows = sizes.map((k) => {
      const e = bounds(k);
      const row: FunnelPlotRow = { size: k, lower95: 0, upper95: 0, lower998: 0, upper998: 0, expectedEvents: e };
      for (const key of keys) row[key] = scale(k / e[key]);
      return row;
    });
    return { statistic: `ratio (${c.ratioType})`, method: 'Poisson', baseline: c.ratioType === 'count' ? 0 : 100, rows };
  }
  const rows = sizes.map((k) => {
    const e = bounds(k);
    const populationPerYear = { lower95: 0, upper95: 0, lower998: 0, upper998: 0 };
    const row: FunnelPlotRow = { size: k, lower95: 0, upper95: 0, lower998: 0, upper998: 0, populationPerYear };
    for (const key of keys) {
      const population = e[key] / av;
      row[key] = (k / population) * c.multiplier;
      populationPerYear[key] = population / c.yearsOfData;
    }
    return row;
  });
  const per = c.multiplier.toLocaleString('en-GB', { maximumFractionDigits: 20, useGrouping: true });
  return { statistic: `rate (${c.rateType} per ${per})`, method: 'Poisson', baseline: av * c.multiplier, rows };
}

/**
 * Each area's place on a funnel plot (high or low at 99.8% or 95%, or not significant), as
 * PHEindicatormethods 2.x `assign_funnel_significance` gives it.
 *
 * Definition (methods.md §7):
 * - proportion: the baseline is Σ numerators / Σ denominators, and each area is tested as
 *   {@link funnelSignificance} tests it (Wilson).
 * - ratio: the baseline is 1; an area is high when 1 lies below the lower bound of its
 *   observed/expected ratio (exact Poisson bound below 10 events, Byar's from 10), low
 *   when above the upper bound.
 * - rate: each area's population is multiplier × events / rate (or the population given,
 *   for a crude rate with no events), the baseline is Σ events / Σ populations (DSRs with
 *   no events left out), and each area is tested as for ratios. DSRs of fewer than 10
 *   events are labelled 'Not applicable for events less than 10 for dsrs'.
 *
 * @param records - one {@link FunnelRecord} per area.
 * @param options - statistic, and for rates rateType and multiplier.
 * @returns one {@link FunnelSignificanceLabel} per record, in order.
 * @throws {@link StatisticsError} naming the record for bad input (as {@link funnelPlotLimits}).
 * @example
 * ```ts
 * assignFunnelSignificance([{ numerator: 151, denominator: 106.4429719 }, { numerator: 159, denominator: 232.9329036 }],
 *   { statistic: 'ratio' });
 * // ['High (0.001)', 'Low (0.001)']
 * ```
 */
export function assignFunnelSignificance(records: readonly FunnelRecord[], options: FunnelPlotOptions): FunnelSignificanceLabel[] {
  const c = checkOptions(options, { multiplier: options.statistic === 'rate', years: false });
  const { numerators, denominators } = deriveDenominators(records, c);
  if (c.statistic === 'ratio') {
    return numerators.map((x, i) => funnelSignificance({ type: 'rate', numerator: x, denominator: denominators[i], baseline: 1, multiplier: 1 }) as FunnelSignificance);
  }
  const present = denominators.filter((d): d is number => d !== null);
  const av = numerators.reduce((a, b) => a + b, 0) / present.reduce((a, b) => a + b, 0);
  const type = c.statistic === 'proportion' ? 'proportion' : 'rate';
  return numerators.map((x, i) => {
    if (c.statistic === 'rate' && c.rateType === 'dsr' && x < 10) return 'Not applicable for events less than 10 for dsrs';
    return funnelSignificance({ type, numerator: x, denominator: denominators[i], baseline: av, multiplier: 1 }) ?? 'Not significant';
  });
}

/**
 * Where each area is drawn on a rate funnel plot, as PHEindicatormethods 2.x
 * `calculate_funnel_points` gives it: the rate, and the population per year
 * (multiplier × events / rate / yearsOfData; for a crude rate with no events, the
 * population given / yearsOfData). DSRs of fewer than 10 events are not drawn (null).
 *
 * @param records - one {@link FunnelRecord} per area.
 * @param options - rateType, multiplier, yearsOfData (statistic must be 'rate').
 * @returns one {@link FunnelPoint} per record, in order.
 * @throws {@link StatisticsError} naming the record for bad input (as {@link funnelPlotLimits}).
 * @example
 * ```ts
 * funnelPoints([{ numerator: 414, rate: 184 }], { statistic: 'rate', rateType: 'dsr', multiplier: 100000, yearsOfData: 3 });
 * // [{ rateChart: 184, denominatorDerived: 75000 }]
 * ```
 */
export function funnelPoints(records: readonly FunnelRecord[], options: FunnelPlotOptions): FunnelPoint[] {
  const c = checkOptions(options, { multiplier: true, years: true });
  if (c.statistic !== 'rate') throw new StatisticsError(messages.unknownOption('statistic', c.statistic, ['rate']));
  const crude = { ...c, rateType: 'crude' as const };
  const { numerators, denominators } = deriveDenominators(records, crude);
  return numerators.map((x, i) => {
    if (c.rateType === 'dsr' && x < 10) return { rateChart: null, denominatorDerived: null };
    const rate = x === 0 ? (records[i].rate ?? 0) : (records[i].rate as number);
    return { rateChart: rate, denominatorDerived: (denominators[i] as number) / c.yearsOfData };
  });
}
