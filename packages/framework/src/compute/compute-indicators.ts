import * as aq from 'arquero';
import {
  addStatus,
  compareWithBenchmark,
  countWithInterval,
  crudeRate,
  isWithheld,
  parsePeriod,
  parseStatus,
  proportion,
  sortPeriods,
  type Comparison,
  type Measure,
  type Observation,
} from '@cjsnsa/core';
import { FrameworkError } from '../definitions/framework-error.js';
import { frameworkDefinitions } from '../definitions/framework-definitions.js';
import type { IndicatorDefinition } from '../definitions/indicator-definition.js';
import { indicatorDefinition } from '../definitions/indicator-definitions.js';
import { indicatorLabel } from '../definitions/indicator-label.js';
import { comparatorGroup, type ComparatorType } from '../geography/comparator-group.js';
import type { ComparatorGroup } from '../geography/family-group-of.js';
import { COUNCIL_AREAS } from '../geography/council-areas.js';
import { resolveArea } from '../geography/resolve-area.js';
import { SCOTLAND } from '../geography/scotland.js';
import { messages } from '../messages.js';
import { discloseCounts, type BreakdownCount, type ControlledBreakdown, type DisclosureOptions } from './disclose-counts.js';
import { POPULATION_ITEMS, populationFor, type PopulationBase, type PopulationEntry } from './population-lookup.js';
import { RESULT_COLUMNS, type ResultRow } from './result-row.js';
import { seriesTrend } from './series-trend.js';

type Table = ReturnType<typeof aq.from>;

/**
 * Observations as an arquero table or as plain rows in the observation schema.
 *
 * @example
 * ```ts
 * const rows: ObservationsInput = [{ indicator: 'diversion-commenced', area: 'S12000039', period: '2023-24', numerator: 120, denominator: null, status: 'published', source: 'own extract' }];
 * const table: ObservationsInput = (await readObservations('observations.csv')).table;
 * ```
 */
export type ObservationsInput = Table | readonly Partial<Observation>[];

/**
 * Options of {@link computeIndicators}.
 *
 * @example
 * ```ts
 * const options: ComputeIndicatorsOptions = { observations, indicators: 'national', areas: 'all', periods: { last: 5 }, comparator: 'family-people' };
 * computeIndicators(options);
 * ```
 */
export interface ComputeIndicatorsOptions {
  /** Observation rows for the data items the indicators use (see the contract's data items). */
  observations: ObservationsInput;
  /**
   * Population aged 16–70 (data items `population-16-70`, the unrebased
   * series, and `population-16-70-rebased`, the Census-2022-based series;
   * period = mid-year `YYYY`). __Default value:__ those rows of `observations`.
   */
  population?: ObservationsInput;
  /**
   * Which indicators: ids, or `'national'`, `'supporting'`, `'all'`.
   * __Default value:__ `'national'`.
   */
  indicators?: string[] | 'national' | 'supporting' | 'all';
  /** The definitions to choose from, e.g. from `loadIndicatorDefinitions(dir)` with local indicators. __Default value:__ the framework version's. */
  definitions?: IndicatorDefinition[];
  /** Framework version. __Default value:__ `'cjpf-2023'`. */
  version?: string;
  /** Council areas (names or codes, any variant) or `'all'` (the 32 areas). Scotland is always included. __Default value:__ `'all'`. */
  areas?: string[] | 'all';
  /**
   * Periods to return: a list of labels, or `{ last: n }` (the last n periods
   * of each indicator's own series). Earlier periods still feed the trend.
   * __Default value:__ every period with data.
   */
  periods?: string[] | { last: number };
  /**
   * Comparator group: an LGBF family group, a custom list, or Scotland.
   * __Default value:__ `'family-people'`.
   */
  comparator?: ComparatorType | { type: 'custom'; areas: string[]; name?: string };
  /** Benchmark method of core `compareWithBenchmark`. __Default value:__ `'ci95'`. */
  comparisonMethod?: 'ci95' | 'ci998' | 'two-level';
  /**
   * Disclosure control on the counts before any measure is computed (core
   * `applyDisclosureControl`), or `false` to switch it off for unpublished
   * internal work. __Default value:__ `{}` (core default: suppress 1–4).
   */
  disclosure?: DisclosureOptions | false;
  /**
   * Breakdowns of the data items' council counts that will be published
   * beside the results (e.g. cases commenced by sex, age band and outcome,
   * counted from an individual-level extract with core `countRecords`).
   * They are controlled in the same table as the counts they add up to, so
   * a breakdown cell can never be worked out from a published total (see
   * {@link computeIndicatorSet}, which returns them). __Default value:__ none.
   */
  breakdowns?: readonly BreakdownCount[];
}

/**
 * What {@link computeIndicatorSet} returns.
 *
 * @example
 * ```ts
 * const set: IndicatorSet = computeIndicatorSet({ observations, breakdowns });
 * set.results.numRows(); // one row per indicator × area × period
 * set.breakdowns.filter((b) => b.status === 'suppressed'); // the withheld breakdown cells
 * ```
 */
export interface IndicatorSet {
  /** One row per indicator × area × period, as {@link computeIndicators} returns. */
  results: Table;
  /** The breakdowns given in the options, disclosure-controlled with the results, with a total row (`category` null) per breakdown × area × period. */
  breakdowns: ControlledBreakdown[];
}

interface Cell {
  numerator: number | null;
  denominator: number | null;
  status: string;
  source: string;
}

interface CountRow {
  def: IndicatorDefinition;
  area: string;
  areaName: string;
  areaType: 'council' | 'scotland' | 'group';
  period: string;
  numerator: number | null;
  denominator: number | null;
  status: string;
  source: string;
  populationYear: number | null;
  populationBase: PopulationBase | null;
  members: string[] | null;
}

const BREAKDOWN_TOTALS = new Set(['', 'all', 'total']);
const WITHHELD_OR_MISSING = new Set(['suppressed', 'secondary-suppressed', 'derived-from-suppressed', 'withheld-with-group', 'not-available', 'zero-denominator', 'published']);

/**
 * The observation fields compute reads, as column arrays: an arquero table's
 * own columns (no row objects are built), or columns gathered from plain rows.
 */
interface ObservationColumns {
  length: number;
  names: Set<string>;
  get(column: keyof Observation): ArrayLike<unknown> | null;
}

function toColumns(input: ObservationsInput): ObservationColumns {
  const t = input as Table;
  if (t && typeof t.objects === 'function') {
    const names = new Set(t.columnNames());
    return { length: t.numRows(), names, get: (c) => (names.has(c) ? (t.array(c) as ArrayLike<unknown>) : null) };
  }
  const rows = input as readonly Partial<Observation>[];
  const names = new Set(rows.length ? Object.keys(rows[0]) : []);
  const cache = new Map<string, unknown[]>();
  return {
    length: rows.length,
    names,
    get: (c) => {
      if (!cache.has(c)) cache.set(c, rows.map((r) => r[c]));
      return cache.get(c)!;
    },
  };
}

function num(v: unknown): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

function canonicalPeriod(p: unknown): string {
  return parsePeriod(String(p)).label;
}

/** `canonicalPeriod` and the mid-year of each distinct period label, parsed once per call. */
function periodParser(): { label(p: unknown): string; year(p: unknown): number } {
  const labels = new Map<string, string>();
  const years = new Map<string, number>();
  return {
    label(p) {
      const key = String(p);
      let hit = labels.get(key);
      if (hit === undefined) labels.set(key, (hit = canonicalPeriod(key)));
      return hit;
    },
    year(p) {
      const key = String(p);
      let hit = years.get(key);
      if (hit === undefined) years.set(key, (hit = parsePeriod(key).year));
      return hit;
    },
  };
}

/** Carry the input's caveat codes (synthetic, provisional, break-in-series…) into a summed row. */
function carriedStatus(statuses: string[]): string {
  const codes = new Set<string>();
  for (const s of statuses) for (const c of parseStatus(s)) if (!WITHHELD_OR_MISSING.has(c)) codes.add(c);
  return [...codes].join('; ');
}

function uniqueJoin(values: string[]): string {
  return [...new Set(values.filter((v) => v))].join(' | ');
}

/**
 * Compute CJPF indicators for chosen areas and periods: one call gives the
 * results table (contract shape, {@link ResultRow}) for a partnership's own
 * area or, with `areas: 'all'`, for all 32 council areas, Scotland and the
 * comparator groups at once.
 *
 * How each row is made (docs/framework.md has the full rules):
 * 1. Counts per council area come from the observations' data items named in
 *    the definition (breakdown totals only). Old GSS codes and name variants
 *    are resolved to current codes.
 * 2. **Scotland is the sum of the 32 council areas' counts** (never an average
 *    of rates, never a Scotland row from the input), unless the indicator is
 *    national-only (`geography: ['scotland']`), when the S92000003 row is used.
 *    Comparator-group values are pooled the same way, by summing members'
 *    counts. A sum with a missing member is `not-available`.
 * 3. Rates use the population aged 16–70 for the mid-year in which the
 *    financial year starts, falling back to the latest earlier mid-year
 *    (status `population-fallback`), as JSW Statistics does. Each rate row
 *    names the mid-year and series used (`population_year`,
 *    `population_base`: `unrebased` to mid-2021, `census-2022` from
 *    mid-2022); the first period on a new base has status
 *    `break-in-series`, and a trend whose five periods span the change
 *    says so in `trend_reason`.
 * 4. Disclosure control runs on the counts before any measure; values derived
 *    from withheld counts are withheld too. A group total with a withheld
 *    member is withheld (`secondary-suppressed`).
 * 5. Measures with 95% and 99.8% intervals: counts (exact Poisson below 10,
 *    Byar from 10), percentages (Wilson), rates per 10,000 (exact/Byar),
 *    means per person (exact/Byar on the events).
 * 6. Trend (core `recentTrend`, last 5 annual periods) on the latest row of
 *    each series; counts are trend-tested on their Poisson intervals.
 * 7. Comparison with Scotland and with the comparator group (core
 *    `compareWithBenchmark`); counts are 'Not compared', since counts of
 *    areas of different size are not comparable.
 * 8. Status: input caveats (e.g. synthetic), `provisional` for provisional
 *    indicators, `pandemic-caveat`, `break-in-series`, `population-fallback`,
 *    disclosure codes.
 *
 * @returns an arquero table with the columns of {@link RESULT_COLUMNS}
 * @throws {AreaNotFoundError} for an unknown area name in options or data;
 *   {@link FrameworkError} for an unknown indicator, bad periods option,
 *   duplicate observations or missing columns
 * @example
 * ```ts
 * const results = computeIndicators({ observations, indicators: ['NI1b', 'SM-cpo-rate'], areas: ['West Dunbartonshire'] });
 * results.params({ a: 'S12000039' }).filter((d, $) => d.area === $.a).objects()[0].area_name;
 * // 'West Dunbartonshire'
 * ```
 */
export function computeIndicators(options: ComputeIndicatorsOptions): Table {
  return computeIndicatorSet(options).results;
}

/**
 * {@link computeIndicators}, and the breakdowns of its counts that will be
 * published beside it (`options.breakdowns`), disclosure-controlled in one
 * table: every breakdown cell with every total it adds up to (the area's
 * count, which adds up to Scotland's with the other areas'). A breakdown
 * cell of 1–4 is protected by a second cell of its breakdown or, where no
 * cell can do it, by withholding the area's count, in the results too.
 *
 * @returns the results and the controlled breakdowns
 * @throws as {@link computeIndicators}; {@link FrameworkError} for a breakdown cell outside the 32 council areas or with a count that is not a whole number ≥ 0
 * @example
 * ```ts
 * const { results, breakdowns } = computeIndicatorSet({ observations, indicators: 'all', breakdowns: bySex });
 * breakdowns.find((b) => b.area === 'S12000005' && b.category === 'F')?.status; // 'suppressed'
 * ```
 */
export function computeIndicatorSet(options: ComputeIndicatorsOptions): IndicatorSet {
  const version = options.version ?? 'cjpf-2023';
  const definitions = options.definitions ?? frameworkDefinitions(version).indicators;
  const chosen = chooseDefinitions(definitions, options.indicators ?? 'national');
  const obs = toColumns(options.observations);
  if (obs.length > 0) {
    for (const c of ['indicator', 'area', 'period', 'numerator']) {
      if (!obs.names.has(c)) throw new FrameworkError(messages.observationsMissingColumn(c));
    }
  }
  const periods = periodParser();

  // --- areas -------------------------------------------------------------
  const councilCodes = COUNCIL_AREAS.map((a) => a.code);
  const requested =
    options.areas === undefined || options.areas === 'all'
      ? councilCodes
      : [...new Set(options.areas.map((a) => resolveArea(a)).filter((r) => r.type === 'council').map((r) => r.code))];
  const comparatorOpt = options.comparator ?? 'family-people';
  const comparatorType: ComparatorType = typeof comparatorOpt === 'string' ? comparatorOpt : comparatorOpt.type;
  const groupOf = new Map<string, ComparatorGroup>();
  for (const code of requested) {
    groupOf.set(
      code,
      typeof comparatorOpt === 'string'
        ? comparatorGroup(code, { type: comparatorOpt })
        : comparatorGroup(code, { type: 'custom', areas: comparatorOpt.areas, name: comparatorOpt.name }),
    );
  }
  const groups = comparatorType === 'scotland' ? [] : [...new Map([...groupOf.values()].map((g) => [g.id, g])).values()];
  const councilName = new Map(COUNCIL_AREAS.map((a) => [a.code, a.name]));

  // --- index observations by item → area → period -------------------------
  const items = new Set<string>();
  for (const d of chosen) {
    items.add(d.numerator.item);
    if (d.denominator && 'item' in d.denominator) items.add(d.denominator.item);
  }
  const areaCache = new Map<string, string>();
  const areaCode = (a: unknown): string => {
    const key = String(a);
    let hit = areaCache.get(key);
    if (!hit) {
      hit = resolveArea(key).code;
      areaCache.set(key, hit);
    }
    return hit;
  };
  const isTotal = (b: unknown) => b === undefined || b === null || BREAKDOWN_TOTALS.has(String(b).toLowerCase());
  const index = new Map<string, Map<string, Map<string, Cell>>>();
  {
    const [indicator, area, period, numerator, denominator, status, source, breakdown] = (
      ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source', 'breakdown'] as const
    ).map((c) => obs.get(c));
    for (let i = 0; i < obs.length; i++) {
      const item = String(indicator![i]);
      if (!items.has(item)) continue;
      if (breakdown && !isTotal(breakdown[i])) continue;
      const code = areaCode(area![i]);
      const label = periods.label(period![i]);
      let byArea = index.get(item);
      if (!byArea) index.set(item, (byArea = new Map()));
      let byPeriod = byArea.get(code);
      if (!byPeriod) byArea.set(code, (byPeriod = new Map()));
      if (byPeriod.has(label)) throw new FrameworkError(messages.duplicateObservation(item, code, label));
      byPeriod.set(label, {
        numerator: num(numerator![i]),
        denominator: denominator ? num(denominator[i]) : null,
        status: String(status?.[i] ?? 'published'),
        source: String(source?.[i] ?? ''),
      });
    }
  }

  // --- population ----------------------------------------------------------
  const pop = options.population ? toColumns(options.population) : obs;
  const popLookup = new Map<string, Map<number, PopulationEntry>>();
  {
    const [indicator, area, period, numerator, source, breakdown] = (['indicator', 'area', 'period', 'numerator', 'source', 'breakdown'] as const).map((c) =>
      pop.get(c),
    );
    for (let i = 0; i < pop.length; i++) {
      const base = POPULATION_ITEMS[String(indicator![i])];
      if (!base) continue;
      if (breakdown && !isTotal(breakdown[i])) continue;
      const code = areaCode(area![i]);
      if (code === SCOTLAND.code) continue;
      let m = popLookup.get(code);
      if (!m) popLookup.set(code, (m = new Map()));
      const year = periods.year(period![i]);
      const value = num(numerator![i]);
      // a year in both series: the Census-2022-based estimate (NRS's current one) wins
      const held = m.get(year);
      if (held && held.value !== null && held.base === 'census-2022' && base !== 'census-2022') continue;
      m.set(year, { value, source: String(source?.[i] ?? ''), base });
    }
  }

  const cellOf = (item: string, field: 'numerator' | 'denominator', area: string, period: string) => {
    const c = index.get(item)?.get(area)?.get(period);
    if (!c) return null;
    return { value: field === 'numerator' ? c.numerator : c.denominator, status: c.status, source: c.source };
  };

  // One council (or national-only Scotland) count row, read from the input.
  const inputRow = (def: IndicatorDefinition, area: string, period: string, areaName: string, areaType: 'council' | 'scotland'): CountRow => {
    const n = cellOf(def.numerator.item, def.numerator.field, area, period);
    let status = n ? n.status : 'not-available';
    let denominator: number | null = null;
    let populationYear: number | null = null;
    let populationBase: PopulationBase | null = null;
    const sources = [n?.source ?? ''];
    if (def.denominator && 'item' in def.denominator) {
      const d = cellOf(def.denominator.item, def.denominator.field, area, period);
      denominator = d ? d.value : null;
      if (!d) status = addStatus(status, 'not-available');
      else {
        status = addStatus(status, ...parseStatus(d.status));
        sources.push(d.source);
      }
    } else if (def.denominator && 'population' in def.denominator) {
      const p = populationFor(popLookup, area, period);
      denominator = p.value;
      populationYear = p.year;
      populationBase = p.base;
      if (p.value === null) status = addStatus(status, 'not-available');
      if (p.fallback) status = addStatus(status, 'population-fallback');
      if (p.source) sources.push(`${p.source} (mid-${p.year})`);
    }
    return { def, area, areaName, areaType, period, numerator: n ? n.value : null, denominator, status, source: uniqueJoin(sources), populationYear, populationBase, members: null };
  };

  // --- count rows: councils, Scotland, groups ------------------------------
  const countRows: CountRow[] = [];
  const returnedPeriods = new Map<string, Set<string>>();
  for (const def of chosen) {
    const nationalOnly = !def.geography.includes('council');
    const itemAreas = index.get(def.numerator.item);
    const available = new Set<string>();
    for (const [area, byPeriod] of itemAreas ?? []) {
      if (nationalOnly ? area === SCOTLAND.code : area !== SCOTLAND.code) for (const p of byPeriod.keys()) available.add(p);
    }
    const all = sortPeriods([...available]);
    const wanted = selectPeriods(all, options.periods);
    if (wanted.length === 0) continue;
    const latestWanted = wanted[wanted.length - 1];
    const compute = sortPeriods([...new Set([...all.filter((p) => comparePeriodLabels(p, latestWanted) <= 0), ...wanted])]);
    returnedPeriods.set(def.id, new Set(wanted));
    for (const period of compute) {
      if (nationalOnly) {
        countRows.push(inputRow(def, SCOTLAND.code, period, SCOTLAND.name, 'scotland'));
        continue;
      }
      const councils = councilCodes.map((code) => inputRow(def, code, period, councilName.get(code)!, 'council'));
      countRows.push(...councils);
      const byCode = new Map(councils.map((c) => [c.area, c]));
      const sum = (id: string, name: string, type: 'scotland' | 'group', members: string[]): CountRow => {
        const parts = members.map((m) => byCode.get(m)!);
        const complete = parts.every((p) => p.numerator !== null && (def.denominator === null || p.denominator !== null));
        const status = addStatus(carriedStatus(parts.map((p) => p.status)), ...(complete ? [] : ['not-available']),
          ...(parts.some((p) => hasCode(p.status, 'population-fallback')) ? ['population-fallback'] : []));
        const years = [...new Set(parts.map((p) => p.populationYear).filter((y): y is number => y !== null))];
        const bases = [...new Set(parts.map((p) => p.populationBase).filter((b): b is PopulationBase => b !== null))];
        return {
          def, area: id, areaName: name, areaType: type, period, members,
          numerator: complete ? parts.reduce((s, p) => s + (p.numerator as number), 0) : null,
          denominator: complete && def.denominator !== null ? parts.reduce((s, p) => s + (p.denominator as number), 0) : null,
          status: status || 'published',
          source: `Sum of ${members.length === 32 ? 'the 32 council areas' : `${members.length} council areas`}: ${uniqueJoin(parts.map((p) => p.source).filter((s) => s)) || 'no source given'}`,
          populationYear: years.length === 1 ? years[0] : null,
          populationBase: bases.length === 1 ? bases[0] : null,
        };
      };
      countRows.push(sum(SCOTLAND.code, SCOTLAND.name, 'scotland', councilCodes));
      for (const g of groups) countRows.push(sum(g.id, g.name, 'group', g.members));
    }
  }

  // --- disclosure control on counts, before measures -----------------------
  const breakdownInput = options.breakdowns ?? [];
  const councilSet = new Set(councilCodes);
  for (const b of breakdownInput) {
    if (!councilSet.has(b.area)) throw new FrameworkError(messages.breakdownArea(b.item, b.breakdown, b.area));
    if (!Number.isInteger(b.count) || b.count < 0) throw new FrameworkError(messages.breakdownCount(b.item, b.breakdown, b.area, b.period, b.count));
  }
  const breakdowns: ControlledBreakdown[] =
    options.disclosure !== false
      ? discloseCounts(countRows, options.disclosure ?? {}, breakdownInput)
      : breakdownInput.map((b) => ({ ...b, status: 'published', total_of: null }));

  // --- measures ------------------------------------------------------------
  const method = options.comparisonMethod ?? 'ci95';
  const labels = new Map(chosen.map((d) => [d, indicatorLabel(d)]));
  const out: ResultRow[] = countRows.map((c) => toResult(c, version, labels.get(c.def)!));
  const key = (def: string, area: string, period: string) => `${def}\u0000${area}\u0000${period}`;
  const byKey = new Map(out.map((r) => [key(r.indicator, r.area, r.period), r]));
  const defById = new Map(chosen.map((d) => [d.id, d]));

  // --- comparisons ---------------------------------------------------------
  for (const r of out) {
    const def = defById.get(r.indicator)!;
    const scot = byKey.get(key(r.indicator, SCOTLAND.code, r.period));
    r.scotland_value = scot ? scot.value : null;
    const compare = (benchmark: number | null): Comparison =>
      def.measure === 'count'
        ? 'Not compared'
        : compareWithBenchmark({ value: r.value, lower: r.lower, upper: r.upper, lower998: r.lower_998, upper998: r.upper_998 }, benchmark, { polarity: def.polarity, method });
    if (r.area_type === 'scotland') continue;
    r.comparison_scotland = compare(r.scotland_value);
    if (r.area_type === 'council') {
      const g = groupOf.get(r.area) ?? (comparatorType === 'scotland' ? null : null);
      if (comparatorType === 'scotland') {
        r.group_name = SCOTLAND.name;
        r.group_value = r.scotland_value;
        r.comparison_group = r.comparison_scotland;
      } else if (g) {
        const gr = byKey.get(key(r.indicator, g.id, r.period));
        r.group_name = g.name;
        r.group_value = gr ? gr.value : null;
        r.comparison_group = compare(r.group_value);
      }
    }
  }

  // --- trends on the latest returned row of each series --------------------
  const series = new Map<string, ResultRow[]>();
  for (const r of out) {
    const k = `${r.indicator}\u0000${r.area}`;
    const s = series.get(k) ?? [];
    s.push(r);
    series.set(k, s);
  }
  for (const s of series.values()) {
    const def = defById.get(s[0].indicator)!;
    const wanted = returnedPeriods.get(def.id)!;
    const byPeriod = new Map(s.map((r) => [r.period, r]));
    const ordered = sortPeriods([...byPeriod.keys()]).map((p) => byPeriod.get(p)!);
    // the first period on a new population base breaks the series: never joined silently
    markPopulationBreaks(ordered);
    const latest = [...ordered].reverse().find((r) => wanted.has(r.period));
    if (!latest) continue;
    Object.assign(latest, seriesTrend(ordered.slice(0, ordered.indexOf(latest) + 1), def));
  }

  // --- select returned rows and areas --------------------------------------
  const keepAreas = new Set<string>([...requested, SCOTLAND.code, ...groups.map((g) => g.id)]);
  const final = out.filter((r) => keepAreas.has(r.area) && returnedPeriods.get(r.indicator)?.has(r.period));
  const columns: Record<string, unknown[]> = {};
  for (const c of RESULT_COLUMNS) columns[c] = final.map((r) => r[c]);
  return { results: aq.table(columns), breakdowns };
}

/**
 * Mark the rows of one series (in period order) at which the population
 * base of a rate changes (unrebased → Census-2022-based): status
 * `break-in-series` (the trend says so too: {@link seriesTrend}).
 */
function markPopulationBreaks(ordered: ResultRow[]): void {
  let previous: PopulationBase | null = null;
  for (const r of ordered) {
    const base = r.population_base;
    if (base === null) continue;
    if (previous !== null && base !== previous) r.status = addStatus(r.status, 'break-in-series');
    previous = base;
  }
}

function hasCode(status: string, code: string): boolean {
  return parseStatus(status).includes(code);
}

function comparePeriodLabels(a: string, b: string): number {
  const s = sortPeriods([a, b]);
  return a === b ? 0 : s[0] === a ? -1 : 1;
}

function chooseDefinitions(definitions: IndicatorDefinition[], which: string[] | 'national' | 'supporting' | 'all'): IndicatorDefinition[] {
  if (which === 'all') return definitions;
  if (which === 'national' || which === 'supporting') return definitions.filter((d) => d.kind === which);
  return [...new Set(which)].map((id) => indicatorDefinition(id, definitions));
}

function selectPeriods(all: string[], periods: ComputeIndicatorsOptions['periods']): string[] {
  if (periods === undefined) return all;
  if (Array.isArray(periods)) return sortPeriods(periods.map(canonicalPeriod));
  const n = (periods as { last: number }).last;
  if (!Number.isInteger(n) || n < 1) throw new FrameworkError(messages.invalidPeriods(JSON.stringify(periods)));
  return all.slice(-n);
}

function measureOf(def: IndicatorDefinition, numerator: number, denominator: number | null, status: string): Measure {
  const confidence = [0.95, 0.998];
  switch (def.measure) {
    case 'count':
      return countWithInterval(numerator, { confidence, status });
    case 'percentage':
      // a ratio of flows (strictProportion: false) can have events over an empty denominator: no value, not an error
      if (denominator === 0) return { ...proportion(0, 0, { confidence, multiplier: def.multiplier, status }), numerator };
      if (denominator !== null && denominator > 0 && numerator > denominator) {
        const value = (numerator / denominator) * def.multiplier;
        return {
          value, lower: null, upper: null, confidence: 0.95, intervals: [], method: 'Ratio (numerator above denominator: no interval)',
          statistic: 'percentage', multiplier: def.multiplier, numerator, denominator, status,
        };
      }
      return proportion(numerator, denominator, { confidence, multiplier: def.multiplier, status });
    case 'rate':
    case 'mean':
      return crudeRate(numerator, denominator, { confidence, multiplier: def.multiplier, status });
  }
}

function toResult(c: CountRow, version: string, label: string): ResultRow {
  const def = c.def;
  let status = c.status || 'published';
  if (def.confirmation.status === 'provisional') status = addStatus(status, 'provisional');
  if (def.pandemicPeriods.includes(c.period)) status = addStatus(status, 'pandemic-caveat');
  if (def.breaksInSeries.some((b) => b.period === c.period)) status = addStatus(status, 'break-in-series');
  let m: Measure | null = null;
  const withheld = isWithheld(status);
  if (!withheld && c.numerator !== null && (def.denominator === null || c.denominator !== null)) {
    m = measureOf(def, c.numerator, c.denominator, status);
    status = m.status;
  } else if (!withheld) {
    status = addStatus(status, 'not-available');
  }
  const at = (conf: number) => {
    if (!m) return null;
    for (const i of m.intervals) if (Math.abs(i.confidence - conf) < 1e-9) return i;
    return null;
  };
  return {
    indicator: def.id,
    indicator_name: label,
    indicator_kind: def.kind,
    outcome: def.outcome,
    confirmation: def.confirmation.status,
    measure: def.measure,
    unit: def.unit,
    polarity: def.polarity,
    area: c.area,
    area_name: c.areaName,
    area_type: c.areaType,
    period: c.period,
    numerator: withheld ? null : c.numerator,
    denominator: c.denominator,
    population_year: c.populationYear,
    population_base: c.populationBase,
    value: m ? m.value : null,
    lower: at(0.95)?.lower ?? null,
    upper: at(0.95)?.upper ?? null,
    lower_998: at(0.998)?.lower ?? null,
    upper_998: at(0.998)?.upper ?? null,
    method: m ? m.method : null,
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
    status,
    source: c.source,
    framework_version: version,
  };
}
