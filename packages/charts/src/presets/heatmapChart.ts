import { messages } from '../messages.js';
import { palette, COMPARISON_ORDER } from '../theme/palette.js';
import { toRows } from '../data/toRows.js';
import { withholdSuppressed, isSuppressedRow } from '../data/withholdSuppressed.js';
import { formatValue } from '../data/formatValue.js';
import type { ResultRow, ResultsInput } from '../data/ResultRow.js';
import type { ChartOptions, ChartSpec } from './ChartSpec.js';
import { distinct, finishChart, plainName, sortPeriodLabels, standardNotes, tidy, widthOf, type Json } from './common.js';

/**
 * Options of {@link heatmapChart}.
 *
 * @example
 * ```ts
 * const options: HeatmapChartOptions = { period: '2023-24', indicators: ['NI4', 'NI10'] };
 * ```
 */
export interface HeatmapChartOptions extends ChartOptions {
  /** Period. __Default value:__ the latest period in the results. */
  period?: string;
  /** Indicators (columns), in order. __Default value:__ every indicator in the results, in order of appearance. */
  indicators?: string[];
  /** Area codes (rows), in order. __Default value:__ every council area, by name. */
  areas?: string[];
  /** Add a first row with Scotland's values (from `scotland_value`). __Default value:__ `true`. */
  showScotland?: boolean;
  /**
   * Add the framework's recent-trend result to each cell as an arrow after the value
   * (↑ Increasing, ↓ Decreasing, → No significant change; nothing where no trend was
   * measured), read from `trend`, and a `trend` column in the data table.
   * __Default value:__ `false`.
   */
  showTrend?: boolean;
}

const BENCHMARK = 'Scotland (benchmark)';

/** The arrow after a cell's value for the framework's recent-trend marker (a space and the arrow, or nothing). */
function trendArrow(trend: unknown): string {
  return trend === 'Increasing' ? ' ↑' : trend === 'Decreasing' ? ' ↓' : trend === 'No significant change' ? ' →' : '';
}

/**
 * Overview heat map ("tartan rug"): areas × indicators, each cell filled by the
 * comparison with Scotland that arrived with the data and showing the value in text
 * with AA contrast against its fill; a first row gives Scotland's values. Suppressed
 * cells are white with the word "supp.". For Community Justice Scotland's national view.
 *
 * @example
 * ```ts
 * const chart = heatmapChart(results, { period: '2023-24' });
 * chart.altText; // 'Heat map of 6 indicators for 5 areas in 2023-24 ...'
 * ```
 */
export function heatmapChart(results: ResultsInput, options: HeatmapChartOptions = {}): ChartSpec {
  const all = withholdSuppressed(toRows<ResultRow>(results as ResultRow[])).filter((r) => (r.area_type ?? 'council') === 'council');
  const period = options.period ?? sortPeriodLabels(distinct(all.map((r) => r.period))).pop();
  let rows = all.filter((r) => r.period === period);
  const indicators = options.indicators ?? distinct(rows.map((r) => r.indicator));
  rows = rows.filter((r) => indicators.includes(r.indicator as string));
  if (options.areas) rows = rows.filter((r) => options.areas!.includes(r.area as string));
  if (rows.length === 0) throw new Error(messages.noRows('heatmapChart'));
  const names = new Map(rows.map((r) => [r.indicator as string, String(r.indicator_name ?? r.indicator)]));
  const columnLabel = (ind: string) => `${ind}: ${plainName(names.get(ind))}`;
  const areaOrder = options.areas
    ? options.areas.map((a) => String(rows.find((r) => r.area === a)?.area_name ?? a))
    : distinct(rows.map((r) => String(r.area_name ?? r.area))).sort((a, b) => a.localeCompare(b));
  const showScotland = options.showScotland !== false;

  const cells: Json[] = rows.map((r) => ({
    column: columnLabel(r.indicator as string),
    area_name: String(r.area_name ?? r.area),
    comparison: isSuppressedRow(r) ? 'Suppressed' : (r.comparison_scotland ?? 'Not compared'),
    label: isSuppressedRow(r) ? 'supp.' : `${formatValue(r.value, r.measure)}${options.showTrend ? trendArrow(r.trend) : ''}`,
  }));
  if (showScotland) {
    for (const ind of indicators) {
      const r = rows.find((x) => x.indicator === ind && x.scotland_value != null);
      if (r) cells.push({ column: columnLabel(ind), area_name: BENCHMARK, comparison: 'Benchmark', label: formatValue(r.scotland_value, r.measure) });
    }
  }
  const present = new Set(cells.map((c) => c.comparison as string));
  const domain = [...COMPARISON_ORDER, 'Suppressed', 'Benchmark'].filter((c) => present.has(c));
  const fill = (c: string) => (c === 'Suppressed' ? '#FFFFFF' : c === 'Benchmark' ? '#D9D9D9' : (palette.comparison[c] ?? '#FFFFFF'));
  const ink = (c: string) => (c === 'Suppressed' || c === 'Benchmark' ? palette.text : (palette.comparisonText[c] ?? palette.text));
  const colOrder = indicators.map(columnLabel);
  const yOrder = showScotland ? [BENCHMARK, ...areaOrder] : areaOrder;
  const width = widthOf(options);
  const plotWidth = Math.max(200, width - 150);
  const x = { field: 'column', type: 'nominal', sort: colOrder, title: null, axis: { orient: 'top', labelAngle: -35, labelLimit: 280, labelAlign: 'left', domain: false, ticks: false } };
  const y = { field: 'area_name', type: 'nominal', sort: yOrder, title: null, axis: { labelLimit: 150, domain: false, ticks: false } };

  const layers: Json[] = [
    {
      mark: { type: 'rect', stroke: '#FFFFFF', strokeWidth: 1.5 },
      encoding: {
        x, y,
        fill: { field: 'comparison', type: 'nominal', title: 'Compared with Scotland', scale: { domain, range: domain.map(fill) } },
      },
    },
    {
      mark: { type: 'text', fontSize: 11 },
      encoding: {
        x, y,
        text: { field: 'label', type: 'nominal' },
        color: { field: 'comparison', type: 'nominal', legend: null, scale: { domain, range: domain.map(ink) } },
      },
    },
  ];

  const suppressedCells = rows.filter((r) => isSuppressedRow(r));
  const extra = ['Each cell shows the value and is coloured by its comparison with Scotland (the word also appears in the data table).'];
  if (options.showTrend) extra.push('Arrows: recent trend over five periods (↑ increasing, ↓ decreasing, → no significant change; none where no trend was measured).');
  if (suppressedCells.length) extra.push(`${messages.suppressedLabel}: cells marked "supp.".`);
  const notes = standardNotes(rows, options, extra);

  const sentences = [`Heat map of ${indicators.length} indicators for ${areaOrder.length} areas in ${period}, each cell coloured by comparison with Scotland.`];
  if (notes.includes(messages.syntheticLabel)) sentences.push('Synthetic demonstration data.');
  for (const ind of indicators) {
    const r = rows.filter((x) => x.indicator === ind);
    const cnt = (c: string) => r.filter((x) => x.comparison_scotland === c && !isSuppressedRow(x)).length;
    const parts = ['Better', 'Similar', 'Worse', 'Higher', 'Lower'].filter((c) => cnt(c) > 0).map((c) => `${cnt(c)} ${c.toLowerCase()}`);
    const sup = r.filter((x) => isSuppressedRow(x)).length;
    if (sup) parts.push(`${sup} suppressed`);
    sentences.push(`${plainName(names.get(ind as string))}: ${parts.join(', ') || 'no comparisons'}.`);
  }

  const columns = ['area', 'area_name', 'indicator', 'indicator_name', 'period', 'value', 'scotland_value', 'comparison_scotland', ...(options.showTrend ? ['trend'] : []), 'status'];
  const dataTable = rows.map((r) => ({
    area: r.area ?? null,
    area_name: r.area_name ?? null,
    indicator: r.indicator ?? null,
    indicator_name: r.indicator_name ?? null,
    period: r.period ?? null,
    value: isSuppressedRow(r) ? messages.suppressedCell : tidy(r.value),
    scotland_value: tidy(r.scotland_value),
    comparison_scotland: r.comparison_scotland ?? null,
    ...(options.showTrend ? { trend: r.trend ?? null } : {}),
    status: r.status ?? null,
  }));

  return finishChart({
    kind: 'heatmap',
    title: options.title ?? `Overview: areas compared with Scotland, ${period}`,
    subtitle: options.subtitle ?? 'Indicator values, coloured by comparison with Scotland',
    width,
    main: { width: plotWidth, height: options.height ?? yOrder.length * 22, data: { values: cells }, layer: layers },
    notes,
    sentences,
    columns,
    dataTable,
  });
}
