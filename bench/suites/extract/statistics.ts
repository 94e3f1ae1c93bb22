import { compareWithBenchmark, crudeRate, proportion, recentTrend, type Measure, type Polarity } from '../../../packages/core/dist/index.js';
import { COUNCIL_AREAS, SCOTLAND, type ResultRow } from '../../../packages/framework/dist/index.js';

/** Population aged 16–70: area code → mid-year → people. */
export type PopulationByYear = ReadonlyMap<string, ReadonlyMap<number, number>>;

/** A counted row of the extract, as countRecords returns it (`by: ['measure']`). */
export interface CountedRow {
  area: string;
  period: string;
  measure: string;
  numerator: number;
}

interface Cell {
  commenced: number;
  completed: number;
  revoked: number;
}

const SOURCE = 'bench: synthetic case extract (cjsnsa bench generator)';
const NAMES = new Map(COUNCIL_AREAS.map((a) => [a.code, a.name]));

const INDICATORS = {
  rate: {
    indicator: 'SM-cpo-rate',
    indicator_name: 'Community payback orders commenced per 10,000 population aged 16–70',
    measure: 'rate',
    unit: 'per 10,000 population aged 16–70',
    polarity: 'no-judgement',
    trendMeasure: 'rate',
  },
  completion: {
    indicator: 'SM-cpo-completion',
    indicator_name: 'Community payback orders successfully completed (%)',
    measure: 'percentage',
    unit: '%',
    polarity: 'high-is-good',
    trendMeasure: 'proportion',
  },
} as const;

function interval998(m: Measure): { lower: number | null; upper: number | null } {
  const i = m.intervals.find((x) => x.confidence === 0.998);
  return { lower: i?.lower ?? null, upper: i?.upper ?? null };
}

function resultRow(kind: keyof typeof INDICATORS, area: string, period: string, m: Measure): ResultRow {
  const d = INDICATORS[kind];
  const i998 = interval998(m);
  return {
    indicator: d.indicator,
    indicator_name: d.indicator_name,
    indicator_kind: 'supporting',
    outcome: null,
    confirmation: 'provisional',
    measure: d.measure,
    unit: d.unit,
    polarity: d.polarity,
    area,
    area_name: area === SCOTLAND.code ? SCOTLAND.name : (NAMES.get(area) ?? area),
    area_type: area === SCOTLAND.code ? 'scotland' : 'council',
    period,
    numerator: m.numerator,
    denominator: m.denominator,
    population_year: kind === 'rate' ? Number(period.slice(0, 4)) : null,
    population_base: null,
    value: m.value,
    lower: m.lower,
    upper: m.upper,
    lower_998: i998.lower,
    upper_998: i998.upper,
    method: m.method,
    trend: null,
    trend_reason: null,
    trend_direction: null,
    change_abs: null,
    change_pct: null,
    scotland_value: null,
    comparison_scotland: null,
    group_name: null,
    group_value: null,
    comparison_group: null,
    status: m.status === 'published' ? 'synthetic' : `${m.status}; synthetic`,
    source: SOURCE,
    framework_version: 'cjpf-2023',
  };
}

/**
 * The statistics stage of the extract figure: from counts per area ×
 * financial year × measure, CPOs commenced per 10,000 population aged 16–70
 * (core `crudeRate`, mid-year population of the year the financial year
 * starts) and completion percentages (completed ÷ completed + revoked, core
 * `proportion`), each with 95% and 99.8% intervals; Scotland as the sum of the
 * council areas' counts and populations; each council compared with Scotland
 * (core `compareWithBenchmark`) and trend-tested over its last five years
 * (core `recentTrend`). Rows follow the framework's results-table shape, so
 * the chart presets take them.
 *
 * @example
 * ```ts
 * const rows = extractStatistics(countedRows, population);
 * rows.filter((r) => r.area === 'S92000003').length; // 2 indicators × 10 years
 * ```
 */
export function extractStatistics(counted: readonly CountedRow[], population: PopulationByYear): ResultRow[] {
  const cells = new Map<string, Map<string, Cell>>();
  const periods = new Set<string>();
  for (const r of counted) {
    let byPeriod = cells.get(r.area);
    if (!byPeriod) cells.set(r.area, (byPeriod = new Map()));
    let c = byPeriod.get(r.period);
    if (!c) byPeriod.set(r.period, (c = { commenced: 0, completed: 0, revoked: 0 }));
    if (r.measure === 'cpo-commenced') c.commenced += r.numerator;
    else if (r.measure === 'cpo-completed') c.completed += r.numerator;
    else if (r.measure === 'cpo-revoked') c.revoked += r.numerator;
    periods.add(r.period);
  }
  const sortedPeriods = [...periods].sort();
  const areas = [...cells.keys()].sort();
  const scotland = new Map<string, Cell & { population: number | null }>();
  for (const p of sortedPeriods) {
    const s = { commenced: 0, completed: 0, revoked: 0, population: 0 as number | null };
    for (const a of areas) {
      const c = cells.get(a)!.get(p);
      if (c) (s.commenced += c.commenced, s.completed += c.completed, s.revoked += c.revoked);
      const pop = population.get(a)?.get(Number(p.slice(0, 4)));
      s.population = pop === undefined || s.population === null ? null : s.population + pop;
    }
    scotland.set(p, s);
  }
  const confidence = [0.95, 0.998] as [number, number];
  const measureOf = (kind: keyof typeof INDICATORS, c: Cell, pop: number | null): Measure =>
    kind === 'rate'
      ? crudeRate(c.commenced, pop, { multiplier: 10_000, confidence })
      : proportion(c.completed, c.completed + c.revoked, { multiplier: 100, confidence });

  const out: ResultRow[] = [];
  for (const kind of Object.keys(INDICATORS) as (keyof typeof INDICATORS)[]) {
    const d = INDICATORS[kind];
    const scot = new Map(sortedPeriods.map((p) => [p, resultRow(kind, SCOTLAND.code, p, measureOf(kind, scotland.get(p)!, scotland.get(p)!.population))]));
    for (const area of [...areas, SCOTLAND.code]) {
      const series =
        area === SCOTLAND.code
          ? sortedPeriods.map((p) => scot.get(p)!)
          : sortedPeriods.map((p) => {
              const cell = cells.get(area)!.get(p) ?? { commenced: 0, completed: 0, revoked: 0 };
              const row = resultRow(kind, area, p, measureOf(kind, cell, population.get(area)?.get(Number(p.slice(0, 4))) ?? null));
              const benchmark = scot.get(p)!.value;
              row.scotland_value = benchmark;
              row.comparison_scotland = compareWithBenchmark(
                { value: row.value, lower: row.lower, upper: row.upper, lower998: row.lower_998, upper998: row.upper_998 },
                benchmark,
                { polarity: d.polarity as Polarity },
              );
              return row;
            });
      if (area === SCOTLAND.code) for (const r of series) r.scotland_value = r.value;
      const trend = recentTrend(series, { polarity: d.polarity as Polarity, measure: d.trendMeasure });
      const last = series[series.length - 1];
      last.trend = trend.marker;
      last.trend_reason = trend.reason;
      last.trend_direction = trend.direction;
      last.change_abs = trend.change.absolute;
      last.change_pct = trend.change.percent;
      out.push(...series);
    }
  }
  return out;
}
