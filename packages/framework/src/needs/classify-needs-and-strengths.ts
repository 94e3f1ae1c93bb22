import * as aq from 'arquero';
import { isWithheld } from '@cjsnsa/core';
import { resolveArea } from '../geography/resolve-area.js';
import type { ResultRow } from '../compute/result-row.js';
import { messages } from '../messages.js';
import { NEEDS_AND_STRENGTHS_RULES, type ComparisonClass, type TrendClass } from './needs-and-strengths-rules.js';
import type { NeedsBasis, NeedsClassification } from './needs-classification.js';

type Table = ReturnType<typeof aq.from>;

/**
 * One classified indicator in one area.
 *
 * @example
 * ```ts
 * const rows: NeedsAndStrengthsRow[] = classifyNeedsAndStrengths(results, { area: 'Fife' });
 * rows.map((r) => `${r.indicator}: ${r.classification}`);
 * ```
 */
export interface NeedsAndStrengthsRow {
  indicator: string;
  /** With the provisional / supporting label, as in the results table. */
  indicator_name: string;
  confirmation: 'confirmed' | 'provisional';
  area: string;
  area_name: string;
  /** The latest period, whose row holds the trend. */
  period: string;
  value: number | null;
  /** "Scotland" or the comparator group's name. */
  benchmark: string;
  comparison: string | null;
  trend: string | null;
  trend_direction: string | null;
  classification: NeedsClassification;
  /** The significant results the call rests on; `null` when no need, strength or mixed call is made (volumes: the trend, when it is significant). */
  basis: NeedsBasis | null;
  /** The rule that made the call, in plain words (from the messages catalogue). */
  rule: string;
  status: string;
}

/**
 * Options of {@link classifyNeedsAndStrengths}.
 *
 * @example
 * ```ts
 * const options: ClassifyOptions = { area: 'Fife', against: 'group' }; // against Fife's LGBF family group, not Scotland
 * classifyNeedsAndStrengths(results, options);
 * ```
 */
export interface ClassifyOptions {
  /** Only this area (name or code). __Default value:__ every council area in the results. */
  area?: string;
  /** Compare against Scotland or the comparator group. __Default value:__ `'scotland'`. */
  against?: 'scotland' | 'group';
  /**
   * Ids of indicators to read as volume (demand) measures, besides every
   * count measure: context, never a need or strength. __Default value:__ `[]`
   * (count measures only).
   */
  volumeIndicators?: readonly string[];
}

function comparisonClass(c: string | null): ComparisonClass {
  if (c === 'Better' || c === 'Best') return 'better';
  if (c === 'Worse' || c === 'Worst') return 'worse';
  if (c === 'Similar') return 'similar';
  return 'none';
}

function trendClass(marker: string | null, polarity: ResultRow['polarity']): TrendClass {
  if (marker === 'No significant change') return 'no change';
  if (marker === 'Increasing') return polarity === 'low-is-good' ? 'worsening' : 'improving';
  if (marker === 'Decreasing') return polarity === 'low-is-good' ? 'improving' : 'worsening';
  return 'none';
}

/** The comparison in words; `direction` reads Better/Worse (a judged measure) or Higher/Lower. */
function comparisonText(r: ResultRow, comparison: string | null, benchmark: string, benchmarkValue: number | null): string {
  const significant: Record<string, ['better' | 'worse' | 'higher' | 'lower', boolean]> = {
    Better: ['better', false], Best: ['better', true], Worse: ['worse', false], Worst: ['worse', true], Higher: ['higher', false], Lower: ['lower', false],
  };
  if (comparison !== null && comparison in significant) {
    const [direction, strict] = significant[comparison];
    return messages.needsSignificantlyDifferent(direction, benchmark, strict);
  }
  if (comparison === 'Similar') return messages.needsSimilar(benchmark);
  const reason = benchmarkValue === null ? messages.needsNoBenchmarkValue(benchmark) : r.lower === null || r.upper === null ? messages.needsNoInterval() : null;
  return messages.needsNotCompared(benchmark, reason);
}

/** The recent trend in words: `movement` names a significant trend (getting better/worse, or rising/falling when not judged). */
function trendText(r: ResultRow, judged: boolean): string {
  if (r.trend === 'No significant change') return messages.needsNoSignificantChange();
  if (r.trend === 'Increasing' || r.trend === 'Decreasing') {
    const t = trendClass(r.trend, r.polarity);
    return messages.needsSignificantTrend(judged ? (t === 'improving' ? 'getting better' : 'getting worse') : r.trend === 'Increasing' ? 'rising' : 'falling');
  }
  return messages.needsNoTrendMeasured(r.trend_reason);
}

function conclusion(classification: NeedsClassification, basis: NeedsBasis | null): string {
  if ((classification === 'Need' || classification === 'Strength') && basis !== null) return messages.needsCalledOn(classification === 'Need' ? 'need' : 'strength', basis);
  if (classification === 'Mixed') return messages.needsMixed();
  if (classification === 'No significant difference') return messages.needsNothingSignificant();
  return messages.needsNothingToCall();
}

/**
 * Classify each indicator in an area from its latest comparison with
 * Scotland (or the comparator group) and its recent trend: **this toolkit's
 * own documented rule, not a CJS rule** (docs/framework.md, "Needs and
 * strengths"). Only the latest row of each series (the one holding the trend)
 * is classified, in this order:
 *
 * 1. Latest value withheld or missing → `'Not available'`.
 * 2. Volume measures (every count, and the ids in `volumeIndicators`) are
 *    context, never a need or strength: `'Volume rising'`, `'Volume falling'`
 *    or `'Volume steady'` by the recent trend, `'No trend'` when it cannot be
 *    calculated.
 * 3. Measures with no better/worse direction (polarity `no-judgement`) →
 *    `'Not judged'`; the rule still says how they compare and move.
 * 4. Otherwise {@link NEEDS_AND_STRENGTHS_RULES}: a need or strength only on
 *    a statistically significant comparison (Fingertips/ScotPHO interval
 *    rule) or recent trend (Fingertips test at 99.8%); the row's `basis`
 *    says which. Nothing significant → `'No significant difference'`; no
 *    significant difference and no trend measured → `'No trend'`.
 *
 * Each row's `rule` says in plain words what made the call (the
 * `needs…` entries of the messages catalogue).
 *
 * @param results - the table from `computeIndicators` (or its rows)
 * @param options - area, benchmark and volume measures
 * @returns one row per indicator × council area with a latest period
 * @throws {AreaNotFoundError} for an unknown `area`
 * @example
 * ```ts
 * const [ni1a] = classifyNeedsAndStrengths(results, { area: 'Dumfries and Galloway' });
 * ni1a.classification; // 'Volume rising'
 * ni1a.rule;
 * // 'A count, rising (a significant trend over the last five years): context, not a need or strength, because it moves with demand as well as with what services do.'
 * ```
 */
export function classifyNeedsAndStrengths(results: Table | readonly ResultRow[], options: ClassifyOptions = {}): NeedsAndStrengthsRow[] {
  const rows: ResultRow[] =
    typeof (results as Table).objects === 'function' ? ((results as Table).objects() as ResultRow[]) : [...(results as ResultRow[])];
  const area = options.area === undefined ? null : resolveArea(options.area).code;
  const against = options.against ?? 'scotland';
  const volumes = new Set(options.volumeIndicators ?? []);
  const out: NeedsAndStrengthsRow[] = [];
  for (const r of rows) {
    if (r.area_type !== 'council' || r.trend === null) continue;
    if (area !== null && r.area !== area) continue;
    const benchmark = against === 'scotland' ? 'Scotland' : (r.group_name ?? 'the comparator group');
    const comparison = against === 'scotland' ? r.comparison_scotland : r.comparison_group;
    const benchmarkValue = against === 'scotland' ? r.scotland_value : r.group_value;
    const base = {
      indicator: r.indicator, indicator_name: r.indicator_name, confirmation: r.confirmation, area: r.area, area_name: r.area_name,
      period: r.period, value: r.value, benchmark, comparison, trend: r.trend, trend_direction: r.trend_direction, status: r.status,
    };
    const call = (classification: NeedsClassification, basis: NeedsBasis | null, rule: string) => out.push({ ...base, classification, basis, rule });
    if (isWithheld(r.status) || r.value === null) {
      call('Not available', null, isWithheld(r.status) ? messages.needsWithheld(r.period) : messages.needsNotAvailable(r.period));
      continue;
    }
    if (r.measure === 'count' || volumes.has(r.indicator)) {
      const movement: Record<string, NeedsClassification> = { Increasing: 'Volume rising', Decreasing: 'Volume falling', 'No significant change': 'Volume steady' };
      const classification = movement[r.trend] ?? 'No trend';
      call(classification, r.trend === 'Increasing' || r.trend === 'Decreasing' ? 'trend' : null, messages.needsVolumeRule(r.measure === 'count', trendText(r, false)));
      continue;
    }
    if (r.polarity === 'no-judgement') {
      call('Not judged', null, messages.needsRule(comparisonText(r, comparison, benchmark, benchmarkValue), trendText(r, false), messages.needsNoDirection()));
      continue;
    }
    const c = comparisonClass(comparison);
    const t = trendClass(r.trend, r.polarity);
    const rule = NEEDS_AND_STRENGTHS_RULES.find((x) => x.comparison === c && x.trend === t)!;
    const comparisonWords = c === 'none' ? comparisonText(r, null, benchmark, benchmarkValue) : comparisonText(r, comparison, benchmark, benchmarkValue);
    call(rule.classification, rule.basis, messages.needsRule(comparisonWords, trendText(r, true), conclusion(rule.classification, rule.basis)));
  }
  return out;
}
