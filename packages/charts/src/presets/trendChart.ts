import { parseStatus } from '@cjsnsa/core';
import { messages } from '../messages.js';
import { palette } from '../theme/palette.js';
import { toRows } from '../data/toRows.js';
import { withholdSuppressed, isSuppressedRow } from '../data/withholdSuppressed.js';
import { formatValue } from '../data/formatValue.js';
import { describeComparison } from '../alt/describeComparison.js';
import { describeInterval } from '../alt/describeInterval.js';
import type { ResultRow, ResultsInput } from '../data/ResultRow.js';
import type { ChartOptions, ChartSpec } from './ChartSpec.js';
import {
  comparisonScale, distinct, finishChart, periodsWith, sortPeriodLabels, standardNotes, tidy, widthOf, type Json,
} from './common.js';

/**
 * Options of {@link trendChart}.
 *
 * @example
 * ```ts
 * const options: TrendChartOptions = { area: 'S12000039', indicator: 'NI4', title: 'CPO completions' };
 * ```
 */
export interface TrendChartOptions extends ChartOptions {
  /** Area code (GSS) whose series is drawn. Required. */
  area: string;
  /** Indicator id. __Default value:__ the only indicator in the results (an error if there are several). */
  indicator?: string;
  /** Draw the comparator group's line when `group_value` is present. __Default value:__ `true`. */
  showGroup?: boolean;
}

const CAVEAT_LABELS: Record<string, string> = {
  'pandemic-caveat': 'Pandemic',
  'break-in-series': 'Break in series',
};

/**
 * Trend chart (ScotPHO/Fingertips style): the area's value over the periods with its
 * 95% interval as a band, Scotland and the comparator group as lines, points filled
 * and shaped by the comparison with Scotland, pandemic and break-in-series periods
 * shaded and labelled, suppressed periods left as a gap marked "Suppressed".
 * Reads `value`, `lower`, `upper`, `scotland_value`, `group_value`, `comparison_scotland`,
 * `trend`, `trend_direction`, `status` from the results; computes nothing.
 *
 * @param results results table (arquero table or rows) with the contract's fields
 * @param options area (required), indicator, title, subtitle, source, width, height
 * @throws Error `messages.noRows('trendChart')` when nothing matches.
 * @example
 * ```ts
 * const chart = trendChart(results, { area: 'S12000039', indicator: 'NI4' });
 * chart.altText;
 * // 'Line chart of CPO successful completion (%) for West Dunbartonshire, 2017-18 to 2023-24, ...'
 * await toSVG(chart); // '<svg ...'
 * ```
 */
export function trendChart(results: ResultsInput, options: TrendChartOptions): ChartSpec {
  if (!options?.area) throw new Error(messages.missingOption('trendChart', 'area'));
  let rows = withholdSuppressed(toRows<ResultRow>(results as ResultRow[])).filter((r) => r.area === options.area);
  if (options.indicator) rows = rows.filter((r) => r.indicator === options.indicator);
  const indicators = distinct(rows.map((r) => r.indicator));
  if (rows.length === 0) throw new Error(messages.noRows('trendChart'));
  if (indicators.length > 1) throw new Error(messages.missingOption('trendChart', 'indicator'));

  const periods = sortPeriodLabels(distinct(rows.map((r) => r.period)));
  const byPeriod = new Map(rows.map((r) => [r.period as string, r]));
  const ordered = periods.map((p) => byPeriod.get(p) as ResultRow);
  const first = ordered[0];
  const areaName = first.area_name ?? options.area;
  const measure = first.measure ?? null;
  const unit = first.unit ?? '';
  const indicatorName = first.indicator_name ?? first.indicator ?? 'Indicator';
  const groupName = distinct(ordered.map((r) => r.group_name))[0] ?? 'Comparator group';
  const showGroup = options.showGroup !== false && ordered.some((r) => r.group_value != null);
  const width = widthOf(options);
  const height = options.height ?? 240;

  const points = ordered.map((r) => {
    const codes = parseStatus(r.status ?? null);
    const caveat = codes.map((c) => CAVEAT_LABELS[c]).find(Boolean) ?? null;
    return {
      period: r.period,
      value: r.value ?? null,
      lower: r.lower ?? null,
      upper: r.upper ?? null,
      comparison: r.comparison_scotland ?? 'Not compared',
      suppressed: isSuppressedRow(r),
      caveat,
      label: formatValue(r.value, measure, isSuppressedRow(r)),
    };
  });
  const series = ordered.flatMap((r) => {
    const out = [{ period: r.period, series: areaName, value: r.value ?? null }];
    out.push({ period: r.period, series: 'Scotland', value: r.scotland_value ?? null });
    if (showGroup) out.push({ period: r.period, series: groupName, value: r.group_value ?? null });
    return out;
  });
  const seriesDomain = showGroup ? [areaName, 'Scotland', groupName] : [areaName, 'Scotland'];
  const x = { field: 'period', type: 'ordinal', sort: periods, title: 'Period', axis: { labelAngle: 0 } };
  const yTitle = unit || indicatorName;
  const cmp = comparisonScale(points.filter((p) => p.value != null).map((p) => p.comparison));
  const step = width / Math.max(1, periods.length);

  const layers: Json[] = [
    {
      data: { name: 'points' },
      transform: [{ filter: 'datum.caveat != null' }],
      mark: { type: 'rule', color: palette.caveat, strokeWidth: Math.round(step * 0.8) },
      encoding: { x },
    },
    {
      data: { name: 'points' },
      transform: [{ filter: 'datum.caveat != null' }],
      mark: { type: 'text', baseline: 'top', dy: 2, fontSize: 9, color: palette.mutedText },
      encoding: { x, y: { value: 0 }, text: { field: 'caveat', type: 'nominal' } },
    },
    {
      data: { name: 'points' },
      mark: { type: 'area', color: palette.band, opacity: 0.8 },
      encoding: {
        x,
        y: { field: 'lower', type: 'quantitative', title: yTitle, scale: { zero: false } },
        y2: { field: 'upper' },
      },
    },
    {
      data: { name: 'series' },
      mark: { type: 'line', strokeWidth: 2 },
      encoding: {
        x,
        y: { field: 'value', type: 'quantitative', title: yTitle },
        stroke: {
          field: 'series',
          type: 'nominal',
          title: null,
          scale: { domain: seriesDomain, range: [palette.area, palette.scotland, palette.group] },
          legend: { symbolType: 'stroke', symbolStrokeWidth: 2 },
        },
        strokeDash: {
          field: 'series',
          type: 'nominal',
          title: null,
          scale: { domain: seriesDomain, range: [[1, 0], [6, 3], [2, 2]] },
        },
      },
    },
    {
      data: { name: 'points' },
      transform: [{ filter: 'isValid(datum.value)' }],
      mark: { type: 'point', filled: true, size: 70, stroke: palette.outline, strokeWidth: 1, opacity: 1 },
      encoding: {
        x,
        y: { field: 'value', type: 'quantitative', title: yTitle },
        fill: { field: 'comparison', type: 'nominal', title: 'Compared with Scotland', scale: cmp.color },
        shape: { field: 'comparison', type: 'nominal', title: 'Compared with Scotland', scale: cmp.shape },
        tooltip: [
          { field: 'period', type: 'ordinal', title: 'Period' },
          { field: 'label', type: 'nominal', title: 'Value' },
          { field: 'comparison', type: 'nominal', title: 'Compared with Scotland' },
        ],
      },
    },
    {
      data: { name: 'points' },
      transform: [{ filter: 'datum.suppressed' }],
      mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 9, color: palette.text },
      encoding: { x, y: { value: height }, text: { value: 'Suppressed' } },
    },
  ];

  const suppressedPeriods = points.filter((p) => p.suppressed).map((p) => p.period as string);
  const pandemic = periodsWith(ordered, 'pandemic-caveat');
  const breaks = periodsWith(ordered, 'break-in-series');
  const extra: string[] = [messages.intervalNote('Shaded band', '95%')];
  if (pandemic.length) extra.push(messages.pandemicNote(pandemic));
  if (breaks.length) extra.push(messages.breakNote(breaks));
  if (suppressedPeriods.length) extra.push(`${messages.suppressedLabel}: ${suppressedPeriods.join(', ')}.`);
  const notes = standardNotes(ordered, options, extra);

  // Alt text, from the data only.
  const last = ordered[ordered.length - 1];
  const latestPublished = [...ordered].reverse().find((r) => r.value != null);
  const sentences: string[] = [];
  sentences.push(
    `Line chart of ${indicatorName}${unit ? ` (${unit})` : ''} for ${areaName}, ${periods[0]} to ${periods[periods.length - 1]}, with Scotland${showGroup ? ` and ${groupName}` : ''} for comparison.`,
  );
  if (last.value != null) {
    sentences.push(
      `In ${last.period} the value was ${describeInterval(last.value, last.lower, last.upper, measure)}, ${describeComparison(last.comparison_scotland, 'Scotland', last.scotland_value, measure)}.`,
    );
  } else {
    sentences.push(`In ${last.period} the value is ${isSuppressedRow(last) ? 'suppressed (small numbers)' : 'not available'}.`);
    if (latestPublished) {
      sentences.push(
        `The latest published value, for ${latestPublished.period}, was ${describeInterval(latestPublished.value, latestPublished.lower, latestPublished.upper, measure)}, ${describeComparison(latestPublished.comparison_scotland, 'Scotland', latestPublished.scotland_value, measure)}.`,
      );
    }
  }
  const trendRow = [...ordered].reverse().find((r) => r.trend != null);
  if (trendRow?.trend) {
    const dir = trendRow.trend_direction ? `, ${trendRow.trend_direction}` : '';
    sentences.push(`Recent trend: ${trendRow.trend.toLowerCase()}${dir}.`);
  }
  if (suppressedPeriods.length) sentences.push(`Values for ${suppressedPeriods.join(', ')} are suppressed to protect small numbers.`);
  if (pandemic.length) sentences.push(`${pandemic.join(' and ')} fall in the COVID-19 pandemic and should be compared with caution.`);
  if (breaks.length) sentences.push(`There is a break in the series at ${breaks.join(', ')}.`);
  if (notes[0] === messages.syntheticLabel) sentences.push('The figures are synthetic demonstration data.');
  if (notes.includes(messages.provisionalLabel)) sentences.push('This is a provisional indicator.');

  const columns = ['period', 'area_name', 'value', 'lower', 'upper', 'scotland_value', ...(showGroup ? ['group_name', 'group_value'] : []), 'comparison_scotland', 'status'];
  const dataTable = ordered.map((r) => ({
    period: r.period ?? null,
    area_name: areaName,
    value: isSuppressedRow(r) ? messages.suppressedCell : tidy(r.value),
    lower: isSuppressedRow(r) ? messages.suppressedCell : tidy(r.lower),
    upper: isSuppressedRow(r) ? messages.suppressedCell : tidy(r.upper),
    scotland_value: tidy(r.scotland_value),
    group_name: r.group_name ?? null,
    group_value: tidy(r.group_value),
    comparison_scotland: r.comparison_scotland ?? null,
    status: r.status ?? null,
  }));

  return finishChart({
    kind: 'trend',
    title: options.title ?? `${indicatorName}: ${areaName}`,
    subtitle: options.subtitle ?? `${unit ? `${unit}, ` : ''}${periods[0]} to ${periods[periods.length - 1]}`,
    width,
    main: {
      width,
      height,
      layer: layers,
    },
    datasets: { points, series },
    notes,
    altText: sentences.join(' '),
    columns,
    dataTable,
  });
}
