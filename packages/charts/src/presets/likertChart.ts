import { messages } from '../messages.js';
import { contrastRatio } from '../theme/contrastRatio.js';
import { palette } from '../theme/palette.js';
import type { ChartOptions, ChartSpec } from './ChartSpec.js';
import { exprString, finishChart, widthOf, wrap, type Json } from './common.js';

/**
 * One bar segment of {@link likertChart}: the share of an item's
 * respondents who gave one answer on the scale.
 *
 * @example
 * ```ts
 * const row: LikertChartRow = { item: 'I was treated with respect', level: 'Agree', value: 0.45, respondents: 40 };
 * ```
 */
export interface LikertChartRow {
  /** The bar's label: a statement, or a group of respondents to one statement. */
  item: string;
  /** The answer, one of the options' `levels` (rows with other answers, e.g. Don't know, are listed in the table but not drawn). */
  level: string;
  /** Share of the item's respondents (0–1), or `null` where withheld. */
  value: number | null;
  /** Respondents to the item, or `null` where withheld. */
  respondents: number | null;
}

/**
 * Options of {@link likertChart}.
 *
 * @example
 * ```ts
 * const options: LikertChartOptions = { levels: ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'],
 *   neutral: 'Neither agree nor disagree', positive: 2, source: 'Lived experience survey 2024' };
 * ```
 */
export interface LikertChartOptions extends ChartOptions {
  /** The scale, most positive first. */
  levels: string[];
  /** The neutral level, drawn across the centre line. __Default value:__ the middle level when there is an odd number, else none. */
  neutral?: string | null;
  /** How many of the first levels are positive. __Default value:__ half the levels, rounded down. */
  positive?: number;
  /** Label of an item whose results are withheld. __Default value:__ `'Suppressed (small numbers)'`. */
  withheldLabel?: string;
  /** Extra notes drawn under the chart (e.g. the minimum-respondent rule). */
  notes?: string[];
  /** What the bars are, for the alt text: `'statement'` or `'group'`. __Default value:__ `'item'`. */
  itemNoun?: string;
  /** Whether the data are synthetic demonstration data. __Default value:__ `false`. */
  synthetic?: boolean;
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** Colours of the scale: positive levels blue (strongest darkest), neutral grey, negative orange (strongest darkest). */
function levelColours(levels: string[], positive: number, neutral: string | null): string[] {
  const negatives = levels.slice(positive).filter((l) => l !== neutral);
  const { positive: pos, negative: neg, neutral: grey } = palette.likert;
  const offset = Math.max(0, neg.length - negatives.length);
  return levels.map((l, i) => (l === neutral ? grey : i < positive ? pos[Math.min(i, pos.length - 1)] : neg[Math.min(offset + negatives.indexOf(l), neg.length - 1)]));
}

/**
 * Diverging stacked bars for Likert items: one bar per statement (or per
 * group answering one statement), positive answers to the right of a centre
 * line and negative answers to the left, the neutral answer split across
 * the line; each segment labelled with its percentage where there is room.
 * The chart draws shares already computed and controlled (report
 * `surveyResults`); an item withheld by the minimum-respondent rule has no
 * bar and says so. Answers off the scale (Don't know) are in the data table,
 * not drawn, so a bar can be shorter than 100%.
 *
 * @example
 * ```ts
 * const chart = likertChart(rows, { levels: ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'] });
 * chart.csv.split('\r\n')[0]; // 'item,level,percent,respondents'
 * ```
 */
export function likertChart(rows: readonly LikertChartRow[], options: LikertChartOptions): ChartSpec {
  if (rows.length === 0) throw new Error(messages.noRows('likertChart'));
  const levels = options.levels;
  const neutral = options.neutral === undefined ? (levels.length % 2 === 1 ? levels[(levels.length - 1) / 2] : null) : options.neutral;
  const positive = options.positive ?? Math.floor(levels.length / 2);
  const negativeLevels = levels.slice(positive).filter((l) => l !== neutral);
  const colours = levelColours(levels, positive, neutral);
  const width = widthOf(options);
  const labelWidth = Math.min(200, Math.round(width * 0.36));
  const plotWidth = Math.max(160, width - labelWidth);
  const items = [...new Set(rows.map((r) => r.item))];
  const byItem = new Map(items.map((item) => [item, rows.filter((r) => r.item === item)]));
  const share = (item: string, level: string) => byItem.get(item)!.find((r) => r.level === level)?.value ?? 0;
  const withheld = (item: string) => byItem.get(item)!.every((r) => r.value === null);
  const respondentsOf = (item: string) => byItem.get(item)!.find((r) => r.respondents !== null)?.respondents ?? null;

  // segments: the neutral across the centre, positives outward to the right (mildest first), negatives outward to the left
  const segments: Json[] = [];
  for (const item of items) {
    if (withheld(item)) continue;
    const half = neutral ? share(item, neutral) / 2 : 0;
    let right = half;
    for (const level of levels.slice(0, positive).reverse()) {
      const v = share(item, level);
      segments.push({ item, level, start: right, end: right + v, value: v });
      right += v;
    }
    let left = -half;
    for (const level of negativeLevels) {
      const v = share(item, level);
      segments.push({ item, level, start: left - v, end: left, value: v });
      left -= v;
    }
    if (neutral) segments.push({ item, level: neutral, start: -half, end: half, value: 2 * half });
  }
  // each side of the centre line as long as its longest bar needs (to the next 20%)
  const toFifth = (v: number) => Math.min(1, Math.max(0.2, Math.ceil(v * 5 - 1e-9) / 5));
  const leftEdge = toFifth(Math.max(0, ...segments.map((s) => -(s.start as number))));
  const rightEdge = toFifth(Math.max(0, ...segments.map((s) => s.end as number)));
  const pxPerShare = plotWidth / (leftEdge + rightEdge);
  for (const s of segments) {
    const fill = colours[levels.indexOf(s.level as string)];
    // a percentage inside its segment only where it fits (about 30 px for "100%" at 11 px)
    s.label = (s.value as number) * pxPerShare >= 30 ? pct(s.value as number) : '';
    s.labelColour = contrastRatio('#FFFFFF', fill) > contrastRatio(palette.text, fill) ? '#FFFFFF' : palette.text;
    s.mid = ((s.start as number) + (s.end as number)) / 2;
  }
  // long statements wrap onto two or three lines of about 28 characters
  const lines = (item: string) => wrap(item, Math.max(16, Math.floor((labelWidth - 10) / 6.2)));
  const labelExpr = items.reduceRight(
    (rest, item) => (lines(item).length > 1 ? `datum.value === ${exprString(item)} ? [${lines(item).map(exprString).join(', ')}] : ${rest}` : rest),
    'datum.value',
  );
  const ticks: number[] = [];
  const step = leftEdge + rightEdge > 1.2 ? 0.2 : 0.1;
  for (let t = -leftEdge; t <= rightEdge + 1e-9; t += step) ticks.push(Math.round(t * 10) / 10);
  const rowHeight = Math.max(30, 14 * Math.max(...items.map((i) => Math.min(3, lines(i).length))) + 8);
  const y = { field: 'item', type: 'nominal', sort: items, title: null, axis: { labelLimit: labelWidth, labelExpr, labelLineHeight: 13 } };
  const x = {
    field: 'start', type: 'quantitative', scale: { domain: [-leftEdge, rightEdge] },
    axis: { values: ticks, labelExpr: "format(abs(datum.value), '.0%')" },
    title: `← ${[...negativeLevels].join(' or ') || 'negative'}   |   ${levels.slice(0, positive).join(' or ')} →`,
  };
  const layers: Json[] = [
    {
      data: { values: segments },
      mark: { type: 'bar', stroke: palette.outline, strokeWidth: 0.5, height: { band: 0.7 } },
      encoding: {
        y, x, x2: { field: 'end' },
        color: { field: 'level', type: 'nominal', scale: { domain: levels, range: colours }, sort: levels, legend: { title: null, orient: 'bottom', direction: 'horizontal', columns: Math.min(levels.length, 3), labelLimit: 200 } },
        tooltip: [{ field: 'item', type: 'nominal' }, { field: 'level', type: 'nominal' }, { field: 'value', type: 'quantitative', format: '.0%', title: 'Share' }],
      },
    },
    { data: { values: [{ at: 0 }] }, mark: { type: 'rule', color: palette.text, strokeWidth: 1 }, encoding: { x: { field: 'at', type: 'quantitative' } } },
    {
      data: { values: segments },
      mark: { type: 'text', fontSize: 11, baseline: 'middle', align: 'center' },
      encoding: { y, x: { field: 'mid', type: 'quantitative' }, text: { field: 'label', type: 'nominal' }, color: { field: 'labelColour', type: 'nominal', scale: null } },
    },
  ];
  const hidden = items.filter(withheld);
  if (hidden.length) {
    layers.push({
      data: { values: hidden.map((item) => ({ item, at: 0 })) },
      mark: { type: 'text', align: 'left', dx: 5, fontSize: 11, color: palette.text },
      encoding: { y, x: { field: 'at', type: 'quantitative' }, text: { value: options.withheldLabel ?? messages.suppressedLabel } },
    });
  }

  const noun = options.itemNoun ?? 'item';
  const positiveLabel = levels.slice(0, positive).join(' or ');
  const negativeLabel = negativeLevels.join(' or ');
  const totals = items.filter((i) => !withheld(i)).map((item) => ({
    item,
    pos: levels.slice(0, positive).reduce((t, l) => t + share(item, l), 0),
    neg: negativeLevels.reduce((t, l) => t + share(item, l), 0),
    neu: neutral ? share(item, neutral) : 0,
    n: respondentsOf(item),
  }));
  const sentences = [
    `Diverging bar chart of ${items.length} ${noun}${items.length === 1 ? '' : 's'}, ${levels[0]} to ${levels[levels.length - 1]}: positive answers right of the centre line, negative left.`,
  ];
  // said early, so the short alt text keeps it
  if (options.synthetic) sentences.push('Synthetic demonstration data.');
  if (totals.length) {
    const top = [...totals].sort((a, b) => b.pos - a.pos)[0];
    const low = [...totals].sort((a, b) => a.pos - b.pos)[0];
    sentences.push(`Most positive: ${top.item}, ${pct(top.pos)} ${positiveLabel}.`);
    if (pct(low.pos) !== pct(top.pos)) sentences.push(`Least positive: ${low.item}, ${pct(low.pos)}.`);
  }
  if (hidden.length) sentences.push(`${hidden.length} ${noun}${hidden.length === 1 ? ' is' : 's are'} not shown (too few respondents).`);
  sentences.push(
    ...totals.map((t) => `${t.item}: ${pct(t.pos)} ${positiveLabel}${neutral ? `, ${pct(t.neu)} ${neutral}` : ''}, ${pct(t.neg)} ${negativeLabel}${t.n !== null ? ` (${t.n} respondents)` : ''}.`),
    ...hidden.map((item) => `${item}: not shown.`),
  );
  const columns = ['item', 'level', 'percent', 'respondents'];
  const dataTable = rows.map((r) => ({
    item: r.item,
    level: r.level,
    percent: r.value === null ? messages.suppressedCell : Math.round(r.value * 1000) / 10,
    respondents: r.respondents === null ? messages.suppressedCell : r.respondents,
  }));
  return finishChart({
    kind: 'likert',
    title: options.title ?? 'Answers on the scale, by item',
    subtitle: options.subtitle,
    width,
    main: { width: plotWidth, height: options.height ?? items.length * rowHeight, layer: layers },
    notes: [...(options.synthetic ? [messages.syntheticLabel] : []), ...(options.notes ?? []), ...(options.source ? [messages.sourceNote(options.source)] : [])],
    sentences,
    columns,
    dataTable,
  });
}
