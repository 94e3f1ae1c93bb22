import { funnelLimits } from '../../../packages/core/dist/index.js';
import { compareAreasChart, funnelChart, toPNG, trendChart, type ChartSpec } from '../../../packages/charts/dist/index.js';
import { SCOTLAND, type ResultRow } from '../../../packages/framework/dist/index.js';

/** The areas given a trend chart each: the default SNSA area first, then a spread of sizes. */
export const TREND_AREAS = ['S12000039', 'S12000049', 'S12000036', 'S12000047', 'S12000013', 'S12000023', 'S12000027', 'S12000005'];

/**
 * The 20 charts of the extract figure: for each of the two indicators
 * (commencement rate, completion %), a trend chart for each of
 * {@link TREND_AREAS}, a ranked comparison of the 32 areas and a funnel plot,
 * each in its latest year.
 *
 * @example
 * ```ts
 * extractChartSpecs(results).length; // 20
 * ```
 */
export function extractChartSpecs(results: readonly ResultRow[]): ChartSpec[] {
  const charts: ChartSpec[] = [];
  for (const indicator of ['SM-cpo-rate', 'SM-cpo-completion']) {
    const rows = results.filter((r) => r.indicator === indicator);
    for (const area of TREND_AREAS) charts.push(trendChart(rows, { area, indicator }));
    const period = rows.map((r) => r.period).sort().pop()!;
    const latest = rows.filter((r) => r.period === period);
    charts.push(compareAreasChart(latest, { indicator, period, highlight: TREND_AREAS[0] }));
    const councils = latest.filter((r) => r.area_type === 'council' && r.denominator);
    const scotland = latest.find((r) => r.area === SCOTLAND.code)!;
    const sizes = councils.map((r) => r.denominator as number);
    const percentage = councils[0].measure === 'percentage';
    const limits = funnelLimits({
      type: percentage ? 'proportion' : 'rate',
      baseline: scotland.value!,
      sizes: { min: Math.min(...sizes), max: Math.max(...sizes) },
      multiplier: percentage ? 100 : 10_000,
      points: 80,
    });
    charts.push(funnelChart(latest, { indicator, period, limits, highlight: TREND_AREAS[0], baseline: scotland.value! }));
  }
  return charts;
}

/**
 * Draw the extract figure's 20 charts as PNG with charts' `toPNG`, all
 * started together (`Promise.all`), as a report would: whatever toPNG does
 * off the main thread overlaps with the next chart's layout.
 *
 * @example
 * ```ts
 * const pngs = await extractChartPNGs(results); // 20 Uint8Arrays
 * ```
 */
export function extractChartPNGs(results: readonly ResultRow[]): Promise<Uint8Array[]> {
  return Promise.all(extractChartSpecs(results).map((chart) => toPNG(chart)));
}
