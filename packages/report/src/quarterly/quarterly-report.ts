import { describeSmallCountRule, funnelLimits, hasStatus, isWithheld, type SmallCountRule } from '@cjsnsa/core';
import { FRAMEWORK_VERSION, SCOTLAND, type ResultRow } from '@cjsnsa/framework';
import { funnelChart, trendChart } from '@cjsnsa/charts';
import type { DataIssue } from '@cjsnsa/core';
import { groupWarnings } from '../output/group-warnings.js';
import { formatMeasure } from '../snsa/format.js';
import type { PackChart, PackSection, PackTable, SnsaPack } from '../snsa/pack-model.js';
import { pngReady, rasteriseAsDrawn, renderChart } from '../snsa/render-chart.js';
import { plainSources } from '../snsa/build-snsa-pack.js';
import { quarterBefore, quarterlyLines, type QuarterlyLine } from './quarterly-indicators.js';

/**
 * What {@link buildQuarterlyReport} needs besides the results.
 *
 * @example
 * ```ts
 * const options: QuarterlyReportOptions = { area: { code: 'S12000013', name: 'Na h-Eileanan Siar' }, quarter: '2023-24 Q3', disclosure: DEFAULT_SMALL_COUNT_RULE };
 * ```
 */
export interface QuarterlyReportOptions {
  area: { code: string; name: string };
  /** The latest quarter the report is for, e.g. `2024-25 Q3`. */
  quarter: string;
  /** The small-count rule the results were controlled with (stated in the report). */
  disclosure: SmallCountRule;
  /** Warnings about the data, carried into the report. __Default value:__ none. */
  warnings?: DataIssue[];
  /** ISO date the report is dated. __Default value:__ today. */
  asOf?: string;
  /** How many quarters the trend charts show, to the latest. __Default value:__ `12` (three years: each quarter against the same quarter in two years before). */
  quartersShown?: number;
}

const MULTIPLIER: Record<string, number> = { percentage: 100, rate: 10000 };

const withInterval = (value: number | null, lower: number | null, upper: number | null, measure: string) =>
  value === null ? null : `${formatMeasure(value, measure)}${lower !== null && upper !== null ? ` (${formatMeasure(lower, measure)} to ${formatMeasure(upper, measure)})` : ''}`;

/** A result cell as the report shows it: the value with its 95% interval, or why there is none. */
function cellOf(r: ResultRow | null): string {
  if (!r) return 'no data';
  if (isWithheld(r.status)) return 'suppressed';
  return withInterval(r.value, r.lower, r.upper, r.measure) ?? 'not available';
}

function changeOf(l: QuarterlyLine): string {
  const a = l.latest;
  const b = l.lastYear;
  if (!a || !b || a.value === null || b.value === null || isWithheld(a.status) || isWithheld(b.status)) return '';
  const d = a.value - b.value;
  const size = formatMeasure(Math.abs(d), l.measure);
  const sign = /[1-9]/.test(size) ? (d > 0 ? '+' : '−') : '';
  return `${sign}${size}${l.measure === 'percentage' ? ' points' : ''}`;
}

const FUNNEL_WORDS: Record<string, string> = {
  'High (0.001)': 'Higher (outside 99.8%)',
  'High (0.025)': 'Higher (outside 95% only)',
  'Not significant': 'Within the limits',
  'Low (0.025)': 'Lower (outside 95% only)',
  'Low (0.001)': 'Lower (outside 99.8%)',
};

/**
 * The board summary table: one row per indicator, the latest quarter, the
 * same quarter a year before, the change, the rolling four quarters,
 * Scotland, the funnel test, the trend and the exception.
 *
 * @example
 * ```ts
 * quarterlySummaryTable(lines, '2023-24 Q3').columns[1]; // 'Latest quarter (2023-24 Q3)'
 * ```
 */
export function quarterlySummaryTable(lines: readonly QuarterlyLine[], quarter: string): PackTable {
  const lastYear = quarterBefore(quarter, 4);
  return {
    id: 'quarterly-summary',
    title: `Indicators in ${quarter}`,
    columns: [
      'Indicator',
      `Latest quarter (${quarter})`,
      `Same quarter last year (${lastYear})`,
      'Change on last year',
      `Rolling four quarters (${quarterBefore(quarter, 3)} to ${quarter})`,
      `Scotland (${quarter})`,
      'Against Scotland (funnel)',
      'Recent trend (5 quarters)',
      'Exception',
    ],
    rows: lines.map((l) => [
      l.name,
      cellOf(l.latest),
      cellOf(l.lastYear),
      changeOf(l),
      l.rolling.value === null ? (l.rolling.status === 'secondary-suppressed' ? 'suppressed' : 'not available') : withInterval(l.rolling.value, l.rolling.lower, l.rolling.upper, l.measure),
      cellOf(l.scotland),
      l.funnel ? (FUNNEL_WORDS[l.funnel] ?? l.funnel) : l.measure === 'count' ? 'Not compared (count)' : 'Not tested',
      l.trend ? `${l.trend}${l.trendDirection ? `, ${l.trendDirection}` : ''}` : '',
      l.exception ? `Yes: ${l.reasons.join('; ')}` : 'No',
    ]),
    notes: [
      'Figures in brackets are 95% confidence intervals. Rates are per 10,000 people aged 16–70 in the quarter (not annualised); the rolling four quarters is a year\'s rate.',
      'A rolling four quarters is shown only when none of its quarters is suppressed, so that it cannot reveal a suppressed quarter.',
    ],
  };
}

/** Funnel plot of every council area for one indicator in the quarter, limits around Scotland (as the pack draws it). */
async function funnelFor(rows: readonly ResultRow[], area: string, indicator: string, quarter: string): Promise<PackChart | null> {
  const inQuarter = rows.filter((r) => r.indicator === indicator && r.period === quarter);
  const councils = inQuarter.filter((r) => r.area_type === 'council' && r.value !== null && r.denominator);
  const scotland = inQuarter.find((r) => r.area === SCOTLAND.code);
  if (councils.length < 5 || !scotland || scotland.value === null) return null;
  const measure = councils[0]!.measure;
  if (measure !== 'rate' && measure !== 'percentage') return null;
  const sizes = councils.map((r) => r.denominator as number);
  const limits = funnelLimits({
    type: measure === 'percentage' ? 'proportion' : 'rate',
    baseline: scotland.value,
    sizes: { min: Math.min(...sizes), max: Math.max(...sizes) },
    multiplier: MULTIPLIER[measure]!,
    points: 80,
  });
  return renderChart(
    funnelChart(
      inQuarter.filter((r) => r.area_type === 'council' || r.area === SCOTLAND.code),
      { limits, indicator, period: quarter, highlight: area, baseline: scotland.value, sizeTitle: measure === 'percentage' ? 'Denominator' : 'Population aged 16–70' },
    ),
    `funnel-${indicator}`,
  );
}

/**
 * What the synthetic-data banner of a quarterly report says: the figures
 * are the synthetic example's, and how to put the partnership's own in.
 *
 * @example
 * ```ts
 * QUARTERLY_SYNTHETIC_NOTE.startsWith('The quarterly figures in this report are synthetic'); // true
 * ```
 */
export const QUARTERLY_SYNTHETIC_NOTE =
  'The quarterly figures in this report are synthetic demonstration data and are not official statistics. To report to the executive board, run snsa quarterly again with your partnership\'s own quarterly figures (--data followed by a file or folder: observation files with a quarter such as 2024-25 Q3 in the period column, or your case-management extract with one row per case, counted by the quarter of each date; docs/quarterly.md). Population figures are already the published ones.';

/**
 * The quarterly performance report for an executive board, as an
 * {@link SnsaPack} so that the pack's own writer makes its HTML, Word
 * document, chart pack and CSVs (`writePack`): the same disclosure
 * control, accessibility and export stamp as the SNSA pack.
 *
 * - **Summary for the board**: the exceptions in words, and the table of
 *   every indicator ({@link quarterlySummaryTable}).
 * - **Exceptions**: for each indicator the funnel or the trend test flags
 *   ({@link quarterlyLines}), its trend over the quarters and, when the
 *   funnel flagged it, the funnel plot of every area in the quarter.
 * - **Every indicator by quarter**: the trend chart of each other
 *   indicator, over the last `quartersShown` quarters.
 *
 * @param rows - {@link quarterlyResults}: every area, already disclosure-controlled
 * @param options - area, quarter, rule, warnings
 * @returns the report as a pack
 * @throws Error when the data has no figure for the area in the quarter
 * @example
 * ```ts
 * const report = await buildQuarterlyReport(rows, { area: { code: 'S12000013', name: 'Na h-Eileanan Siar' }, quarter: '2023-24 Q3', disclosure });
 * await writePack(report, 'quarterly/na-h-eileanan-siar-2023-24-q3');
 * ```
 */
export async function buildQuarterlyReport(rows: readonly ResultRow[], options: QuarterlyReportOptions): Promise<SnsaPack> {
  const { area, quarter } = options;
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const shown = options.quartersShown ?? 12;
  const first = quarterBefore(quarter, shown - 1);
  const inWindow = (r: ResultRow) => r.period >= first && r.period <= quarter;
  const lines = quarterlyLines(rows, area.code, quarter);
  const exceptions = lines.filter((l) => l.exception);
  const summary = quarterlySummaryTable(lines, quarter);

  const sections = await rasteriseAsDrawn(async () => {
    const trendOf = (id: string) =>
      renderChart(trendChart(rows.filter((r) => r.indicator === id && inWindow(r)), { area: area.code, indicator: id }), `trend-${id}`);
    const exceptionCharts: PackChart[] = [];
    const exceptionParagraphs: string[] = [];
    for (const l of exceptions) {
      exceptionParagraphs.push(`${l.name}: ${cellOf(l.latest)} in ${quarter}, ${l.reasons.join(', and ')}.`);
      exceptionCharts.push(await trendOf(l.indicator));
      if (l.funnel === 'High (0.001)' || l.funnel === 'Low (0.001)') {
        const f = await funnelFor(rows, area.code, l.indicator, quarter);
        if (f) exceptionCharts.push(f);
      }
    }
    const others: PackChart[] = [];
    for (const l of lines.filter((x) => !x.exception)) others.push(await trendOf(l.indicator));
    const built: PackSection[] = [
      {
        id: 'summary',
        title: 'Summary for the board',
        paragraphs: [
          `This report shows ${area.name}'s community justice indicators for ${quarter}, against the same quarter a year before, the four quarters to ${quarter}, and Scotland.`,
          exceptions.length
            ? `${exceptions.length === 1 ? 'One indicator is' : `${exceptions.length} indicators are`} flagged for the board: ${exceptions.map((l) => l.name).join('; ')}.`
            : `No indicator is flagged for the board in ${quarter}: none is outside the 99.8% funnel limits around Scotland, and none has a significant trend over the last 5 quarters.`,
          'An indicator is flagged when its latest quarter is outside the 99.8% funnel limits around Scotland, or when its last 5 quarters show a significant increase or decrease. Other differences may be chance.',
        ],
        charts: [],
        tables: [summary],
      },
    ];
    if (exceptions.length) built.push({ id: 'exceptions', title: 'Exceptions', paragraphs: exceptionParagraphs, charts: exceptionCharts, tables: [] });
    built.push({
      id: 'quarters',
      title: 'Every indicator by quarter',
      paragraphs: [`Each chart shows ${area.name} by quarter from ${first} to ${quarter}, with its 95% interval and Scotland. Compare a quarter with the same quarter in other years: some series rise and fall with the seasons.`],
      charts: others,
      tables: [],
    });
    return built;
  });
  await pngReady(sections.flatMap((s) => s.charts));

  const results = rows.filter((r) => (r.area === area.code || r.area === SCOTLAND.code) && inWindow(r));
  const synthetic = results.some((r) => hasStatus(r.status, 'synthetic'));
  const sources = [...new Set(results.map((r) => r.source).flatMap((s) => s.split(' | ')).filter(Boolean))];
  if (results.some((r) => r.measure === 'rate')) sources.push('National Records of Scotland mid-year population estimates; Crown copyright, OGL v3');
  const warnings = options.warnings ?? [];
  return {
    areaCode: area.code,
    areaName: area.name,
    topicId: 'quarterly',
    topicTitle: `Quarterly performance report, ${quarter}`,
    documentKind: 'Quarterly performance report for the executive board',
    frameworkVersion: FRAMEWORK_VERSION,
    generated: asOf,
    synthetic,
    syntheticNote: QUARTERLY_SYNTHETIC_NOTE,
    sources,
    plainSources: plainSources(sources),
    licence: synthetic ? 'the partnership\'s own data; synthetic demonstration data: not official statistics, no licence applies' : 'the partnership\'s own data; population estimates OGL v3',
    sections,
    results: results as unknown as Record<string, unknown>[],
    baseline: summary,
    warnings: warnings.map((w) => `${w.file ?? ''}${w.row !== null ? `, row ${w.row}` : ''}${w.column ? `, column ${w.column}` : ''}: ${w.message}`),
    warningGroups: groupWarnings(warnings),
    annex: {
      paragraphs: [
        'Counts by quarter come from the partnership\'s own data (observation files with a quarter in the period column, or individual-level extracts counted by the quarter of each event\'s date; docs/quarterly.md). Scotland is the sum of the 32 council areas: where only some areas\' data is given, Scotland and the funnel are not available.',
        'Intervals: counts exact Poisson below 10, Byar from 10; percentages Wilson; rates per 10,000 people aged 16–70 on the mid-year population of the financial year the quarter is in (docs/methods.md).',
        'Funnel: the latest quarter against Scotland\'s value, with 95% and 99.8% control limits for the area\'s size (core funnelSignificance, after the PHE funnel plot method). Trend: the Fingertips recent-trend test on the last 5 consecutive quarters (core recentTrend).',
        'Rolling four quarters: the sum of the four quarters\' counts (and denominators); a rate over them uses the latest quarter\'s population. It is shown only when none of the four quarters is suppressed.',
      ],
      tables: [],
    },
    disclosure: describeSmallCountRule(options.disclosure),
  };
}
