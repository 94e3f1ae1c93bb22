import { messages } from '../messages.js';
import { palette } from '../theme/palette.js';
import type { ChartOptions, ChartSpec } from './ChartSpec.js';
import { finishChart, widthOf, type Json } from './common.js';

/**
 * One bar of {@link choiceChart}: the share of respondents choosing an
 * option, with its confidence interval.
 *
 * @example
 * ```ts
 * const row: ChoiceChartRow = { option: 'Social work', value: 0.35, lower: 0.25, upper: 0.46, count: 28, respondents: 80 };
 * ```
 */
export interface ChoiceChartRow {
  /** The option (or group) the bar is for. */
  option: string;
  /** Share of respondents (0–1), or `null` where withheld. */
  value: number | null;
  lower: number | null;
  upper: number | null;
  count: number | null;
  respondents: number | null;
}

/**
 * Options of {@link choiceChart}.
 *
 * @example
 * ```ts
 * const options: ChoiceChartOptions = { title: 'How did you first hear about the service?', multiSelect: false, confidence: '95%' };
 * ```
 */
export interface ChoiceChartOptions extends ChartOptions {
  /** Whether respondents could choose several options (the shares then add up to more than 100%). __Default value:__ `false`. */
  multiSelect?: boolean;
  /** The intervals' confidence level in words. __Default value:__ `'95%'`. */
  confidence?: string;
  /** Label of a bar whose result is withheld. __Default value:__ `'Suppressed (small numbers)'`. */
  withheldLabel?: string;
  /** Extra notes drawn under the chart (e.g. the minimum-respondent rule). */
  notes?: string[];
  /** Whether the data are synthetic demonstration data. __Default value:__ `false`. */
  synthetic?: boolean;
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

/**
 * Horizontal bars for a single-choice or multi-select survey question: the
 * share of respondents choosing each option, in the order given, with its
 * confidence interval as a whisker and the percentage at the bar's end. The
 * chart draws results already computed and controlled (report
 * `surveyResults`); a withheld option has no bar and says so.
 *
 * @example
 * ```ts
 * const chart = choiceChart(rows, { title: 'How did you first hear about the service?' });
 * chart.csv.split('\r\n')[0]; // 'option,percent,lower_percent,upper_percent,count,respondents'
 * ```
 */
export function choiceChart(rows: readonly ChoiceChartRow[], options: ChoiceChartOptions = {}): ChartSpec {
  if (rows.length === 0) throw new Error(messages.noRows('choiceChart'));
  const width = widthOf(options);
  const labelWidth = Math.min(180, Math.round(width * 0.35));
  const plotWidth = Math.max(160, width - labelWidth - 10);
  const order = rows.map((r) => r.option);
  const shown = rows.filter((r) => r.value !== null);
  const hidden = rows.filter((r) => r.value === null);
  const top = Math.min(1, Math.max(0.25, ...shown.map((r) => r.upper ?? r.value ?? 0)) * 1.05);
  const domain = [0, Math.ceil(top * 10) / 10];
  const values = rows.map((r) => ({ ...r, label: r.value === null ? (options.withheldLabel ?? messages.suppressedLabel) : pct(r.value), at: r.value === null ? 0 : (r.upper ?? r.value) }));
  const y = { field: 'option', type: 'nominal', sort: order, title: null, axis: { labelLimit: labelWidth - 10 } };
  const level = options.confidence ?? '95%';
  const layers: Json[] = [
    {
      transform: [{ filter: 'isValid(datum.value)' }],
      mark: { type: 'bar', color: palette.likert.positive[1], stroke: palette.outline, strokeWidth: 0.5, height: { band: 0.7 } },
      encoding: {
        y,
        x: { field: 'value', type: 'quantitative', scale: { domain }, axis: { format: '.0%' }, title: `Share of respondents (${level} confidence interval)` },
        tooltip: [{ field: 'option', type: 'nominal' }, { field: 'value', type: 'quantitative', format: '.1%', title: 'Share' }, { field: 'count', type: 'quantitative' }, { field: 'respondents', type: 'quantitative' }],
      },
    },
    {
      transform: [{ filter: 'isValid(datum.lower) && isValid(datum.upper)' }],
      mark: { type: 'rule', color: palette.text, strokeWidth: 1.2 },
      encoding: { y, x: { field: 'lower', type: 'quantitative', scale: { domain } }, x2: { field: 'upper' } },
    },
    {
      mark: { type: 'text', align: 'left', dx: 4, fontSize: 11, color: palette.text },
      encoding: { y, x: { field: 'at', type: 'quantitative', scale: { domain } }, text: { field: 'label', type: 'nominal' } },
    },
  ];
  const respondents = shown.find((r) => r.respondents !== null)?.respondents ?? null;
  const sentences = [
    `Bar chart of the share of respondents choosing each of ${rows.length} options${options.multiSelect ? ' (they could choose more than one, so the shares add up to more than 100%)' : ''}, with ${level} confidence intervals${respondents !== null ? `; ${respondents} respondents` : ''}.`,
  ];
  if (shown.length) {
    const most = [...shown].sort((a, b) => b.value! - a.value!)[0];
    sentences.push(`Most chosen: ${most.option}, ${pct(most.value!)}${most.lower !== null && most.upper !== null ? ` (${pct(most.lower)} to ${pct(most.upper)})` : ''}.`);
  }
  if (hidden.length) sentences.push(`${hidden.length} ${hidden.length === 1 ? 'option is' : 'options are'} not shown (too few respondents).`);
  if (options.synthetic) sentences.push('Synthetic demonstration data.');
  sentences.push(
    ...rows.map((r) =>
      r.value === null ? `${r.option}: not shown.` : `${r.option}: ${pct(r.value)}${r.lower !== null && r.upper !== null ? ` (${pct(r.lower)} to ${pct(r.upper)})` : ''}.`,
    ),
  );
  const tenth = (v: number | null) => (v === null ? messages.suppressedCell : Math.round(v * 1000) / 10);
  const columns = ['option', 'percent', 'lower_percent', 'upper_percent', 'count', 'respondents'];
  const dataTable = rows.map((r) => ({
    option: r.option,
    percent: tenth(r.value),
    lower_percent: tenth(r.value === null ? null : r.lower),
    upper_percent: tenth(r.value === null ? null : r.upper),
    count: r.count ?? messages.suppressedCell,
    respondents: r.respondents ?? messages.suppressedCell,
  }));
  return finishChart({
    kind: 'choice',
    title: options.title ?? 'Share of respondents choosing each option',
    subtitle: options.subtitle,
    width,
    main: { width: plotWidth, height: options.height ?? rows.length * 26, data: { values }, layer: layers },
    notes: [
      ...(options.synthetic ? [messages.syntheticLabel] : []),
      ...(options.multiSelect ? ['Respondents could choose more than one option, so the shares add up to more than 100%.'] : []),
      ...(options.notes ?? []),
      ...(options.source ? [messages.sourceNote(options.source)] : []),
    ],
    sentences,
    columns,
    dataTable,
  });
}
