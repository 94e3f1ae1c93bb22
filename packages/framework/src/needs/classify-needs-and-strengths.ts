import * as aq from 'arquero';
import { isWithheld } from '@cjsnsa/core';
import { resolveArea } from '../geography/resolve-area.js';
import type { ResultRow } from '../compute/result-row.js';
import {
  NEEDS_AND_STRENGTHS_RULES,
  type ComparisonClass,
  type NeedsClassification,
  type TrendClass,
} from './needs-and-strengths-rules.js';

type Table = ReturnType<typeof aq.from>;

/** One classified indicator in one area. */
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
  benchmark: string;
  comparison: string | null;
  trend: string | null;
  trend_direction: string | null;
  classification: NeedsClassification;
  /** The plain-English rule that fired. */
  rule: string;
  status: string;
}

/** Options of {@link classifyNeedsAndStrengths}. */
export interface ClassifyOptions {
  /** Only this area (name or code). __Default value:__ every council area in the results. */
  area?: string;
  /** Compare against Scotland or the comparator group. __Default value:__ `'scotland'`. */
  against?: 'scotland' | 'group';
}

function comparisonClass(c: string | null): ComparisonClass {
  if (c === 'Better' || c === 'Best') return 'better';
  if (c === 'Worse' || c === 'Worst') return 'worse';
  if (c === 'Similar') return 'similar';
  return 'none';
}

function trendClass(marker: string | null, direction: string | null): TrendClass {
  if (direction === 'getting better') return 'improving';
  if (direction === 'getting worse') return 'worsening';
  if (marker === 'No significant change') return 'no change';
  return 'none';
}

/**
 * Classify each indicator in an area as a Need, Strength, Mixed, Stable or
 * Insufficient data, from its latest comparison with Scotland (or the
 * comparator group) and its recent trend, using
 * {@link NEEDS_AND_STRENGTHS_RULES}: **this toolkit's own documented rule, not
 * a CJS rule**. Measures with no better/worse judgement (polarity
 * `no-judgement`) and withheld values are 'Insufficient data'. Each row says
 * which rule fired.
 *
 * @param results - the table from `computeIndicators` (or its rows)
 * @example
 * ```ts
 * classifyNeedsAndStrengths(results, { area: 'West Dunbartonshire' })[0];
 * // { indicator: 'NI1a', classification: 'Stable', rule: 'No significant change (not compared with Scotland).', ... }
 * ```
 */
export function classifyNeedsAndStrengths(results: Table | readonly ResultRow[], options: ClassifyOptions = {}): NeedsAndStrengthsRow[] {
  const rows: ResultRow[] =
    typeof (results as Table).objects === 'function' ? ((results as Table).objects() as ResultRow[]) : [...(results as ResultRow[])];
  const area = options.area === undefined ? null : resolveArea(options.area).code;
  const against = options.against ?? 'scotland';
  const out: NeedsAndStrengthsRow[] = [];
  for (const r of rows) {
    if (r.area_type !== 'council' || r.trend === null) continue;
    if (area !== null && r.area !== area) continue;
    const benchmark = against === 'scotland' ? 'Scotland' : (r.group_name ?? 'the comparator group');
    const comparison = against === 'scotland' ? r.comparison_scotland : r.comparison_group;
    const base = {
      indicator: r.indicator, indicator_name: r.indicator_name, confirmation: r.confirmation, area: r.area, area_name: r.area_name,
      period: r.period, value: r.value, benchmark, comparison, trend: r.trend, trend_direction: r.trend_direction, status: r.status,
    };
    if (r.polarity === 'no-judgement') {
      out.push({ ...base, classification: 'Insufficient data', rule: 'No better/worse judgement is made for this measure, so it is not classified.' });
      continue;
    }
    if (isWithheld(r.status) || r.value === null) {
      out.push({ ...base, classification: 'Insufficient data', rule: 'The latest value is withheld or not available.' });
      continue;
    }
    const c = comparisonClass(comparison);
    const t = trendClass(r.trend, r.trend_direction);
    const rule = NEEDS_AND_STRENGTHS_RULES.find((x) => x.comparison === c && x.trend === t)!;
    out.push({ ...base, classification: rule.classification, rule: rule.rule.replace('{benchmark}', benchmark) });
  }
  return out;
}
