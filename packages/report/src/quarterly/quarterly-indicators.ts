import { isWithheld, countWithInterval, crudeRate, proportion, funnelSignificance, parsePeriod, financialYear, type SmallCountRule } from '@cjsnsa/core';
import { computeIndicators, SCOTLAND, type ResultRow } from '@cjsnsa/framework';
import type { ColumnTable } from 'arquero';

/**
 * The indicators the quarterly report shows: counts, percentages of one
 * event (orders completed of orders ended; releases with a health or housing
 * arrangement of releases) and rates per 10,000 people aged 16–70. Ratios of
 * two flows (diversion completed of commenced, commenced of assessed) are
 * left out: by quarter they mostly compare different people.
 *
 * @example
 * ```ts
 * QUARTERLY_INDICATORS.includes('NI1b'); // true
 * ```
 */
export const QUARTERLY_INDICATORS = [
  'NI1a', 'NI1b', 'NI1c', 'NI2', 'NI3a', 'NI3b', 'NI3c', 'NI4', 'NI5', 'NI6', 'NI8',
  'SM-diversion-rate', 'SM-custody-referral-rate', 'SM-bail-supervision-rate', 'SM-cpo-rate', 'SM-throughcare-rate',
] as const;

/**
 * Compute the quarterly indicators for every council area, Scotland (the
 * sum of the 32 areas) and each quarter, with the small-count rule applied to
 * the counts before any measure (framework `computeIndicators`; the recent
 * trend is the last 5 consecutive quarters).
 *
 * @param observations - quarterly observations ({@link readQuarterlyData}) with the population aged 16–70 for rates
 * @param disclosure - the small-count rule
 * @returns one row per indicator × area × quarter
 * @example
 * ```ts
 * const rows = quarterlyResults(observations, DEFAULT_SMALL_COUNT_RULE);
 * rows.find((r) => r.indicator === 'NI1b' && r.area === 'S12000013' && r.period === '2023-24 Q3')?.value;
 * ```
 */
export function quarterlyResults(observations: ColumnTable, disclosure: SmallCountRule): ResultRow[] {
  const table = computeIndicators({
    observations,
    indicators: [...QUARTERLY_INDICATORS],
    areas: 'all',
    comparator: 'scotland',
    disclosure: { min: disclosure.min, max: disclosure.max },
  });
  return table.objects() as ResultRow[];
}

/**
 * One line of the board summary for an indicator in an area:
 * the latest quarter, the same quarter a year before, the four quarters to
 * the latest (rolling), Scotland, the funnel test, the trend and whether it
 * is an exception.
 *
 * @example
 * ```ts
 * const line: QuarterlyLine = quarterlyLines(rows, 'S12000013', '2023-24 Q3')[0];
 * line.exception; // true when the funnel or the trend test flags it
 * ```
 */
export interface QuarterlyLine {
  indicator: string;
  name: string;
  measure: string;
  latest: ResultRow | null;
  lastYear: ResultRow | null;
  /** The four quarters to the latest, summed; `null` value when any of them is withheld or missing (then it would reveal the withheld one). */
  rolling: { from: string; to: string; value: number | null; lower: number | null; upper: number | null; status: string };
  scotland: ResultRow | null;
  /** Core `funnelSignificance` of the latest quarter against Scotland; `null` for counts and where it cannot be tested. */
  funnel: string | null;
  /** The latest quarter's recent trend (5 quarters) and its direction. */
  trend: string | null;
  trendDirection: string | null;
  exception: boolean;
  /** Why it is an exception, in words (`[]` when it is not). */
  reasons: string[];
}

/**
 * The financial-year quarter `n` quarters before `label`.
 *
 * @example
 * ```ts
 * quarterBefore('2024-25 Q1', 1); // '2023-24 Q4'
 * quarterBefore('2024-25 Q3', 4); // '2023-24 Q3'
 * ```
 */
export function quarterBefore(label: string, n: number): string {
  const p = parsePeriod(label);
  const index = p.year * 4 + (p.quarter! - 1) - n;
  return `${financialYear(Math.floor(index / 4)).label} Q${(index % 4) + 1}`;
}

const MULTIPLIER: Record<string, number> = { percentage: 100, rate: 10000 };

/** The four quarters to `to`, summed, or withheld when any is withheld or missing. */
function rollingFour(series: ResultRow[], to: string, measure: string): QuarterlyLine['rolling'] {
  const from = quarterBefore(to, 3);
  const quarters = [3, 2, 1, 0].map((n) => quarterBefore(to, n));
  const rows = quarters.map((q) => series.find((r) => r.period === q) ?? null);
  const none = { from, to, value: null, lower: null, upper: null };
  if (rows.some((r) => r === null)) return { ...none, status: 'not-available' };
  if (rows.some((r) => isWithheld(r!.status) || r!.numerator === null)) return { ...none, status: 'secondary-suppressed' };
  const numerator = rows.reduce((s, r) => s + (r!.numerator as number), 0);
  let m;
  if (measure === 'count') m = countWithInterval(numerator);
  else if (measure === 'percentage') {
    if (rows.some((r) => r!.denominator === null)) return { ...none, status: 'not-available' };
    m = proportion(numerator, rows.reduce((s, r) => s + (r!.denominator as number), 0), { multiplier: 100 });
  } else {
    // a rate over four quarters: their events over the population of the latest quarter's mid-year
    const population = rows[3]!.denominator;
    if (population === null) return { ...none, status: 'not-available' };
    m = crudeRate(numerator, population, { multiplier: 10000 });
  }
  return { from, to, value: m.value, lower: m.lower, upper: m.upper, status: 'published' };
}

/**
 * The board summary lines of an area for a quarter, one per indicator with
 * a figure: the latest quarter, the same quarter a year before, the rolling
 * four quarters, Scotland, and the exception tests:
 *
 * - **the funnel**: the area's latest quarter outside the 99.8% control
 *   limits around Scotland (core `funnelSignificance`, PHE funnel method;
 *   rates and percentages with a Scotland figure);
 * - **the trend test**: a significant increase or decrease over the last 5
 *   quarters (core `recentTrend`, Fingertips' test, as computed by the framework).
 *
 * Withheld figures stay withheld: a rolling sum is shown only when none of
 * its four quarters is withheld.
 *
 * @param rows - {@link quarterlyResults}
 * @param area - GSS code of the council area
 * @param quarter - the latest quarter, e.g. `2023-24 Q3`
 * @returns one line per indicator with rows for the area
 * @example
 * ```ts
 * quarterlyLines(rows, 'S12000013', '2023-24 Q3').filter((l) => l.exception).map((l) => l.indicator);
 * ```
 */
export function quarterlyLines(rows: readonly ResultRow[], area: string, quarter: string): QuarterlyLine[] {
  const lastYearQuarter = quarterBefore(quarter, 4);
  const lines: QuarterlyLine[] = [];
  for (const id of QUARTERLY_INDICATORS) {
    const series = rows.filter((r) => r.indicator === id && r.area === area);
    if (!series.length) continue;
    const latest = series.find((r) => r.period === quarter) ?? null;
    const lastYear = series.find((r) => r.period === lastYearQuarter) ?? null;
    const scotland = rows.find((r) => r.indicator === id && r.area === SCOTLAND.code && r.period === quarter) ?? null;
    const measure = series[0]!.measure;
    let funnel: string | null = null;
    if (latest && scotland && scotland.value !== null && measure !== 'count' && !isWithheld(latest.status) && latest.numerator !== null && latest.denominator !== null) {
      funnel = funnelSignificance({
        type: measure === 'percentage' ? 'proportion' : 'rate',
        numerator: latest.numerator,
        denominator: latest.denominator,
        baseline: scotland.value,
        multiplier: MULTIPLIER[measure],
      });
    }
    const reasons: string[] = [];
    if (funnel === 'High (0.001)' || funnel === 'Low (0.001)') reasons.push(`${funnel.startsWith('High') ? 'higher' : 'lower'} than Scotland, outside the 99.8% funnel limits`);
    const trend = latest?.trend ?? null;
    if (trend === 'Increasing' || trend === 'Decreasing') reasons.push(`${trend.toLowerCase()} over the last 5 quarters${latest?.trend_direction ? ` (${latest.trend_direction})` : ''}`);
    lines.push({
      indicator: id,
      name: series[0]!.indicator_name,
      measure,
      latest,
      lastYear,
      rolling: rollingFour(series, quarter, measure),
      scotland,
      funnel,
      trend,
      trendDirection: latest?.trend_direction ?? null,
      exception: reasons.length > 0,
      reasons,
    });
  }
  return lines;
}
