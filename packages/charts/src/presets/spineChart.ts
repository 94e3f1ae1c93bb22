import { messages } from '../messages.js';
import { palette } from '../theme/palette.js';
import { toRows } from '../data/toRows.js';
import { withholdSuppressed, isSuppressedRow } from '../data/withholdSuppressed.js';
import { formatValue } from '../data/formatValue.js';
import { describeComparison } from '../alt/describeComparison.js';
import type { ResultRow, ResultsInput } from '../data/ResultRow.js';
import type { ChartOptions, ChartSpec } from './ChartSpec.js';
import { comparisonScale, distinct, finishChart, plainName, sortPeriodLabels, standardNotes, tidy, widthOf, wrap, type Json } from './common.js';

/**
 * Scotland's range for one indicator: lowest, 25th percentile, 75th percentile and
 * highest value across areas. The spine chart turns these into worst/best by polarity.
 *
 * @example
 * ```ts
 * const range: SpineRange = { indicator: 'NI4', min: 61.0, q25: 70.2, q75: 76.9, max: 84.4 };
 * ```
 */
export interface SpineRange {
  indicator: string;
  min: number;
  q25: number;
  q75: number;
  max: number;
}

/**
 * Options of {@link spineChart}.
 *
 * @example
 * ```ts
 * const options: SpineChartOptions = { area: 'S12000039', ranges };
 * ```
 */
export interface SpineChartOptions extends ChartOptions {
  /** Area code whose profile is drawn. Required. */
  area: string;
  /** Period. __Default value:__ each indicator's latest period. */
  period?: string;
  /**
   * Range of each indicator across areas, supplied by the caller. __Default value:__
   * display order statistics of the council rows in `results` for the same indicator
   * and period: minimum, maximum and the 25th/75th percentiles by linear interpolation
   * between order statistics (Hyndman & Fan 1996, definition 7; R's default `quantile`).
   */
  ranges?: SpineRange[];
}

/** Characters per line of a spine chart's row label, and the most lines a label takes. */
const LABEL_CHARS = 32;
const LABEL_LINES = 3;
/** Pixels per label line (11 px text) and the padding of each row. */
const LINE_HEIGHT = 13;

/** A label cut to its first `LABEL_LINES` lines of `LABEL_CHARS`, the last ending "…" if cut. */
function labelLines(text: string): string[] {
  const lines = wrap(text, LABEL_CHARS);
  if (lines.length <= LABEL_LINES) return lines;
  const kept = lines.slice(0, LABEL_LINES);
  kept[LABEL_LINES - 1] = `${kept[LABEL_LINES - 1].replace(/[\s,;:(]+$/, '')}…`;
  return kept;
}

/**
 * Row labels of a spine chart: each indicator's name without its bracketed qualifier,
 * national indicators with their CJPF number, wrapped to lines. Labels that would read
 * the same once wrapped and cut (e.g. a national indicator and a supporting measure of
 * the same name) are told apart by the kind of measure, then by the indicator id.
 * Returns the lines of each label, joined with "\n" (unique by construction).
 *
 * @param rows one per indicator, in the chart's order
 * @returns one label per row, lines joined with "\n"
 * @example
 * ```ts
 * spineLabels([{ indicator: 'NI4', indicator_name: 'Community payback orders successfully completed (%) [Provisional: …]' }]);
 * // ['Community payback orders\nsuccessfully completed (%) (NI4)']
 * ```
 */
export function spineLabels(rows: { indicator?: string | null; indicator_name?: string | null; indicator_kind?: string | null }[]): string[] {
  const base = rows.map((r) => {
    const name = plainName(r.indicator_name ?? r.indicator);
    return /^NI\d/.test(String(r.indicator ?? '')) ? `${name} (${r.indicator})` : name;
  });
  const render = (texts: string[]) => texts.map((t) => labelLines(t).join('\n'));
  const clashes = (labels: string[]) => labels.map((l, i) => labels.indexOf(l) !== i || labels.lastIndexOf(l) !== i);
  let texts = base;
  let labels = render(texts);
  let clash = clashes(labels);
  if (clash.some(Boolean)) {
    // the kind of measure first ("supporting measure"), put before the name so cutting cannot hide it
    texts = texts.map((t, i) => (clash[i] && rows[i].indicator_kind && rows[i].indicator_kind !== 'national' ? `${rows[i].indicator_kind} measure: ${t}` : t));
    texts = texts.map((t) => t[0].toUpperCase() + t.slice(1));
    labels = render(texts);
    clash = clashes(labels);
  }
  if (clash.some(Boolean)) {
    texts = texts.map((t, i) => (clash[i] ? `${rows[i].indicator}: ${t}` : t));
    labels = render(texts);
    clash = clashes(labels);
  }
  // still the same (ids equal): number them
  return labels.map((l, i) => (clash[i] ? `${l}\n(${i + 1})` : l));
}

/** Display order statistic: Hyndman & Fan (1996) definition 7 quantile of sorted values. */
function quantile7(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
}

/**
 * Area profile (Fingertips spine chart): one row per indicator, the area's value as a
 * marker against Scotland's range (light bar worst–best, dark bar 25th–75th percentile)
 * and Scotland's value as the centre line. Each row is scaled so Scotland sits in the
 * centre and the better end is on the right (polarity-aware: for low-is-good the axis is
 * reversed; no-judgement indicators put higher on the right). Markers are filled and
 * shaped by the comparison with Scotland from the data. Values are written at the right.
 *
 * @example
 * ```ts
 * const chart = spineChart(results, { area: 'S12000039', ranges });
 * chart.altText; // 'Area profile (spine chart) for West Dunbartonshire: 6 indicators ...'
 * ```
 */
export function spineChart(results: ResultsInput, options: SpineChartOptions): ChartSpec {
  if (!options?.area) throw new Error(messages.missingOption('spineChart', 'area'));
  const all = withholdSuppressed(toRows<ResultRow>(results as ResultRow[]));
  const indicators = distinct(all.filter((r) => r.area === options.area).map((r) => r.indicator));
  if (indicators.length === 0) throw new Error(messages.noRows('spineChart'));
  const width = widthOf(options);
  // label column (about 190 px of wrapped text) + plot + values column (about 150 px):
  // the default 480 gives a chart about 620 px wide, its width used from edge to edge
  const plotWidth = Math.max(200, width - 200);
  const rowsOut: Json[] = [];
  const tableRows: ResultRow[] = [];
  const usedRanges = new Map<string, SpineRange>();
  for (const ind of indicators) {
    const series = all.filter((r) => r.indicator === ind && r.area === options.area);
    const period = options.period ?? sortPeriodLabels(distinct(series.map((r) => r.period))).pop();
    const row = series.find((r) => r.period === period);
    if (!row) continue;
    tableRows.push(row);
    const polarity = row.polarity ?? 'no-judgement';
    let range = options.ranges?.find((g) => g.indicator === ind);
    if (!range) {
      const vals = all
        .filter((r) => r.indicator === ind && r.period === period && (r.area_type ?? 'council') === 'council' && r.value != null)
        .map((r) => r.value as number)
        .sort((a, b) => a - b);
      if (vals.length) range = { indicator: ind as string, min: vals[0], q25: quantile7(vals, 0.25), q75: quantile7(vals, 0.75), max: vals[vals.length - 1] };
    }
    const s = row.scotland_value ?? null;
    if (!range || s == null) continue;
    usedRanges.set(ind as string, range);
    const half = Math.max(Math.abs(range.max - s), Math.abs(s - range.min)) || 1;
    const flip = polarity === 'low-is-good' ? -1 : 1;
    const pos = (v: number | null | undefined) => (v == null ? null : 0.5 + (flip * (v - s)) / (2 * half));
    const measure = row.measure ?? null;
    rowsOut.push({
      indicator: row.indicator,
      indicator_name: row.indicator_name,
      indicator_kind: row.indicator_kind,
      x_min: pos(range.min),
      x_max: pos(range.max),
      x_q25: pos(range.q25),
      x_q75: pos(range.q75),
      x_value: pos(row.value),
      comparison: isSuppressedRow(row) ? 'Suppressed' : (row.comparison_scotland ?? 'Not compared'),
      text: `${formatValue(row.value, measure, isSuppressedRow(row))}  (Scotland ${formatValue(s, measure)})`,
    });
  }
  if (rowsOut.length === 0) throw new Error(messages.noRows('spineChart'));
  const areaName = tableRows[0].area_name ?? options.area;
  spineLabels(rowsOut).forEach((label, i) => {
    rowsOut[i].name = label;
  });
  const order = rowsOut.map((r) => r.name);
  const maxLines = Math.max(...order.map((l) => l.split('\n').length));
  const y = {
    field: 'name', type: 'nominal', sort: order, title: null,
    scale: { paddingInner: 0.25 },
    axis: { labelExpr: "split(datum.value, '\\n')", labelLimit: 0, labelLineHeight: LINE_HEIGHT, domain: false, ticks: false, labelPadding: 6 },
  };
  const xs = (field: string) => ({ field, type: 'quantitative', scale: { domain: [0, 1] }, axis: null });
  const cmp = comparisonScale(rowsOut.filter((r) => r.x_value != null).map((r) => r.comparison as string));
  const height = options.height ?? rowsOut.length * Math.max(26, maxLines * LINE_HEIGHT + 12);

  const layers: Json[] = [
    { mark: { type: 'bar', color: palette.rangeOuter, height: { band: 0.6 } }, encoding: { y, x: xs('x_min'), x2: { field: 'x_max' } } },
    { mark: { type: 'bar', color: palette.rangeInner, height: { band: 0.6 } }, encoding: { y, x: xs('x_q25'), x2: { field: 'x_q75' } } },
    { data: { values: [{ c: 0.5 }] }, mark: { type: 'rule', color: palette.scotland, strokeWidth: 2 }, encoding: { x: xs('c') } },
    {
      transform: [{ filter: 'isValid(datum.x_value)' }],
      mark: { type: 'point', filled: true, size: 90, stroke: palette.outline, strokeWidth: 1, opacity: 1 },
      encoding: {
        y,
        x: xs('x_value'),
        fill: { field: 'comparison', type: 'nominal', title: 'Compared with Scotland', scale: cmp.color },
        shape: { field: 'comparison', type: 'nominal', title: 'Compared with Scotland', scale: cmp.shape },
      },
    },
    {
      transform: [{ filter: '!isValid(datum.x_value)' }],
      mark: { type: 'text', fontSize: 11, color: palette.text },
      encoding: { y, x: { datum: 0.5, type: 'quantitative', scale: { domain: [0, 1] }, axis: null }, text: { value: messages.suppressedLabel } },
    },
    { mark: { type: 'text', align: 'left', fontSize: 11, color: palette.text }, encoding: { y, x: { value: plotWidth + 8 }, text: { field: 'text', type: 'nominal' } } },
    {
      data: { values: [{ x: 0, t: 'Worse / lower' }, { x: 1, t: 'Better / higher' }] },
      mark: { type: 'text', align: 'center', baseline: 'bottom', dy: -4, fontSize: 11, color: palette.mutedText },
      encoding: { x: xs('x'), y: { value: 0 }, text: { field: 't', type: 'nominal' } },
    },
  ];

  const suppressed = tableRows.filter((r) => isSuppressedRow(r)).map((r) => String(r.indicator_name ?? r.indicator));
  const extra = [
    'Light bar: Scotland\'s range of areas (worst to best); dark bar: 25th to 75th percentile; black line: Scotland. Better is to the right; for indicators with no judgement, higher is to the right.',
  ];
  if (tableRows.some((r) => r.indicator_kind === 'supporting')) extra.push('Indicators without an NI number are supporting measures, not national indicators.');
  if (!options.ranges) extra.push('Ranges are the lowest, quartiles and highest of the council areas in the results.');
  if (suppressed.length) extra.push(`${messages.suppressedLabel}: ${suppressed.join(', ')}.`);
  const notes = standardNotes(tableRows, options, extra);

  // Description, most important first: the alt text is its leading sentences under 300 characters.
  const sentences = [`Area profile (spine chart) of ${areaName}: ${rowsOut.length} indicators, each against the range across Scotland's council areas.`];
  const byComparison = (c: string) => tableRows.filter((r) => r.value != null && r.comparison_scotland === c);
  const tally = ['Better', 'Worse', 'Higher', 'Lower']
    .filter((c) => byComparison(c).length)
    .map((c) => `${c.toLowerCase()}: ${byComparison(c).map((r) => plainName(r.indicator_name ?? r.indicator)).join(', ')}`);
  const similar = byComparison('Similar').length;
  sentences.push(tally.length ? `Compared with Scotland, ${tally.join('; ')}${similar ? `; ${similar} similar` : ''}.` : `No indicator differs significantly from Scotland${similar ? ` (${similar} similar)` : ''}.`);
  if (notes.includes(messages.syntheticLabel)) sentences.push('Synthetic demonstration data.');
  for (const r of tableRows) {
    const name = plainName(r.indicator_name ?? r.indicator);
    if (r.value == null) sentences.push(`${name}: suppressed (small numbers).`);
    else sentences.push(`${name}: ${formatValue(r.value, r.measure)} in ${r.period}, ${describeComparison(r.comparison_scotland, 'Scotland', r.scotland_value, r.measure)}.`);
  }
  if (notes.includes(messages.provisionalLabel)) sentences.push('Some indicators are provisional.');

  const columns = ['indicator', 'indicator_name', 'period', 'value', 'lower', 'upper', 'scotland_value', 'comparison_scotland', 'polarity', 'range_min', 'range_q25', 'range_q75', 'range_max', 'status'];
  const dataTable = tableRows.map((r) => {
    const w = isSuppressedRow(r);
    const g = usedRanges.get(r.indicator as string);
    return {
      indicator: r.indicator ?? null,
      indicator_name: r.indicator_name ?? null,
      period: r.period ?? null,
      value: w ? messages.suppressedCell : tidy(r.value),
      lower: w ? messages.suppressedCell : tidy(r.lower),
      upper: w ? messages.suppressedCell : tidy(r.upper),
      scotland_value: tidy(r.scotland_value),
      comparison_scotland: r.comparison_scotland ?? null,
      polarity: r.polarity ?? null,
      range_min: tidy(g?.min),
      range_q25: tidy(g?.q25),
      range_q75: tidy(g?.q75),
      range_max: tidy(g?.max),
      status: r.status ?? null,
    };
  });

  return finishChart({
    kind: 'spine',
    title: options.title ?? `Area profile: ${areaName}`,
    subtitle: options.subtitle ?? `Latest period for each indicator, compared with Scotland`,
    width,
    main: { width: plotWidth, height, data: { values: rowsOut }, layer: layers },
    notes,
    sentences,
    columns,
    dataTable,
  });
}
