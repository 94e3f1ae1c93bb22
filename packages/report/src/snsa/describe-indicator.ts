import { hasStatus, isWithheld } from '@cjsnsa/core';
import type { ResultRow } from '@cjsnsa/framework';
import { formatMeasure } from './format.js';

/**
 * The first period of a series whose rate uses the Census-2022-based
 * population after one on the unrebased series (framework marks it
 * `break-in-series`), or `null` when the series has no such change.
 *
 * @example
 * ```ts
 * populationBaseChange(rows); // '2022-23'
 * ```
 */
export function populationBaseChange(rows: readonly Pick<ResultRow, 'period' | 'population_base'>[]): string | null {
  const sorted = [...rows].filter((r) => r.population_base).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.population_base !== sorted[i - 1]!.population_base) return sorted[i]!.period;
  return null;
}

/**
 * The sentence that says where the population base changes.
 *
 * @example
 * ```ts
 * populationBaseNote('2022-23'); // 'Rates from 2022-23 use NRS population estimates based on Scotland's Census 2022; …'
 * ```
 */
export function populationBaseNote(period: string): string {
  return `Rates from ${period} use NRS population estimates based on Scotland's Census 2022; earlier rates use the unrebased estimates rolled forward from Census 2011. The two series are not the same, so ${period} is marked as a break in series and a trend across it should be read with caution.`;
}

const COMPARISON_WORDS: Record<string, string> = {
  Better: 'better than',
  Best: 'significantly better than (at 99.8%)',
  Similar: 'similar to',
  Worse: 'worse than',
  Worst: 'significantly worse than (at 99.8%)',
  Higher: 'higher than',
  Lower: 'lower than',
};

function unitText(row: ResultRow): string {
  if (row.measure === 'count') return '';
  if (row.measure === 'percentage') return '';
  return ` ${row.unit}`;
}

/**
 * Plain-English sentences about one indicator in one area, generated from its
 * results rows (never typed in): the latest value with its interval, the
 * comparison with Scotland and the comparator group, the trend, and the
 * labels a reader must see (provisional indicator, synthetic demonstration
 * data, pandemic years, suppression).
 *
 * @param series - the area's rows for one indicator, any order
 * @returns sentences, in reading order
 * @example
 * ```ts
 * describeIndicator(rows).join(' ');
 * // 'Diversion cases commenced per 10,000 … In 2023-24, West Dunbartonshire had 7.9 per 10,000 …'
 * ```
 */
export function describeIndicator(series: readonly ResultRow[]): string[] {
  if (series.length === 0) return [];
  const sorted = [...series].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const latest = sorted[sorted.length - 1]!;
  const name = latest.indicator_name;
  const out: string[] = [];
  if (isWithheld(latest.status) || latest.value === null) {
    out.push(
      isWithheld(latest.status)
        ? `${name}: the ${latest.period} figure for ${latest.area_name} is suppressed because it rests on a small count.`
        : `${name}: no ${latest.period} figure is available for ${latest.area_name}.`,
    );
  } else {
    const ci =
      latest.lower !== null && latest.upper !== null
        ? ` (95% confidence interval ${formatMeasure(latest.lower, latest.measure)} to ${formatMeasure(latest.upper, latest.measure)})`
        : '';
    out.push(`${name}: in ${latest.period}, ${latest.area_name} had ${formatMeasure(latest.value, latest.measure)}${unitText(latest)}${ci}.`);
    const parts: string[] = [];
    if (latest.comparison_scotland && COMPARISON_WORDS[latest.comparison_scotland] && latest.scotland_value !== null) {
      parts.push(`${COMPARISON_WORDS[latest.comparison_scotland]} Scotland (${formatMeasure(latest.scotland_value, latest.measure)})`);
    }
    if (latest.comparison_group && COMPARISON_WORDS[latest.comparison_group] && latest.group_value !== null && latest.group_name) {
      parts.push(`${COMPARISON_WORDS[latest.comparison_group]} ${latest.group_name} (${formatMeasure(latest.group_value, latest.measure)})`);
    }
    if (parts.length) out.push(`That is ${parts.join(', and ')}.`);
    else if (latest.measure === 'count' && latest.scotland_value !== null) {
      out.push(`Scotland had ${formatMeasure(latest.scotland_value, 'count')}; counts are not compared between areas of different size.`);
    }
  }
  const first = sorted[0]!;
  if (latest.trend === 'Increasing' || latest.trend === 'Decreasing') {
    const dir = latest.trend_direction ? ` and ${latest.trend_direction}` : '';
    out.push(`Over the last five periods the recent-trend test finds it ${latest.trend.toLowerCase()}${dir} (99.8% level).`);
  } else if (latest.trend === 'No significant change') {
    out.push('Over the last five periods the recent-trend test finds no significant change.');
  } else if (latest.trend === 'Cannot be calculated') {
    const reason = latest.trend_reason ? `: ${latest.trend_reason.replace(/\.+$/, '')}` : '';
    out.push(`The recent-trend test cannot be calculated${reason}.`);
  }
  if (latest.change_abs !== null && first !== latest && !isWithheld(first.status)) {
    const sign = latest.change_abs > 0 ? 'up' : latest.change_abs < 0 ? 'down' : 'unchanged';
    const pct = latest.change_pct !== null ? ` (${latest.change_pct > 0 ? '+' : ''}${latest.change_pct.toFixed(0)}%)` : '';
    const amount =
      latest.measure === 'percentage'
        ? `${formatMeasure(Math.abs(latest.change_abs), 'rate')} percentage points`
        : formatMeasure(Math.abs(latest.change_abs), latest.measure);
    if (sign !== 'unchanged') out.push(`Since ${first.period} it is ${sign} by ${amount}${pct}.`);
  }
  if (latest.confirmation === 'provisional') {
    out.push('This is a provisional indicator: its wording is to be confirmed against the CJPF Guidance and Technical Notes.');
  }
  if (sorted.some((r) => hasStatus(r.status, 'synthetic'))) out.push('These figures are synthetic demonstration data, not official statistics.');
  if (sorted.some((r) => hasStatus(r.status, 'pandemic-caveat'))) out.push('Figures for 2020-21 and 2021-22 were affected by the pandemic; compare them with caution.');
  const rebasedFrom = populationBaseChange(sorted);
  if (rebasedFrom) out.push(populationBaseNote(rebasedFrom));
  if (sorted.some((r) => hasStatus(r.status, 'population-fallback'))) {
    out.push('Where the population estimate for a year was not yet available, the latest available year was used, as the official statistics do.');
  }
  return out;
}
