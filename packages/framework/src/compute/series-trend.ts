import { recentTrend } from '@cjsnsa/core';
import { messages } from '../messages.js';
import { populationBaseLabel, type PopulationBase } from './population-lookup.js';
import type { ResultRow } from './result-row.js';

/** The periods recentTrend tests (its last five points). */
const TREND_WINDOW = 5;

/**
 * The trend fields of a result row, as {@link seriesTrend} gives them.
 *
 * @example
 * ```ts
 * const t: SeriesTrend = { trend: 'Increasing', trend_reason: null, trend_direction: 'getting better', change_abs: 12, change_pct: 0.3 };
 * ```
 */
export type SeriesTrend = Pick<ResultRow, 'trend' | 'trend_reason' | 'trend_direction' | 'change_abs' | 'change_pct'>;

/**
 * The recent trend of one indicator's series for one area, measured at its
 * last row: core `recentTrend` (the Fingertips test on the last five
 * points) on the rows as given, already controlled by the small-count rule
 * (a withheld figure is a gap), with the numerators and denominators of a
 * percentage or rate. A window that crosses a change of population base
 * (unrebased → Census-2022-based) says so in `trend_reason`.
 * `computeIndicators` measures every series' trend with it at the latest
 * period; the annual report at its reporting year.
 *
 * @param ordered - the series' rows, in period order, up to the row the trend is measured at
 * @param indicator - the indicator's polarity and measure
 * @returns the trend fields for the last row
 * @example
 * ```ts
 * const rows = results.filter((r) => r.indicator === 'NI1b' && r.area === 'S12000039'); // in period order
 * seriesTrend(rows, { polarity: 'high-is-good', measure: 'count' }).trend; // e.g. 'No significant change'
 * ```
 */
export function seriesTrend(ordered: readonly ResultRow[], indicator: Pick<ResultRow, 'polarity' | 'measure'>): SeriesTrend {
  const points = ordered.map((r) =>
    indicator.measure === 'count'
      ? { period: r.period, value: r.value, lower: r.lower, upper: r.upper }
      : { period: r.period, value: r.value, lower: r.lower, upper: r.upper, numerator: r.numerator, denominator: r.denominator },
  );
  const t = recentTrend(points, { polarity: indicator.polarity, measure: indicator.measure === 'percentage' ? 'proportion' : 'rate' });
  // changes of population base at a row of the window other than its first
  const windowStart = Math.max(0, ordered.length - TREND_WINDOW);
  const crossed: string[] = [];
  let previous: PopulationBase | null = null;
  ordered.forEach((r, i) => {
    const base = r.population_base;
    if (base === null) return;
    if (previous !== null && base !== previous && i > windowStart) crossed.push(`${r.period} (${populationBaseLabel(previous)} to ${populationBaseLabel(base)})`);
    previous = base;
  });
  return {
    trend: t.marker,
    trend_reason: crossed.length && t.marker !== 'Cannot be calculated' ? messages.trendAcrossPopulationBreak(crossed) : t.reason,
    trend_direction: t.direction,
    change_abs: t.change.absolute,
    change_pct: t.change.percent,
  };
}
