import { messages } from '../messages.js';
import { palette } from '../theme/palette.js';
import { toRows } from '../data/toRows.js';
import { withholdSuppressed, isSuppressedRow } from '../data/withholdSuppressed.js';
import type { ResultRow } from '../data/ResultRow.js';
import type { ChartOptions, ChartSpec } from './ChartSpec.js';
import { distinct, finishChart, sortPeriodLabels, standardNotes, tidy, widthOf, type Json } from './common.js';

/**
 * Options of {@link compositionChart}.
 *
 * @example
 * ```ts
 * const options: CompositionChartOptions = { x: 'period', series: 'breakdown', mode: 'grouped' };
 * ```
 */
export interface CompositionChartOptions extends ChartOptions {
  /** Field on the x axis. __Default value:__ `'period'`. */
  x?: string;
  /** Field of the breakdown (age band, sex, outcome of an order). __Default value:__ `'breakdown'`. */
  series?: string;
  /** Field holding the count. __Default value:__ `'value'`. */
  value?: string;
  /** `'stacked'` or `'grouped'` bars. __Default value:__ `'stacked'`. */
  mode?: 'stacked' | 'grouped';
  /** Order of the breakdown categories. __Default value:__ order of appearance. */
  seriesOrder?: string[];
  /** Axis title for the counts. __Default value:__ `'Count'`. */
  valueTitle?: string;
}

/**
 * Composition and counts: stacked or grouped bars of a breakdown (age band, sex,
 * outcome of an order) by period or area. Draws the counts as given. A suppressed
 * count leaves its bar out: grouped bars mark the gap with "S", stacked bars mark the
 * column "includes suppressed", and a note lists every suppressed cell.
 *
 * @example
 * ```ts
 * const chart = compositionChart(rows, { x: 'period', series: 'breakdown', title: 'CPOs commenced by age' });
 * chart.csv.split('\r\n')[0]; // 'period,breakdown,value,status'
 * ```
 */
export function compositionChart(rowsIn: readonly Record<string, unknown>[] | { objects(): object[] }, options: CompositionChartOptions = {}): ChartSpec {
  const xf = options.x ?? 'period';
  const sf = options.series ?? 'breakdown';
  const vf = options.value ?? 'value';
  const mode = options.mode ?? 'stacked';
  // Blank the value field on withheld rows, whatever its name.
  const rows = withholdSuppressed(toRows<ResultRow>(rowsIn as ResultRow[])).map((r) => (isSuppressedRow(r) ? { ...r, [vf]: null } : r));
  if (rows.length === 0) throw new Error(messages.noRows('compositionChart'));
  const xOrder = xf === 'period' ? sortPeriodLabels(distinct(rows.map((r) => String(r[xf])))) : distinct(rows.map((r) => String(r[xf])));
  const sOrder = options.seriesOrder ?? distinct(rows.map((r) => String(r[sf])));
  const width = widthOf(options);
  const height = options.height ?? 240;
  const bars = rows.map((r) => ({
    x: String(r[xf]),
    series: String(r[sf]),
    value: (r[vf] as number | null) ?? null,
    suppressed: isSuppressedRow(r),
  }));
  const colours = { domain: sOrder, range: sOrder.map((_, i) => palette.categorical[i % palette.categorical.length]) };
  const x = { field: 'x', type: 'nominal', sort: xOrder, title: null, axis: { labelAngle: 0 } };
  const valueTitle = options.valueTitle ?? 'Count';
  const color = { field: 'series', type: 'nominal', title: null, sort: sOrder, scale: colours };
  const layers: Json[] = [
    {
      transform: [{ filter: 'isValid(datum.value)' }],
      mark: { type: 'bar', stroke: '#FFFFFF', strokeWidth: 0.8 },
      encoding: {
        x,
        y: { field: 'value', type: 'quantitative', title: valueTitle, stack: mode === 'stacked' ? 'zero' : null },
        color,
        ...(mode === 'grouped' ? { xOffset: { field: 'series', type: 'nominal', sort: sOrder } } : {}),
        ...(mode === 'stacked' ? { order: { field: 'order', type: 'quantitative' } } : {}),
        tooltip: [
          { field: 'x', type: 'nominal', title: xf },
          { field: 'series', type: 'nominal', title: sf },
          { field: 'value', type: 'quantitative', title: valueTitle, format: ',' },
        ],
      },
    },
  ];
  if (mode === 'stacked') {
    layers[0].transform.push({ calculate: `indexof(${JSON.stringify(sOrder)}, datum.series)`, as: 'order' });
    layers.push({
      transform: [{ filter: 'datum.suppressed' }, { aggregate: [{ op: 'count', as: 'n' }], groupby: ['x'] }],
      mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 11, color: palette.text },
      encoding: { x, y: { value: height }, text: { value: 'includes suppressed' } },
    });
  } else {
    layers.push({
      transform: [{ filter: 'datum.suppressed' }],
      mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 11, fontWeight: 'bold', color: palette.text },
      encoding: { x, xOffset: { field: 'series', type: 'nominal', sort: sOrder }, y: { value: height }, text: { value: 'S' } },
    });
  }

  const suppressed = bars.filter((b) => b.suppressed).map((b) => `${b.series} in ${b.x}`);
  const extra: string[] = [];
  if (suppressed.length) extra.push(`${messages.suppressedLabel}${mode === 'grouped' ? ' (S)' : ''}: ${suppressed.join(', ')}.`);
  const notes = standardNotes(rows, options, extra);

  const total = (x: string) => bars.filter((b) => b.x === x && b.value != null).reduce((a, b) => a + (b.value as number), 0);
  const last = xOrder[xOrder.length - 1];
  const lastBars = bars.filter((b) => b.x === last && b.value != null).sort((a, b) => (b.value as number) - (a.value as number));
  const sentences = [
    `${mode === 'stacked' ? 'Stacked' : 'Grouped'} bar chart of counts by ${sf} for ${xOrder.length} ${xf === 'period' ? 'periods' : 'categories'} (${xOrder[0]} to ${last}).`,
  ];
  if (lastBars.length) {
    // with a count withheld in the last period, the largest published group need not be the largest group
    const withheldInLast = suppressed.some((s) => s.endsWith(`in ${last}`));
    sentences.push(
      total(last) === 0
        ? `In ${last} no published count is above zero${withheldInLast ? ' (the other counts are suppressed)' : ''}.`
        : `In ${last} the published counts add to ${total(last).toLocaleString('en-GB')}${withheldInLast ? ' (excluding suppressed counts)' : ''}; the largest ${withheldInLast ? 'published ' : ''}group was ${lastBars[0].series} (${(lastBars[0].value as number).toLocaleString('en-GB')}).`,
    );
  }
  if (notes.includes(messages.syntheticLabel)) sentences.push('Synthetic demonstration data.');
  if (suppressed.length) {
    sentences.push(`${suppressed.length === 1 ? 'One count is' : 'Several counts are'} suppressed to protect small numbers.`);
    sentences.push(`Suppressed: ${suppressed.join(', ')}.`);
  }

  const columns = [xf, sf, vf, 'status'];
  const dataTable = rows.map((r) => ({
    [xf]: String(r[xf]),
    [sf]: String(r[sf]),
    [vf]: isSuppressedRow(r) ? messages.suppressedCell : tidy(r[vf] as number | null),
    status: (r.status as string) ?? null,
  }));
  const title = options.title ?? `${String(rows[0].indicator_name ?? 'Counts')} by ${sf}`;
  if (!bars.some((b) => b.value != null)) {
    // nothing published: say so, and draw no count axis from an empty domain
    layers.splice(0, layers.length, {
      data: { values: [{ text: messages.noPublishedValues }] },
      mark: { type: 'text', fontSize: 13, color: palette.text },
      encoding: { x: { value: width / 2 }, y: { value: Math.min(height, 120) / 2 }, text: { field: 'text', type: 'nominal' } },
    }, { mark: { type: 'tick', opacity: 0 }, encoding: { x } });
    notes.splice(notes.findIndex((n) => n.startsWith(messages.suppressedLabel)) + 1 || notes.length, 0, messages.noPublishedValuesNote(`any ${sf}`));
  }
  return finishChart({
    kind: 'composition',
    title,
    subtitle: options.subtitle ?? (rows[0].area_name ? String(rows[0].area_name) : undefined),
    width,
    main: { width, height: bars.some((b) => b.value != null) ? height : Math.min(height, 120), data: { values: bars }, layer: layers },
    notes,
    sentences,
    columns,
    dataTable,
  });
}
