import { messages } from '../messages.js';
import { palette } from '../theme/palette.js';
import { toRows } from '../data/toRows.js';
import { withholdSuppressed, isSuppressedRow } from '../data/withholdSuppressed.js';
import { formatValue } from '../data/formatValue.js';
import type { ResultRow, ResultsInput } from '../data/ResultRow.js';
import type { ChartOptions, ChartSpec } from './ChartSpec.js';
import { comparisonScale, distinct, finishChart, plainName, standardNotes, tidy, widthOf, type Json } from './common.js';
import { selectIndicatorPeriod } from './selectRows.js';

/**
 * One point of funnel control limits, as `@cjsnsa/core` `funnelLimits` returns it
 * (limits on the same scale as the results' `value`).
 *
 * @example
 * ```ts
 * const limit: FunnelLimit = { size: 400, lower95: 69.5, upper95: 78.1, lower998: 67.0, upper998: 80.6 };
 * ```
 */
export interface FunnelLimit {
  size: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

/**
 * Options of {@link funnelChart}.
 *
 * @example
 * ```ts
 * const options: FunnelChartOptions = { limits: funnelLimits({ type: 'proportion', baseline: 0.738, sizes: { min: 10, max: 4000 }, multiplier: 100 }) };
 * ```
 */
export interface FunnelChartOptions extends ChartOptions {
  /** Control limits computed by the caller (charts compute no statistics). Required. */
  limits: FunnelLimit[];
  /** Indicator id. __Default value:__ the only indicator in the results. */
  indicator?: string;
  /** Period. __Default value:__ the latest period. */
  period?: string;
  /** Area code to label. */
  highlight?: string;
  /** The baseline drawn as the centre line. __Default value:__ the rows' `scotland_value`. */
  baseline?: number;
  /** Field holding each area's size. __Default value:__ `'denominator'`. */
  sizeField?: string;
  /** Axis title for size. __Default value:__ `'Size (denominator)'`. */
  sizeTitle?: string;
}

/**
 * Funnel plot: every area's value against its size (denominator or population), with
 * 95% (dashed) and 99.8% (solid) control limits around the Scotland value, the chosen
 * area labelled. Points are filled and shaped by the comparison that arrived with the
 * data; the limits come from the caller (`funnelLimits` in `@cjsnsa/core`).
 * Suppressed areas are not plotted and are listed in a note.
 *
 * @example
 * ```ts
 * const chart = funnelChart(results, { indicator: 'NI4', limits, highlight: 'S12000039' });
 * chart.altText; // 'Funnel plot of ... 9 areas ... West Dunbartonshire ...'
 * ```
 */
export function funnelChart(results: ResultsInput, options: FunnelChartOptions): ChartSpec {
  if (!options?.limits) throw new Error(messages.missingOption('funnelChart', 'limits'));
  const all = withholdSuppressed(toRows<ResultRow>(results as ResultRow[])).filter((r) => (r.area_type ?? 'council') === 'council');
  const { rows, period } = selectIndicatorPeriod(all, 'funnelChart', options);
  const sizeField = options.sizeField ?? 'denominator';
  const first = rows[0];
  const measure = first.measure ?? null;
  const unit = first.unit ?? '';
  const fullName = first.indicator_name ?? first.indicator ?? 'Indicator';
  const indicatorName = plainName(fullName);
  const baseline = options.baseline ?? rows.find((r) => r.scotland_value != null)?.scotland_value ?? null;
  const width = widthOf(options);
  const height = options.height ?? 300;

  const points = rows
    .filter((r) => r.value != null && r[sizeField] != null)
    .map((r) => ({
      area_name: r.area_name ?? r.area,
      size: Number(r[sizeField]),
      value: r.value as number,
      comparison: r.comparison_scotland ?? 'Not compared',
      highlight: r.area === options.highlight,
      label: formatValue(r.value, measure),
    }));
  const suppressed = rows.filter((r) => r.value == null).map((r) => String(r.area_name ?? r.area));
  const limitLines = options.limits.flatMap((l) => [
    { size: l.size, limit: l.lower95, level: '95% limits', side: 'lower' },
    { size: l.size, limit: l.upper95, level: '95% limits', side: 'upper' },
    { size: l.size, limit: l.lower998, level: '99.8% limits', side: 'lower' },
    { size: l.size, limit: l.upper998, level: '99.8% limits', side: 'upper' },
  ]);
  const x = { field: 'size', type: 'quantitative', title: options.sizeTitle ?? 'Size (denominator)' };
  const yTitle = unit || indicatorName;
  const cmp = comparisonScale(points.map((p) => p.comparison));

  const layers: Json[] = [
    {
      data: { name: 'limits' },
      mark: { type: 'line', color: palette.mutedText, strokeWidth: 1.2 },
      encoding: {
        x,
        y: { field: 'limit', type: 'quantitative', title: yTitle, scale: { zero: false } },
        detail: { field: 'side', type: 'nominal' },
        strokeDash: { field: 'level', type: 'nominal', title: null, scale: { domain: ['95% limits', '99.8% limits'], range: [[5, 3], [1, 0]] } },
      },
    },
    {
      data: { name: 'points' },
      mark: { type: 'point', filled: true, size: 60, stroke: palette.outline, strokeWidth: 1, opacity: 1 },
      encoding: {
        x,
        y: { field: 'value', type: 'quantitative', title: yTitle },
        fill: { field: 'comparison', type: 'nominal', title: 'Compared with Scotland', scale: cmp.color },
        shape: { field: 'comparison', type: 'nominal', title: 'Compared with Scotland', scale: cmp.shape },
        tooltip: [
          { field: 'area_name', type: 'nominal', title: 'Area' },
          { field: 'label', type: 'nominal', title: 'Value' },
          { field: 'size', type: 'quantitative', title: 'Size', format: ',' },
        ],
      },
    },
    {
      data: { name: 'points' },
      transform: [{ filter: 'datum.highlight' }],
      mark: { type: 'text', align: 'left', dx: 8, dy: -8, fontSize: 11, fontWeight: 'bold', color: palette.text },
      encoding: { x, y: { field: 'value', type: 'quantitative' }, text: { field: 'area_name', type: 'nominal' } },
    },
  ];
  if (baseline != null) {
    layers.splice(1, 0, {
      data: { values: [{ baseline }] },
      mark: { type: 'rule', color: palette.scotland, strokeWidth: 1.5 },
      encoding: { y: { field: 'baseline', type: 'quantitative' } },
    });
  }

  const extra = [`Centre line: Scotland${baseline != null ? ` (${formatValue(baseline, measure)})` : ''}. Dashed: 95% control limits; solid grey: 99.8% control limits.`];
  if (suppressed.length) extra.push(`${messages.suppressedLabel}, not plotted: ${suppressed.join(', ')}.`);
  const notes = standardNotes(rows, options, extra);

  // Position against the limits is read from the comparison that came with the data.
  const hi = rows.find((r) => r.area === options.highlight);
  // Description, most important first: the alt text is its leading sentences under 300 characters.
  const sentences = [
    `Funnel plot of ${indicatorName} in ${period}: ${points.length} areas by size, with control limits around Scotland${baseline != null ? ` (${formatValue(baseline, measure)})` : ''}.`,
  ];
  if (hi) sentences.push(hi.value == null ? `${hi.area_name}: suppressed (small numbers).` : `${hi.area_name}: ${formatValue(hi.value, measure)}, ${String(hi.comparison_scotland ?? 'not compared').toLowerCase()} compared with Scotland.`);
  const outside = points.filter((p) => p.comparison !== 'Similar' && p.comparison !== 'Not compared');
  const tally = distinct(outside.map((p) => p.comparison)).map((c) => `${outside.filter((p) => p.comparison === c).length} ${c.toLowerCase()}`);
  sentences.push(outside.length ? `${outside.length} of ${points.length} areas differ significantly from Scotland (${tally.join(', ')}).` : 'No area differs significantly from Scotland.');
  if (notes.includes(messages.syntheticLabel)) sentences.push('Synthetic demonstration data.');
  if (outside.length) sentences.push(`Areas significantly different from Scotland: ${outside.map((p) => `${p.area_name} (${p.comparison.toLowerCase()})`).join(', ')}.`);
  if (hi?.value != null) sentences.push(`${hi.area_name}'s size is ${Number(hi[sizeField]).toLocaleString('en-GB')}.`);
  if (suppressed.length) sentences.push(`Not plotted because suppressed: ${suppressed.join(', ')}.`);

  const columns = ['area', 'area_name', 'period', sizeField, 'value', 'scotland_value', 'comparison_scotland', 'status'];
  const dataTable = rows.map((r) => ({
    area: r.area ?? null,
    area_name: r.area_name ?? null,
    period,
    [sizeField]: (r[sizeField] as number | null) ?? null,
    value: isSuppressedRow(r) ? messages.suppressedCell : tidy(r.value),
    scotland_value: tidy(r.scotland_value),
    comparison_scotland: r.comparison_scotland ?? null,
    status: r.status ?? null,
  }));

  return finishChart({
    kind: 'funnel',
    title: options.title ?? `${fullName}: funnel plot, ${period}`,
    subtitle: options.subtitle ?? `${unit ? `${unit} ` : ''}against size, with control limits around Scotland`,
    width,
    main: { width, height, layer: layers },
    datasets: { points, limits: limitLines },
    notes,
    sentences,
    columns,
    dataTable,
  });
}
