import { parseStatus } from '@cjsnsa/core';
import { messages } from '../messages.js';
import { palette } from '../theme/palette.js';
import { toRows } from '../data/toRows.js';
import { withholdSuppressed, isSuppressedRow } from '../data/withholdSuppressed.js';
import { formatValue } from '../data/formatValue.js';
import { describeComparison } from '../alt/describeComparison.js';
import { describeTrend } from '../alt/describeTrend.js';
import type { ResultRow, ResultsInput } from '../data/ResultRow.js';
import type { ChartOptions, ChartSpec } from './ChartSpec.js';
import {
  comparisonScale, distinct, finishChart, periodsWith, plainName, sortPeriodLabels, standardNotes, tidy, widthOf, type Json,
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
  /**
   * The confidence level of the rows' `lower` and `upper`, named in the chart's notes and description
   * (the caller gives rows holding that interval, e.g. `lower_998` and `upper_998` as `lower` and `upper`).
   * __Default value:__ `'95%'`.
   */
  level?: '95%' | '99.8%';
  /** Area code (GSS) whose series is drawn. Required. */
  area: string;
  /** Indicator id. __Default value:__ the only indicator in the results (an error if there are several). */
  indicator?: string;
  /** Draw the comparator group's line when `group_value` is present. __Default value:__ `true`. */
  showGroup?: boolean;
  /**
   * For a count: the results of the matching rate (e.g. cases commenced per 10,000
   * population aged 16–70), drawn in a second panel under the count with Scotland and
   * the comparator group. __Default value:__ none; a count is then shown beside
   * Scotland's as an index (first period with both = 100).
   */
  rate?: ResultsInput;
}

const CAVEAT_LABELS: Record<string, string> = {
  'pandemic-caveat': 'Pandemic',
  'break-in-series': 'Break in series',
};

/** Panels of one chart share no scale or legend: each has its own series and axis. */
const INDEPENDENT = {
  scale: { y: 'independent', color: 'independent', fill: 'independent', stroke: 'independent', strokeDash: 'independent', shape: 'independent' },
  legend: { color: 'independent', fill: 'independent', stroke: 'independent', strokeDash: 'independent', shape: 'independent' },
};

/** One series ready to draw: rows in period order, keyed by period. */
interface Series {
  periods: string[];
  ordered: ResultRow[];
}

function seriesOf(rows: ResultRow[], periods: string[]): Series {
  const byPeriod = new Map(rows.map((r) => [r.period as string, r]));
  return { periods, ordered: periods.map((p) => byPeriod.get(p) ?? ({ period: p, value: null } as ResultRow)) };
}

/**
 * y scale of a panel: from zero, unless every value drawn is well above zero, in which
 * case the axis starts near the data and says so in its title and in a note
 * (Analysis Function guidance: a line chart need not start at zero, but mark it).
 */
function yScale(values: (number | null | undefined)[], forceZero: boolean): { zero: boolean; marked: boolean } {
  const v = values.filter((x): x is number => x != null && Number.isFinite(x));
  if (forceZero || v.length === 0) return { zero: true, marked: false };
  const lo = Math.min(...v);
  const hi = Math.max(...v);
  // At or below a third of the highest value, zero is within reach: start there.
  return lo > 0 && lo > hi / 3 ? { zero: false, marked: true } : { zero: true, marked: false };
}

interface PanelArgs {
  name: string;
  series: Series;
  x: Json;
  width: number;
  height: number;
  areaName: string;
  yTitle: string;
  /** Draw Scotland (and the group) on this panel's axis. */
  benchmarks: boolean;
  showGroup: boolean;
  groupName: string;
  /** Start the axis at zero whatever the values (counts). */
  forceZero: boolean;
  /** Label pandemic and break periods at the top of this panel. */
  caveatLabels: boolean;
  title?: string;
}

/**
 * One panel of a trend chart: caveat shading, the 95% band, the area's line (with
 * Scotland and the group when `benchmarks`), points shaped by the comparison with
 * Scotland (plain, with no legend, when no point was compared), suppressed periods
 * marked. All-null series draw "No published values" and no numeric axis.
 */
function trendPanel(a: PanelArgs): { panel: Json; datasets: Record<string, unknown[]>; marked: boolean; empty: boolean } {
  const { ordered, periods } = a.series;
  const measure = ordered.find((r) => r.measure)?.measure ?? null;
  const step = a.width / Math.max(1, periods.length);
  const points = ordered.map((r) => {
    const codes = parseStatus(r.status ?? null);
    return {
      period: r.period,
      value: r.value ?? null,
      lower: r.lower ?? null,
      upper: r.upper ?? null,
      comparison: r.comparison_scotland ?? 'Not compared',
      suppressed: isSuppressedRow(r),
      caveat: codes.map((c) => CAVEAT_LABELS[c]).find(Boolean) ?? null,
      label: formatValue(r.value, measure, isSuppressedRow(r)),
    };
  });
  const lines = ordered.flatMap((r) => {
    const out = [{ period: r.period, series: a.areaName, value: r.value ?? null }];
    if (a.benchmarks) out.push({ period: r.period, series: 'Scotland', value: r.scotland_value ?? null });
    if (a.benchmarks && a.showGroup) out.push({ period: r.period, series: a.groupName, value: r.group_value ?? null });
    return out;
  });
  const pointsName = `${a.name}_points`;
  const linesName = `${a.name}_lines`;
  const datasets = { [pointsName]: points, [linesName]: lines };
  const drawn = lines.map((l) => l.value).concat(points.flatMap((p) => [p.lower, p.upper]));
  const empty = !drawn.some((v) => v != null);
  const panelHeight = empty ? Math.min(a.height, 120) : a.height;
  // the shading only when a period has a caveat: an empty mark container is an unnamed graphic to a screen reader
  const hasCaveat = points.some((p) => p.caveat != null);
  const caveatShading: Json = {
    data: { name: pointsName },
    transform: [{ filter: 'datum.caveat != null' }],
    // a bar, not a wide rule: a rule's stroke would widen the panel's bounds and push its title away
    mark: { type: 'bar', color: palette.caveat, width: Math.round(step * 0.8) },
    encoding: { x: a.x, y: { value: 0 }, y2: { value: panelHeight } },
  };
  const caveatText: Json = {
    data: { name: pointsName },
    transform: [{ filter: 'datum.caveat != null' }],
    mark: { type: 'text', baseline: 'top', dy: 2, fontSize: 11, color: palette.mutedText },
    encoding: { x: a.x, y: { value: 0 }, text: { field: 'caveat', type: 'nominal' } },
  };
  const titled = (panel: Json): Json => (a.title ? { title: { text: a.title, fontSize: 12, fontWeight: 'bold', anchor: 'start', offset: 6 }, ...panel } : panel);

  if (empty) {
    // nothing published: a message, and no numeric axis drawn from an empty domain
    return {
      panel: titled({
        width: a.width,
        height: panelHeight,
        layer: [
          ...(hasCaveat ? [caveatShading] : []),
          {
            data: { values: [{ text: messages.noPublishedValues }] },
            mark: { type: 'text', fontSize: 13, color: palette.text },
            encoding: { x: { value: a.width / 2 }, y: { value: panelHeight / 2 }, text: { field: 'text', type: 'nominal' } },
          },
          {
            data: { name: pointsName },
            mark: { type: 'tick', opacity: 0 },
            encoding: { x: a.x },
          },
        ],
      }),
      datasets,
      marked: false,
      empty: true,
    };
  }

  const scale = yScale(drawn, a.forceZero);
  const yTitle = scale.marked ? messages.axisNotFromZeroTitle(a.yTitle) : a.yTitle;
  const y = (field: string): Json => ({ field, type: 'quantitative', title: yTitle, scale: { zero: scale.zero } });
  const compared = points.some((p) => p.value != null && p.comparison !== 'Not compared');
  const cmp = comparisonScale(points.filter((p) => p.value != null).map((p) => p.comparison));
  const seriesDomain = distinct(lines.map((l) => l.series));
  const allDomain = [a.areaName, 'Scotland', a.groupName];
  const strokeRange = [palette.area, palette.scotland, palette.group];
  const dashRange = [[1, 0], [6, 3], [2, 2]];
  const pick = <T,>(range: T[]) => seriesDomain.map((s) => range[allDomain.indexOf(s)]);
  const tooltip = [
    { field: 'period', type: 'ordinal', title: 'Period' },
    { field: 'label', type: 'nominal', title: 'Value' },
    { field: 'comparison', type: 'nominal', title: 'Compared with Scotland' },
  ];

  const layers: Json[] = hasCaveat ? [caveatShading] : [];
  if (a.caveatLabels && hasCaveat) layers.push(caveatText);
  layers.push(
    {
      data: { name: pointsName },
      mark: { type: 'area', color: palette.band, opacity: 0.8 },
      encoding: { x: a.x, y: y('lower'), y2: { field: 'upper' } },
    },
    {
      data: { name: linesName },
      mark: { type: 'line', strokeWidth: 2 },
      encoding: {
        x: a.x,
        y: y('value'),
        stroke: {
          field: 'series',
          type: 'nominal',
          title: null,
          scale: { domain: seriesDomain, range: pick(strokeRange) },
          // one series needs no key: the panel's title names it
          // legends stacked in columns side by side, so they fit under the plot rather than widen the chart
          legend: seriesDomain.length > 1 ? { symbolType: 'stroke', symbolStrokeWidth: 2, direction: 'vertical', columns: 1, labelLimit: 260 } : null,
        },
        strokeDash: { field: 'series', type: 'nominal', title: null, scale: { domain: seriesDomain, range: pick(dashRange) }, ...(seriesDomain.length > 1 ? {} : { legend: null }) },
      },
    },
    compared
      ? {
        data: { name: pointsName },
        transform: [{ filter: 'isValid(datum.value)' }],
        mark: { type: 'point', filled: true, size: 70, stroke: palette.outline, strokeWidth: 1, opacity: 1 },
        encoding: {
          x: a.x,
          y: y('value'),
          fill: { field: 'comparison', type: 'nominal', title: 'Compared with Scotland', scale: cmp.color, legend: { direction: 'vertical', columns: 1 } },
          shape: { field: 'comparison', type: 'nominal', title: 'Compared with Scotland', scale: cmp.shape, legend: { direction: 'vertical', columns: 1 } },
          tooltip,
        },
      }
      : {
        // no point was compared with Scotland: plain points, no legend that says nothing
        data: { name: pointsName },
        transform: [{ filter: 'isValid(datum.value)' }],
        mark: { type: 'point', filled: true, size: 50, shape: 'circle', color: palette.area, stroke: palette.outline, strokeWidth: 1, opacity: 1 },
        encoding: { x: a.x, y: y('value'), tooltip: tooltip.slice(0, 2) },
      },
    {
      data: { name: pointsName },
      transform: [{ filter: 'datum.suppressed' }],
      mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 11, color: palette.text },
      encoding: { x: a.x, y: { value: a.height }, text: { value: 'Suppressed' } },
    },
  );
  return { panel: titled({ width: a.width, height: a.height, layer: layers }), datasets, marked: scale.marked, empty: false };
}

/**
 * Trend chart (ScotPHO/Fingertips style): the area's value over the periods with its
 * 95% interval as a band, Scotland and the comparator group as lines, points filled
 * and shaped by the comparison with Scotland, pandemic and break-in-series periods
 * shaded and labelled, suppressed periods left as a gap marked "Suppressed". The
 * subtitle states the framework's recent-trend result and its periods.
 *
 * A **count** is drawn on its own scale from zero (Scotland's count, many times larger,
 * would flatten it on the floor), with a second panel beneath: the matching rate with
 * Scotland when `rate` is given, otherwise the area and Scotland indexed to the first
 * period with both (= 100). Points carry no comparison legend when nothing was compared.
 * A rate or percentage axis that does not start at zero says so in its title and notes.
 * A series with no published value draws "No published values" and no axis.
 *
 * Reads `value`, `lower`, `upper`, `scotland_value`, `group_value`, `comparison_scotland`,
 * `trend`, `trend_direction`, `status` from the results; computes nothing but the index
 * (a rescaling of published values for display).
 *
 * @param results results table (arquero table or rows) with the contract's fields
 * @param options area (required), indicator, rate, title, subtitle, source, width, height
 * @throws Error `messages.noRows('trendChart')` when nothing matches.
 * @example
 * ```ts
 * const chart = trendChart(results, { area: 'S12000039', indicator: 'NI4' });
 * chart.altText;
 * // 'Line chart of CPO successful completion (%) for West Dunbartonshire, 2017-18 to 2023-24, ...'
 * chart.spec.title; // { text: '…: West Dunbartonshire', subtitle: ['%, 2017-18 to 2023-24', 'Trend: No significant change (2019-20 to 2023-24)'] }
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
  const { ordered } = seriesOf(rows, periods);
  const first = ordered[0];
  const areaName = first.area_name ?? options.area;
  const measure = first.measure ?? null;
  const isCount = measure === 'count';
  const unit = first.unit ?? '';
  const fullName = first.indicator_name ?? first.indicator ?? 'Indicator';
  const indicatorName = plainName(fullName);
  const groupName = distinct(ordered.map((r) => r.group_name))[0] ?? 'Comparator group';
  const showGroup = options.showGroup !== false && ordered.some((r) => r.group_value != null);
  const width = widthOf(options);
  // quarters ('2023-24 Q3') are labelled on two lines, year over quarter, so that a dozen of them do not overlap
  const quarterly = periods.length > 0 && periods.every((p) => /^\d{4}-\d{2} Q[1-4]$/.test(p));
  const x = { field: 'period', type: 'ordinal', sort: periods, title: null, axis: { labelAngle: 0, ...(quarterly ? { labelExpr: "split(datum.label, ' ')" } : {}) } };

  // Rate companion of a count: the same area's rows of the rate indicator.
  const rateRows = options.rate
    ? withholdSuppressed(toRows<ResultRow>(options.rate as ResultRow[])).filter((r) => r.area === options.area && periods.includes(r.period as string))
    : [];
  const rateName = rateRows.length ? plainName(rateRows[0].indicator_name ?? rateRows[0].indicator) : '';

  const panels: Json[] = [];
  let datasets: Record<string, unknown[]> = {};
  let marked = false;
  const main = trendPanel({
    name: 'main',
    series: { periods, ordered },
    x,
    width,
    height: options.height ?? (isCount ? 200 : 240),
    areaName,
    yTitle: isCount ? 'Number' : unit || indicatorName,
    benchmarks: !isCount,
    showGroup,
    groupName,
    forceZero: isCount,
    caveatLabels: true,
    title: isCount ? (quarterly ? 'Number each quarter' : 'Number each year') : undefined,
  });
  panels.push(main.panel);
  datasets = { ...datasets, ...main.datasets };
  marked ||= main.marked;

  // The index of a count against Scotland's (first period where both are published = 100).
  const indexBase = isCount ? ordered.find((r) => r.value != null && r.value > 0 && r.scotland_value != null && r.scotland_value > 0) : undefined;
  let indexLatest: { area: number | null; scotland: number | null; period: string } | null = null;
  if (isCount && rateRows.length) {
    const rate = trendPanel({
      name: 'rate',
      series: seriesOf(rateRows, periods),
      x,
      width,
      height: 160,
      areaName,
      yTitle: rateRows[0].unit ?? rateName,
      benchmarks: true,
      showGroup: options.showGroup !== false && rateRows.some((r) => r.group_value != null),
      groupName: distinct(rateRows.map((r) => r.group_name))[0] ?? groupName,
      forceZero: false,
      caveatLabels: true,
      title: rateName,
    });
    panels.push(rate.panel);
    datasets = { ...datasets, ...rate.datasets };
    marked ||= rate.marked;
  } else if (isCount && indexBase) {
    const b = indexBase.value as number;
    const s = indexBase.scotland_value as number;
    const round = (v: number) => Math.round(v * 10) / 10;
    const indexRows = ordered.flatMap((r) => [
      { period: r.period, series: areaName, index: r.value != null ? round((r.value / b) * 100) : null },
      { period: r.period, series: 'Scotland', index: r.scotland_value != null ? round((r.scotland_value / s) * 100) : null },
    ]);
    const lastArea = [...indexRows].reverse().find((r) => r.series === areaName && r.index != null);
    if (lastArea) indexLatest = { area: lastArea.index, scotland: indexRows.find((r) => r.series === 'Scotland' && r.period === lastArea.period)?.index ?? null, period: lastArea.period as string };
    const domain = [areaName, 'Scotland'];
    panels.push({
      title: { text: `Change since ${indexBase.period} (index, ${indexBase.period} = 100)`, fontSize: 12, fontWeight: 'bold', anchor: 'start', offset: 6 },
      width,
      height: 140,
      layer: [
        { data: { values: [{ base: 100 }] }, mark: { type: 'rule', color: palette.mutedText, strokeWidth: 1 }, encoding: { y: { field: 'base', type: 'quantitative' } } },
        {
          data: { name: 'index' },
          mark: { type: 'line', strokeWidth: 2, point: { filled: true, size: 30 } },
          encoding: {
            x,
            y: { field: 'index', type: 'quantitative', title: 'Index', scale: { zero: false } },
            color: { field: 'series', type: 'nominal', title: null, scale: { domain, range: [palette.area, palette.scotland] }, legend: { symbolType: 'stroke', symbolStrokeWidth: 2 } },
            strokeDash: { field: 'series', type: 'nominal', title: null, scale: { domain, range: [[1, 0], [6, 3]] } },
            tooltip: [{ field: 'period', type: 'ordinal', title: 'Period' }, { field: 'series', type: 'nominal', title: 'Series' }, { field: 'index', type: 'quantitative', title: 'Index' }],
          },
        },
      ],
    });
    datasets.index = indexRows;
  }

  const suppressedPeriods = ordered.filter((r) => isSuppressedRow(r)).map((r) => r.period as string);
  const pandemic = periodsWith(ordered, 'pandemic-caveat');
  const breaks = periodsWith(ordered, 'break-in-series');
  const extra: string[] = [];
  if (main.empty) extra.push(messages.noPublishedValuesNote(`${areaName}, ${periods[0]} to ${periods[periods.length - 1]}`));
  else extra.push(messages.intervalNote('Shaded band', options.level ?? '95%'));
  if (isCount && !main.empty && ordered.some((r) => r.scotland_value != null)) extra.push(messages.countOwnScale(areaName));
  if (isCount && rateRows.length) extra.push(messages.rateNote(rateName));
  else if (isCount && indexBase) extra.push(messages.indexNote(areaName, indexBase.period as string));
  if (marked) extra.push(messages.axisNotFromZero);
  if (pandemic.length) extra.push(messages.pandemicNote(pandemic));
  if (breaks.length) extra.push(messages.breakNote(breaks));
  const rateBreaks = periodsWith(rateRows, 'break-in-series').filter((p) => !breaks.includes(p));
  if (rateBreaks.length) extra.push(`Lower panel: ${lowerFirst(messages.breakNote(rateBreaks))}`);
  if (suppressedPeriods.length) extra.push(`${messages.suppressedLabel}: ${suppressedPeriods.join(', ')}.`);
  const trendRow = [...ordered].reverse().find((r) => r.trend != null);
  if (trendRow?.trend === 'Cannot be calculated' && trendRow.trend_reason) extra.push(`No trend measured: ${trendRow.trend_reason}`);
  const notes = standardNotes([...ordered, ...rateRows], options, extra);

  // The recent-trend result, as the framework found it (a count's direction is not judged: it is a volume).
  const trendText = describeTrend(trendRow, periods, !isCount);

  // Description, most important first: the alt text is its leading sentences under 300 characters.
  const last = ordered[ordered.length - 1];
  const latestPublished = [...ordered].reverse().find((r) => r.value != null);
  const sentences: string[] = [];
  sentences.push(
    isCount
      ? `Line chart of the number of ${lowerFirst(indicatorName)} in ${areaName}, ${periods[0]} to ${periods[periods.length - 1]}.`
      : `Line chart of ${indicatorName} for ${areaName}, ${periods[0]} to ${periods[periods.length - 1]}${ordered.some((r) => r.scotland_value != null) ? ', with Scotland' : ''}.`,
  );
  const cmpText = (r: ResultRow) => (isCount ? '' : `, ${describeComparison(r.comparison_scotland, 'Scotland', r.scotland_value, measure)}`);
  if (last.value != null) {
    sentences.push(`${last.period}: ${formatValue(last.value, measure)}${cmpText(last)}.`);
  } else {
    sentences.push(`${last.period}: ${isSuppressedRow(last) ? 'suppressed (small numbers)' : 'not available'}.`);
    if (latestPublished) sentences.push(`Latest published, ${latestPublished.period}: ${formatValue(latestPublished.value, measure)}${cmpText(latestPublished)}.`);
  }
  if (trendText) sentences.push(`Trend: ${lowerFirst(trendText)}.`);
  const latestRate = [...rateRows].sort((a, b) => String(a.period).localeCompare(String(b.period), 'en', { numeric: true })).reverse().find((r) => r.value != null);
  if (latestRate) {
    sentences.push(`${rateName}: ${formatValue(latestRate.value, latestRate.measure)} in ${latestRate.period}, ${describeComparison(latestRate.comparison_scotland, 'Scotland', latestRate.scotland_value, latestRate.measure)}.`);
  } else if (indexLatest && indexBase) {
    sentences.push(`Indexed to ${indexBase.period} = 100, ${indexLatest.period}: ${areaName} ${indexLatest.area}, Scotland ${indexLatest.scotland ?? 'not available'}.`);
  }
  if (notes.includes(messages.syntheticLabel)) sentences.push('Synthetic demonstration data.');
  if (last.value != null && last.lower != null && last.upper != null) {
    sentences.push(`The ${last.period} value has a ${options.level ?? '95%'} confidence interval of ${formatValue(last.lower, measure)} to ${formatValue(last.upper, measure)}.`);
  }
  if (suppressedPeriods.length) sentences.push(`Values for ${suppressedPeriods.join(', ')} are suppressed to protect small numbers.`);
  if (pandemic.length) sentences.push(`${pandemic.join(' and ')} fall in the COVID-19 pandemic and should be compared with caution.`);
  if (breaks.length) sentences.push(`There is a break in the series at ${breaks.join(', ')}.`);
  if (notes.includes(messages.provisionalLabel)) sentences.push('This is a provisional indicator.');

  const columns = ['period', 'area_name', 'value', 'lower', 'upper', 'scotland_value', ...(showGroup ? ['group_name', 'group_value'] : []), 'comparison_scotland', 'status'];
  const rateColumns = rateRows.length ? ['rate', 'rate_lower', 'rate_upper', 'rate_scotland', 'rate_comparison_scotland'] : [];
  const rateByPeriod = new Map(rateRows.map((r) => [r.period as string, r]));
  const dataTable = ordered.map((r) => {
    const w = isSuppressedRow(r);
    const q = rateByPeriod.get(r.period as string);
    const qw = q ? isSuppressedRow(q) : false;
    return {
      period: r.period ?? null,
      area_name: areaName,
      value: w ? messages.suppressedCell : tidy(r.value),
      lower: w ? messages.suppressedCell : tidy(r.lower),
      upper: w ? messages.suppressedCell : tidy(r.upper),
      scotland_value: tidy(r.scotland_value),
      group_name: r.group_name ?? null,
      group_value: tidy(r.group_value),
      comparison_scotland: r.comparison_scotland ?? null,
      status: r.status ?? null,
      ...(rateRows.length
        ? {
          rate: qw ? messages.suppressedCell : tidy(q?.value),
          rate_lower: qw ? messages.suppressedCell : tidy(q?.lower),
          rate_upper: qw ? messages.suppressedCell : tidy(q?.upper),
          rate_scotland: tidy(q?.scotland_value),
          rate_comparison_scotland: q?.comparison_scotland ?? null,
        }
        : {}),
    };
  });

  const subtitle = [`${unit && !isCount ? `${unit}, ` : ''}${periods[0]} to ${periods[periods.length - 1]}`];
  if (trendText) subtitle.push(trendRow?.trend === 'Cannot be calculated' ? trendText : messages.trendSubtitle(trendText));
  return finishChart({
    kind: 'trend',
    title: options.title ?? `${fullName}: ${areaName}`,
    subtitle: options.subtitle ?? subtitle,
    width,
    main: panels.length === 1 ? panels[0] : { vconcat: panels, spacing: 18, resolve: INDEPENDENT },
    datasets,
    notes,
    sentences,
    columns: [...columns, ...rateColumns],
    dataTable,
  });
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}
