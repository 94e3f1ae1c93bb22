import { toPNG, toSVG, type ChartSpec } from '@cjsnsa/charts';
import type { PackChart } from './pack-model.js';

function svgSize(svg: string): { width: number; height: number } {
  const open = svg.slice(0, svg.indexOf('>'));
  const w = /\bwidth="([\d.]+)"/.exec(open);
  const h = /\bheight="([\d.]+)"/.exec(open);
  return { width: w ? Math.round(Number(w[1])) : 600, height: h ? Math.round(Number(h[1])) : 400 };
}

/**
 * Render a chart preset's output for the pack: SVG, PNG at 2×, alt text,
 * CSV and the data table, under a file stem.
 *
 * @param chart - a preset's output from `@cjsnsa/charts`
 * @param id - file stem in the chart pack, e.g. `trend-NI1b`
 * @returns the rendered {@link PackChart}
 * @example
 * ```ts
 * const c = await renderChart(trendChart(results, { area: 'S12000039', indicator: 'NI1b' }), 'trend-NI1b');
 * c.png.length > 0; // true
 * ```
 */
export async function renderChart(chart: ChartSpec, id: string): Promise<PackChart> {
  const svg = await toSVG(chart);
  const png = await toPNG(chart, { scale: 2 });
  const { width, height } = svgSize(svg);
  return {
    id,
    title: chart.title,
    svg,
    png,
    width,
    height,
    altText: chart.altText,
    csv: chart.csv,
    data: {
      columns: chart.columns,
      rows: chart.dataTable.map((r) => chart.columns.map((c) => (r[c] === undefined ? null : r[c]) as string | number | null)),
    },
    notes: chart.notes,
  };
}

