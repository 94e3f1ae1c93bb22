import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { DataError, messages as coreMessages, parsePeriod, type DataIssue, type DataWarning, type ObservationColumn, type ReadObservationsResult } from '@cjsnsa/core';
import { POPULATION_ITEMS } from '../compute/population-lookup.js';
import { indicatorDefinitions } from '../definitions/indicator-definitions.js';
import { COUNCIL_AREAS } from '../geography/council-areas.js';
import { SCOTLAND } from '../geography/scotland.js';
import { messages } from '../messages.js';
import { dataItems } from './data-items.js';
import { flowRatioPairs } from './flow-ratio-pairs.js';
import type { ObservationChecksOptions } from './observation-checks.js';
import { proportionPairs } from './proportion-pairs.js';

/**
 * What {@link validateObservations} returns: the observations of every file
 * in one table (totals rows left out, repeats read once) and every warning,
 * those of the reads first.
 *
 * @example
 * ```ts
 * const { table, warnings }: ValidatedObservations = validateObservations([a, b]);
 * ```
 */
export interface ValidatedObservations {
  table: ColumnTable;
  warnings: DataWarning[];
}

interface Located {
  read: number;
  index: number;
  file: string;
  row: number;
  obs: Record<string, unknown>;
}

const COUNCILS = new Set(COUNCIL_AREAS.map((a) => a.code));
const AREA_NAMES = new Map<string, string>([...COUNCIL_AREAS.map((a) => [a.code, a.name] as [string, string]), [SCOTLAND.code, SCOTLAND.name]]);
const keyOf = (o: Record<string, unknown>, area = o.area) => [o.indicator, area, o.period, o.breakdown ?? '', o.group ?? ''].join(' | ');
/** Breakdown values that mean "everyone" (as computeIndicators reads them). */
const TOTAL_BREAKDOWNS = new Set(['', 'all', 'total']);
const isTotalRow = (o: Record<string, unknown>) => o.breakdown === undefined || o.breakdown === null || TOTAL_BREAKDOWNS.has(String(o.breakdown).trim().toLowerCase());

/**
 * A ratio of two flows (completions over commencements in a year) may pass
 * 100%, as cases that began in earlier years end in this one; past this many
 * times its denominator (and by more than {@link FLOW_RATIO_SLACK}, so that
 * small numbers are not refused) it cannot be right.
 *
 * @example
 * ```ts
 * // refused: completions more than 3 times the commencements, and more than 30 above them
 * const implausible = completed > FLOW_RATIO_LIMIT * commenced && completed - commenced > FLOW_RATIO_SLACK; // 400 over 100: true
 * ```
 */
export const FLOW_RATIO_LIMIT = 3;
/**
 * See {@link FLOW_RATIO_LIMIT}.
 *
 * @example
 * ```ts
 * FLOW_RATIO_SLACK; // 30: 12 completions over 3 commencements (4 times, but only 9 more) is a warning, not an error
 * ```
 */
export const FLOW_RATIO_SLACK = 30;

/** `rows 3–5, 9` (one file) or `a.csv rows 3–5; b.csv row 2`. */
function rowList(locs: readonly Located[], file?: string): string {
  const byFile = new Map<string, number[]>();
  for (const l of locs) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l.row]);
  const parts: string[] = [];
  for (const [f, rows] of byFile) {
    rows.sort((a, b) => a - b);
    const runs: string[] = [];
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      runs.push(j > i ? `${rows[i]}–${rows[j]}` : String(rows[i]));
      i = j + 1;
    }
    const text = runs.length > 12 ? `${runs.slice(0, 12).join(', ')} and ${runs.length - 12} more` : runs.join(', ');
    parts.push(`${f === file ? '' : `${f} `}${rows.length === 1 ? 'row' : 'rows'} ${text}`);
  }
  return parts.join('; ');
}
const percent = (n: number, d: number) =>
  d === 0 ? 'without a value (0 to divide by)' : `${((100 * n) / d).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

/**
 * The framework's checks across the rows of observation files read by
 * `readObservations` (best with {@link observationChecks} as its `check`,
 * and `onProblems: 'return'`, so that the problems of the reads and these
 * are listed together), naming file, row and column from each read's
 * `origin`:
 *
 * - **Files with no rows**: a problem (core reads them with a warning).
 * - **Rows no indicator would use** (items the definitions know): a
 *   council-area row of a Scotland-only series (NI9), and a Scotland row of
 *   an item computed per council area with no council rows beside it, are
 *   left out with a warning.
 * - **Totals rows**: a Scotland row (`S92000003`, or one read from
 *   `Scotland`/`Total`) for a data item, period and breakdown that also has
 *   council-area rows is left out, with a warning, since cjsnsa computes
 *   Scotland as the sum of the areas. Its value is checked against that sum
 *   (all 32 areas present: it must equal it; fewer: it must not be below
 *   it), with a warning when it disagrees. Scotland rows of a national-only
 *   series (no area rows) are kept.
 * - **Breakdowns** (a `breakdown` column; blank, `All` or `Total` is the
 *   total): breakdown rows adding up to more than their total (within one
 *   `group`) are a problem; two total rows for one data item, area and
 *   period are read once if equal, a problem if not; breakdown rows without
 *   a total row, and breakdown rows at all (indicators use totals only),
 *   get a warning.
 * - **Counts above the population**: a count (numerator or denominator,
 *   any item but the populations) above its area's largest population aged
 *   16–70 (from `options.population` and the files' own
 *   `population-16-70` rows) is a problem.
 * - **Proportions across data items**: for a strict proportion (see
 *   {@link ObservationChecksOptions}), a numerator item's count above the
 *   denominator item's count for the same area, period and breakdown is a
 *   problem (e.g. CPOs completed above CPOs terminated, for NI4). For a
 *   ratio of two flows that can exceed 100% (completions over
 *   commencements), it is a warning, and a problem past
 *   {@link FLOW_RATIO_LIMIT} times the denominator.
 * - **The same observation in two files**: a problem when the values
 *   differ; read once, with a warning, when the rows are identical.
 *
 * @param reads - results of `readObservations`, one per file.
 * @param options - see {@link ObservationChecksOptions}.
 * @returns the observations in one table and every warning.
 * @throws DataError listing every problem by file, row and column: those
 *   the reads returned and those found here.
 * @example
 * ```ts
 * const reads = [await readObservations('cpo.csv', { check: observationChecks() })];
 * const { table, warnings } = validateObservations(reads);
 * // a "Scotland" row among the 32 council areas: left out, with a warning
 * ```
 */
export function validateObservations(reads: readonly ReadObservationsResult[], options: ObservationChecksOptions = {}): ValidatedObservations {
  const definitions = options.definitions ?? indicatorDefinitions();
  const known = new Map(dataItems(definitions).map((i) => [i.id, i]));
  const problems: DataIssue[] = reads.flatMap((r) => r.problems ?? []);
  const warnings: DataWarning[] = [];
  // a file with no rows: nothing can come of it
  const noRows = coreMessages.noDataRows();
  for (const r of reads) {
    const empty = r.table.numRows() === 0 && !(r.problems ?? []).length;
    for (const w of r.warnings) {
      if (empty && w.message === noRows) problems.push({ ...w, message: messages.noRowsInFile() });
      else warnings.push(w);
    }
  }
  const at = (l: Located, column: ObservationColumn | null) => {
    const c = column ? reads[l.read].origin.columns[column] : null;
    return { file: l.file, row: l.row, column: c?.column ?? null, columnLetter: c?.columnLetter ?? null };
  };
  const rows: Located[] = [];
  reads.forEach((r, read) => {
    const objects = r.table.objects() as Record<string, unknown>[];
    objects.forEach((obs, index) => rows.push({ read, index, file: r.origin.file, row: r.origin.rows[index], obs }));
  });
  const dropped = new Set<Located>();
  const where = (l: Located, from: Located) => (l.file === from.file ? `row ${l.row}` : `${l.file}, row ${l.row}`);

  // the same observation in two files
  const first = new Map<string, Located>();
  for (const l of rows) {
    const key = keyOf(l.obs);
    const f = first.get(key);
    if (!f) {
      first.set(key, l);
      continue;
    }
    const same = ['numerator', 'denominator', 'status', 'source'].every((c) => f.obs[c] === l.obs[c]);
    if (same) {
      warnings.push({ ...at(l, null), message: messages.duplicateAcrossFilesIdentical(f.file, f.row) });
      dropped.add(l);
    } else problems.push({ ...at(l, null), message: messages.duplicateAcrossFiles(key, f.file, f.row) });
  }

  // council-area rows of a Scotland-only series
  for (const l of rows) {
    const item = known.get(String(l.obs.indicator));
    if (dropped.has(l) || !item || item.council || l.obs.area === SCOTLAND.code) continue;
    dropped.add(l);
    warnings.push({ ...at(l, 'area'), message: messages.areaRowNotUsed(item.id, item.indicators) });
  }

  // totals rows among area rows
  const groups = new Map<string, { total: Located[]; areas: Located[] }>();
  for (const l of rows) {
    if (dropped.has(l)) continue;
    const key = keyOf(l.obs, '');
    const g = groups.get(key) ?? { total: [], areas: [] };
    (l.obs.area === SCOTLAND.code ? g.total : g.areas).push(l);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    if (!g.total.length) continue;
    if (!g.areas.length) {
      // a Scotland row alone: kept for a Scotland series, left out where Scotland is the sum of the areas
      for (const t of g.total) {
        const item = known.get(String(t.obs.indicator));
        if (!item || item.scotland) continue;
        dropped.add(t);
        warnings.push({ ...at(t, 'area'), message: messages.scotlandRowNotUsed(item.id, String(t.obs.period)) });
      }
      continue;
    }
    const covered = new Set<string>();
    let sum = 0;
    let complete = true;
    for (const a of g.areas) {
      for (const code of String(a.obs.area).split(';')) if (COUNCILS.has(code)) covered.add(code);
      if (typeof a.obs.numerator === 'number') sum += a.obs.numerator;
      else complete = false;
    }
    complete &&= covered.size === COUNCILS.size;
    for (const t of g.total) {
      dropped.add(t);
      warnings.push({ ...at(t, 'area'), message: messages.totalsRowLeftOut(String(t.obs.indicator), String(t.obs.period)) });
      const total = t.obs.numerator;
      if (typeof total !== 'number') continue;
      if ((complete && sum !== total) || (!complete && sum > total)) {
        warnings.push({ ...at(t, 'numerator'), message: messages.totalsDisagree(total, sum, g.areas.length) });
      }
    }
  }

  // breakdowns: one total per data item × area × period, parts not above it
  const totals = new Map<string, Located>();
  const parts = new Map<string, Located[]>();
  const partsByFileItem = new Map<string, Located[]>();
  for (const l of rows) {
    if (dropped.has(l)) continue;
    const cell = [l.obs.indicator, l.obs.area, l.obs.period].join(' | ');
    if (isTotalRow(l.obs)) {
      const t = totals.get(cell);
      if (!t) totals.set(cell, l);
      else if (keyOf(t.obs) === keyOf(l.obs)) continue; // the same observation twice: reported above
      else if (t.obs.numerator === l.obs.numerator && t.obs.denominator === l.obs.denominator) {
        dropped.add(l);
        warnings.push({ ...at(l, 'breakdown'), message: messages.totalRowRepeated(where(t, l)) });
      } else problems.push({ ...at(l, 'numerator'), message: messages.totalRowsDiffer(l.obs.numerator as number | null, where(t, l), t.obs.numerator as number | null) });
      continue;
    }
    const group = l.obs.group === undefined || l.obs.group === null ? '' : String(l.obs.group);
    const k = `${cell} | ${group}`;
    parts.set(k, [...(parts.get(k) ?? []), l]);
    const fk = `${l.file}\u0001${l.obs.indicator}`;
    partsByFileItem.set(fk, [...(partsByFileItem.get(fk) ?? []), l]);
  }
  const noTotal = new Set<string>();
  for (const [k, ls] of parts) {
    const cell = k.slice(0, k.lastIndexOf(' | '));
    const t = totals.get(cell);
    if (!t) {
      if (!noTotal.has(cell)) warnings.push({ ...at(ls[0], 'breakdown'), message: messages.breakdownWithoutTotal(String(ls[0].obs.indicator), String(ls[0].obs.area), String(ls[0].obs.period)) });
      noTotal.add(cell);
      continue;
    }
    const sum = ls.reduce((s, l) => s + (typeof l.obs.numerator === 'number' ? l.obs.numerator : 0), 0);
    if (typeof t.obs.numerator === 'number' && sum > t.obs.numerator) {
      const group = ls[0].obs.group === undefined || ls[0].obs.group === null ? null : String(ls[0].obs.group);
      problems.push({ ...at(t, 'numerator'), message: messages.breakdownAboveTotal(sum, t.obs.numerator, group, rowList(ls, t.file)) });
    }
  }
  for (const ls of partsByFileItem.values()) {
    warnings.push({ file: ls[0].file, row: null, column: null, columnLetter: null, message: messages.breakdownRowsKept(ls.length, String(ls[0].obs.indicator), rowList(ls, ls[0].file)) });
  }

  const kept = rows.filter((l) => !dropped.has(l));

  // counts above the area's population aged 16–70
  const byYear = new Map<string, Map<string, number>>();
  const addPopulation = (area: unknown, period: unknown, value: unknown) => {
    if (typeof value !== 'number' || !AREA_NAMES.has(String(area))) return;
    const m = byYear.get(String(area)) ?? new Map<string, number>();
    m.set(String(period), value);
    byYear.set(String(area), m);
  };
  if (options.population) {
    const t = options.population;
    const [indicator, area, period, numerator] = (['indicator', 'area', 'period', 'numerator'] as const).map((c) => t.array(c) as ArrayLike<unknown>);
    for (let i = 0; i < t.numRows(); i++) if (POPULATION_ITEMS[String(indicator[i])]) addPopulation(area[i], period[i], numerator[i]);
  }
  for (const l of kept) if (POPULATION_ITEMS[String(l.obs.indicator)]) addPopulation(l.obs.area, l.obs.period, l.obs.numerator);
  if (!byYear.has(SCOTLAND.code)) {
    // Scotland: the sum of the 32 areas, in the years all of them have
    for (const year of byYear.get(COUNCIL_AREAS[0].code)?.keys() ?? []) {
      if ([...COUNCILS].every((c) => byYear.get(c)?.has(year))) addPopulation(SCOTLAND.code, year, [...COUNCILS].reduce((s, c) => s + byYear.get(c)!.get(year)!, 0));
    }
  }
  const largest = new Map<string, { value: number; year: string }>();
  for (const [area, m] of byYear) {
    for (const [year, value] of m) {
      const p = largest.get(area);
      if (!p || value > p.value) largest.set(area, { value, year });
    }
  }
  for (const l of kept) {
    if (String(l.obs.indicator).startsWith('population-')) continue;
    const p = largest.get(String(l.obs.area));
    if (!p) continue;
    for (const column of ['numerator', 'denominator'] as const) {
      const v = l.obs[column];
      if (typeof v === 'number' && v > p.value) {
        problems.push({ ...at(l, column), message: messages.countAbovePopulation(column, v, AREA_NAMES.get(String(l.obs.area))!, p.value, p.year) });
      }
    }
  }

  // a numerator item above its denominator item
  const byItem = new Map<string, Located>();
  for (const l of kept) byItem.set(keyOf(l.obs), l);
  for (const p of proportionPairs(definitions, options.proportions)) {
    if (p.numerator.item === p.denominator.item) continue; // checked row by row (observationChecks)
    for (const l of kept) {
      if (l.obs.indicator !== p.numerator.item) continue;
      const d = byItem.get(keyOf({ ...l.obs, indicator: p.denominator.item }));
      const n = l.obs[p.numerator.field];
      const dv = d?.obs[p.denominator.field];
      if (d && typeof n === 'number' && typeof dv === 'number' && n > dv) {
        problems.push({ ...at(l, p.numerator.field), message: messages.numeratorAboveDenominatorItem(n, p.denominator.item, dv, where(d, l), p.indicators) });
      }
    }
  }
  // a ratio of two flows: past 100% may be right, far past it cannot
  const strict = new Set(proportionPairs(definitions, options.proportions).flatMap((p) => p.indicators));
  for (const p of flowRatioPairs(definitions)) {
    const indicators = p.indicators.filter((id) => !strict.has(id));
    if (!indicators.length) continue;
    for (const l of kept) {
      if (l.obs.indicator !== p.numerator.item) continue;
      const d = byItem.get(keyOf({ ...l.obs, indicator: p.denominator.item }));
      const n = l.obs[p.numerator.field];
      const dv = d?.obs[p.denominator.field];
      if (!d || typeof n !== 'number' || typeof dv !== 'number' || n <= dv) continue;
      if (n > FLOW_RATIO_LIMIT * dv && n - dv > FLOW_RATIO_SLACK) {
        problems.push({ ...at(l, p.numerator.field), message: messages.flowRatioImplausible(n, p.denominator.item, dv, where(d, l), indicators, percent(n, dv), FLOW_RATIO_LIMIT) });
      } else warnings.push({ ...at(l, p.numerator.field), message: messages.flowRatioAbove100(n, p.denominator.item, dv, where(d, l), indicators, percent(n, dv)) });
    }
  }

  if (problems.length) {
    const order = new Map(reads.map((r, i) => [r.origin.file, i]));
    problems.sort((a, b) => (order.get(a.file ?? '') ?? 0) - (order.get(b.file ?? '') ?? 0) || (a.row ?? 0) - (b.row ?? 0));
    throw new DataError(problems);
  }

  // one table: the union of the files' columns
  const columns: string[] = [];
  for (const r of reads) for (const c of r.table.columnNames()) if (!columns.includes(c)) columns.push(c);
  const data: Record<string, unknown[]> = Object.fromEntries(columns.map((c) => [c, []]));
  for (const l of kept) for (const c of columns) data[c].push(l.obs[c] === undefined ? null : l.obs[c]);
  return { table: aq.table(data), warnings };
}
