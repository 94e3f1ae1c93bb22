import { messages } from '../messages.js';
import { palette } from '../theme/palette.js';
import { toRows } from '../data/toRows.js';
import { withholdSuppressed, isSuppressedRow } from '../data/withholdSuppressed.js';
import { formatValue } from '../data/formatValue.js';
import { describeComparison } from '../alt/describeComparison.js';
import type { ResultRow, ResultsInput } from '../data/ResultRow.js';
import type { ChartOptions, ChartSpec } from './ChartSpec.js';
import { comparisonScale, exprString, finishChart, plainName, standardNotes, tidy, widthOf, type Json } from './common.js';
import { selectIndicatorPeriod } from './selectRows.js';

/**
 * Options of {@link compareAreasChart}.
 *
 * @example
 * ```ts
 * const options: CompareAreasChartOptions = { indicator: 'NI4', highlight: 'S12000039' };
 * ```
 */
export interface CompareAreasChartOptions extends ChartOptions {
  /**
   * The confidence level of the rows' `lower` and `upper`, named in the chart's notes and description
   * (the caller gives rows holding that interval, e.g. `lower_998` and `upper_998` as `lower` and `upper`).
   * __Default value:__ `'95%'`.
   */
  level?: '95%' | '99.8%';
  /** Indicator id. __Default value:__ the only indicator in the results. */
  indicator?: string;
  /** Period. __Default value:__ the latest period in the results. */
  period?: string;
  /** Area code drawn in bold with a dark outline (the partnership's own area). */
  highlight?: string;
  /** Area types to rank. __Default value:__ `['council']` (Scotland and groups are drawn as rules, not bars). */
  areaTypes?: string[];
  /**
   * Why `period` is not the latest period of the indicator (e.g. "Fife's 2023-24 figure is
   * withheld to protect small numbers"): said in the subtitle, so a chart pasted on its
   * own still states the year it shows. __Default value:__ none.
   */
  periodReason?: string;
}

/**
 * Height of one ranked bar's row, in pixels: the chart grows with the number of areas.
 *
 * @example
 * ```ts
 * COMPARE_ROW_HEIGHT * 32; // 640: the plot height of a ranked chart of the 32 council areas
 * ```
 */
export const COMPARE_ROW_HEIGHT = 20;

/**
 * Compare areas (Fingertips "compare areas" view): ranked horizontal bars with 95%
 * interval whiskers, Scotland's value as a vertical rule, the chosen area highlighted,
 * bars coloured by the comparison with Scotland and labelled with it in words
 * (Better/Similar/Worse or Higher/Similar/Lower). A suppressed area keeps its row with
 * the word "Suppressed" and no bar.
 *
 * @param results results table (arquero table or rows)
 * @param options indicator, period, highlight, title, subtitle, source, width, height
 * @example
 * ```ts
 * const chart = compareAreasChart(results, { indicator: 'NI4', highlight: 'S12000039' });
 * chart.altText; // 'Bar chart comparing 10 council areas on ... West Dunbartonshire: 70.9% ...'
 * ```
 */
export function compareAreasChart(results: ResultsInput, options: CompareAreasChartOptions = {}): ChartSpec {
  const all = withholdSuppressed(toRows<ResultRow>(results as ResultRow[]));
  const { rows: picked, period } = selectIndicatorPeriod(all, 'compareAreasChart', options);
  const types = options.areaTypes ?? ['council'];
  const rows = picked.filter((r) => types.includes(String(r.area_type ?? 'council')));
  if (rows.length === 0) throw new Error(messages.noRows('compareAreasChart'));
  const first = rows[0];
  const measure = first.measure ?? null;
  const unit = first.unit ?? '';
  const fullName = first.indicator_name ?? first.indicator ?? 'Indicator';
  const indicatorName = plainName(fullName);
  const scotland = rows.find((r) => r.scotland_value != null)?.scotland_value ?? null;
  const width = widthOf(options) - 150;
  // sized to its content: one row per area, so a few areas make a short chart and 32 a tall one
  const height = options.height ?? Math.max(3, rows.length) * COMPARE_ROW_HEIGHT;

  // Rank by value (highest first); suppressed areas go to the end, in name order.
  const ranked = [...rows].sort((a, b) => {
    if (a.value == null && b.value == null) return String(a.area_name).localeCompare(String(b.area_name));
    if (a.value == null) return 1;
    if (b.value == null) return -1;
    return b.value - a.value;
  });
  const bars = ranked.map((r) => ({
    area: r.area,
    area_name: r.area_name ?? r.area,
    value: r.value ?? null,
    lower: r.lower ?? null,
    upper: r.upper ?? null,
    comparison: isSuppressedRow(r) ? 'Suppressed' : (r.comparison_scotland ?? 'Not compared'),
    highlight: r.area === options.highlight,
    label: formatValue(r.value, measure, isSuppressedRow(r)),
  }));
  const order = bars.map((b) => b.area_name);
  const y = { field: 'area_name', type: 'nominal', sort: order, title: null, axis: {
    labelFontWeight: options.highlight
      ? { expr: `datum.value === ${exprString(String(bars.find((b) => b.highlight)?.area_name ?? ''))} ? 'bold' : 'normal'` }
      : 'normal',
    labelLimit: 150,
  } };
  const cmp = comparisonScale(bars.filter((b) => b.value != null).map((b) => b.comparison));
  const xTitle = unit || indicatorName;

  const layers: Json[] = [
    {
      transform: [{ filter: 'isValid(datum.value)' }],
      mark: { type: 'bar', height: { band: 0.7 }, strokeWidth: 0.8 },
      encoding: {
        y,
        x: { field: 'value', type: 'quantitative', title: xTitle, scale: { zero: true } },
        fill: { field: 'comparison', type: 'nominal', title: 'Compared with Scotland', scale: cmp.color },
        stroke: { condition: { test: 'datum.highlight', value: '#000000' }, value: palette.outline },
        strokeWidth: { condition: { test: 'datum.highlight', value: 2.5 }, value: 0.8 },
        tooltip: [
          { field: 'area_name', type: 'nominal', title: 'Area' },
          { field: 'label', type: 'nominal', title: 'Value' },
          { field: 'comparison', type: 'nominal', title: 'Compared with Scotland' },
        ],
      },
    },
    {
      transform: [{ filter: 'isValid(datum.lower) && isValid(datum.upper)' }],
      mark: { type: 'rule', color: palette.text, strokeWidth: 1 },
      encoding: { y, x: { field: 'lower', type: 'quantitative', title: xTitle }, x2: { field: 'upper' } },
    },
    {
      transform: [{ filter: '!isValid(datum.value)' }],
      mark: { type: 'text', align: 'left', dx: 3, fontSize: 11, color: palette.text },
      encoding: { y, x: { datum: 0, type: 'quantitative' }, text: { value: messages.suppressedLabel } },
    },
    {
      // the comparison in words beside each bar (a suppressed row already says so in the plot)
      transform: [{ filter: "datum.comparison !== 'Suppressed'" }],
      mark: { type: 'text', align: 'left', fontSize: 11, color: palette.text },
      encoding: { y, x: { value: width + 6 }, text: { field: 'comparison', type: 'nominal' } },
    },
  ];
  if (scotland != null) {
    layers.push({
      data: { values: [{ scotland, label: `Scotland ${formatValue(scotland, measure)}` }] },
      layer: [
        { mark: { type: 'rule', color: palette.scotland, strokeDash: [6, 3], strokeWidth: 1.5 }, encoding: { x: { field: 'scotland', type: 'quantitative' } } },
        {
          mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 3, dy: -2, fontSize: 11, color: palette.text },
          encoding: { x: { field: 'scotland', type: 'quantitative' }, y: { value: 0 }, text: { field: 'label', type: 'nominal' } },
        },
      ],
    });
  }

  if (!bars.some((b) => b.value != null)) {
    // nothing published: no value axis drawn from an empty domain, and a message instead of bars
    for (const layer of layers) {
      const xEnc = layer.encoding?.x;
      if (xEnc && !('value' in xEnc)) layer.encoding.x = { ...xEnc, scale: { domain: [0, 1] }, axis: null };
      if (layer.encoding?.fill) layer.encoding.fill = { ...layer.encoding.fill, legend: null };
    }
    layers.push({
      data: { values: [{ text: messages.noPublishedValues }] },
      mark: { type: 'text', fontSize: 13, color: palette.text, align: 'center' },
      encoding: { x: { value: width / 2 }, y: { value: -12 }, text: { field: 'text', type: 'nominal' } },
    });
  }

  const suppressed = bars.filter((b) => b.comparison === 'Suppressed').map((b) => b.area_name as string);
  const extra = [messages.intervalNote('Whiskers', options.level ?? '95%'), 'Dashed line: Scotland.'];
  if (suppressed.length) extra.push(`${messages.suppressedLabel}: ${suppressed.join(', ')}.`);
  const notes = standardNotes(rows, options, extra);

  const published = bars.filter((b) => b.value != null);
  const count = (c: string) => published.filter((b) => b.comparison === c).length;
  const words = ['Better', 'Similar', 'Worse', 'Higher', 'Lower'].filter((c) => count(c) > 0).map((c) => `${count(c)} ${c.toLowerCase()}`);
  // Description, most important first: the alt text is its leading sentences under 300 characters.
  const sentences = [
    `Bar chart ranking ${rows.length} areas on ${indicatorName} in ${period}, with Scotland${scotland != null ? ` (${formatValue(scotland, measure)})` : ''}.`,
  ];
  const hi = rows.find((r) => r.area === options.highlight);
  if (hi) {
    sentences.push(
      hi.value == null
        ? `${hi.area_name}: suppressed (small numbers).`
        : `${hi.area_name}: ${formatValue(hi.value, measure)}, ranked ${published.findIndex((b) => b.area === hi.area) + 1} of ${published.length}, ${describeComparison(hi.comparison_scotland, 'Scotland', null, measure)}.`,
    );
  }
  if (published.length && words.length) sentences.push(`Compared with Scotland: ${words.join(', ')}.`);
  if (options.periodReason) sentences.push(`${period} is shown because ${options.periodReason}.`);
  if (notes.includes(messages.syntheticLabel)) sentences.push('Synthetic demonstration data.');
  if (published.length) sentences.push(`Values range from ${published[published.length - 1].label} (${published[published.length - 1].area_name}) to ${published[0].label} (${published[0].area_name}).`);
  if (suppressed.length) sentences.push(`Suppressed to protect small numbers: ${suppressed.join(', ')}.`);
  if (notes.includes(messages.provisionalLabel)) sentences.push('This is a provisional indicator.');

  const columns = ['area', 'area_name', 'period', 'value', 'lower', 'upper', 'scotland_value', 'comparison_scotland', 'status'];
  const byArea = new Map(rows.map((r) => [r.area, r]));
  const dataTable = bars.map((b) => {
    const r = byArea.get(b.area) as ResultRow;
    const w = isSuppressedRow(r);
    return {
      area: r.area ?? null,
      area_name: r.area_name ?? null,
      period,
      value: w ? messages.suppressedCell : tidy(r.value),
      lower: w ? messages.suppressedCell : tidy(r.lower),
      upper: w ? messages.suppressedCell : tidy(r.upper),
      scotland_value: tidy(r.scotland_value),
      comparison_scotland: r.comparison_scotland ?? null,
      status: r.status ?? null,
    };
  });

  return finishChart({
    kind: 'compare-areas',
    title: options.title ?? `${fullName}: areas compared, ${period}`,
    subtitle: options.subtitle ?? [
      `${unit ? `${unit}, ` : ''}${period}, ranked`,
      ...(options.periodReason ? [`${period} shown: ${options.periodReason}.`] : []),
    ],
    width: width + 150,
    main: { width, height, data: { values: bars }, layer: layers },
    notes,
    sentences,
    columns,
    dataTable,
  });
}
