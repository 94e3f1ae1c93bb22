import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { messages } from '../messages.js';
import { OBSERVATION_COLUMNS } from '../observation.js';
import { parsePeriod } from '../periods/parse-period.js';
import { STATUS_CODES, addStatus, isWithheld, parseStatus } from '../status.js';
import { DataError, type DataIssue, type DataWarning } from './data-error.js';
import { issue } from './issue-helpers.js';
import { observationSchema } from './observation-schema.js';
import { readCell } from './read-cell.js';
import { readGrid } from './read-grid.js';
import type { ReadOptions, TableSource } from './table-source.js';

/**
 * Options for {@link readObservations}: those of {@link readTable}, plus
 * - `source`: the source of every row when the file has no `source` column
 *   (a `source` column wins where it is filled). __Default value:__ none.
 * - `status`: status codes added to every row, e.g. `'synthetic'`.
 *   __Default value:__ none.
 *
 * @example
 * ```ts
 * await readObservations('synthetic.csv', { source: 'cjsnsa generator', status: 'synthetic' });
 * ```
 */
export interface ReadObservationsOptions extends ReadOptions {
  source?: string;
  status?: string;
}

/**
 * What {@link readObservations} returns: the table and every warning raised.
 *
 * @example
 * ```ts
 * const { table, warnings }: ReadObservationsResult = await readObservations('x.csv');
 * ```
 */
export interface ReadObservationsResult {
  table: ColumnTable;
  warnings: DataWarning[];
}

const ALIASES: Record<string, string> = {
  indicator: 'indicator', data_item: 'indicator', indicator_id: 'indicator',
  area: 'area', area_code: 'area', gss_code: 'area', feature_code: 'area',
  period: 'period', year: 'period', financial_year: 'period',
  numerator: 'numerator', count: 'numerator',
  denominator: 'denominator',
  status: 'status', source: 'source',
  breakdown: 'breakdown', group: 'group',
};


/** Status codes that already say why a numerator is blank. */
const EXPLAINS_MISSING = new Set(['suppressed', 'secondary-suppressed', 'derived-from-suppressed', 'not-available', 'not-applicable', 'low-figure', 'zero-denominator']);

const normalise = (h: string) => h.trim().toLowerCase().replace(/[\s\-]+/g, '_');
const text = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = String(v).trim();
  return s === '' ? null : s;
};

/**
 * Read observations (see {@link Observation}) from a CSV or XLSX sheet and
 * check every row against {@link observationSchema}.
 *
 * - Header names are matched ignoring case, spaces and `-`/`_`; some variants
 *   are accepted: `Area code`/`GSS code` → `area`, `Count` → `numerator`,
 *   `Financial year`/`Year` → `period`, `Data item` → `indicator`.
 * - `period` is read with {@link parsePeriod} and stored canonically
 *   (`2022/23` → `2022-23`).
 * - `numerator`/`denominator` are read with {@link parseCell}: thousands
 *   separators and table symbols; a symbol's status is added to the row
 *   (`[c]` → `suppressed`). A blank denominator is simply `null`.
 * - `status`: codes joined by `;`; blank means `published`, or `not-available`
 *   when the numerator is blank.
 * - Other columns are kept as read.
 *
 * Nothing is dropped or guessed silently: every problem in the file is
 * collected and thrown as one {@link DataError}; things worth a look but
 * readable (unknown status codes, fractional counts, a withheld row that
 * carries a number, which is then removed) come back as `warnings`.
 *
 * @param source - a file path or `{ name, data }`.
 * @param options - see {@link ReadObservationsOptions}.
 * @returns a promise of `{ table, warnings }`.
 * @throws {@link DataError} listing every problem with file, row and column:
 *   missing required columns, blank values, bad periods, unreadable numbers,
 *   negative counts, duplicated observations, plus all {@link readTable} errors.
 * @example
 * ```ts
 * const { table, warnings } = await readObservations({ name: 'x.csv', data:
 *   'Indicator,Area code,Period,Count,Source\ncpo-commenced,S12000039,2022/23,"1,234",JSW\n' +
 *   'cpo-commenced,S12000013,2022/23,[c],JSW\n' });
 * table.objects();
 * // [{ indicator: 'cpo-commenced', area: 'S12000039', period: '2022-23', numerator: 1234,
 * //    denominator: null, status: 'published', source: 'JSW' },
 * //  { …, area: 'S12000013', numerator: null, status: 'suppressed', … }]
 * warnings; // []
 * ```
 */
export async function readObservations(source: TableSource, options: ReadObservationsOptions = {}): Promise<ReadObservationsResult> {
  const grid = await readGrid(source, options);
  const { file } = grid;
  const problems: DataIssue[] = [];
  const warnings: DataWarning[] = [];

  // map header → canonical names
  const index: Record<string, number> = {};
  const extras: { name: string; c: number }[] = [];
  grid.header.forEach((h, c) => {
    const canonical = ALIASES[normalise(h)];
    if (canonical && index[canonical] === undefined) index[canonical] = c;
    else if (canonical) problems.push(issue(messages.duplicateHeader(h), { file, row: grid.headerRow, column: h, columnLetter: grid.letters[c] }));
    else extras.push({ name: h, c });
  });
  const required = ['indicator', 'area', 'period', 'numerator'];
  for (const col of required) {
    if (index[col] === undefined) problems.push(issue(messages.missingColumn(col, grid.header), { file, row: grid.headerRow, column: col }));
  }
  if (index.source === undefined && !options.source) problems.push(issue(messages.missingSource(), { file, row: grid.headerRow, column: 'source' }));
  if (problems.length) throw new DataError(problems);

  const known = new Set<string>(STATUS_CODES);
  const hasBreakdown = index.breakdown !== undefined;
  const hasGroup = index.group !== undefined;
  const out: Record<string, unknown[]> = {};
  for (const col of [...OBSERVATION_COLUMNS, ...(hasBreakdown ? ['breakdown'] : []), ...(hasGroup ? ['group'] : [])]) out[col] = [];
  for (const { name } of extras) out[name] = [];
  const firstSeen = new Map<string, number>();
  const periodCache = new Map<string, string | Error>();
  const where: Record<string, { column: string; columnLetter: string | null }> = {};
  for (const col of ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source', 'breakdown', 'group']) {
    where[col] = { column: grid.header[index[col]] ?? col, columnLetter: grid.letters[index[col]] ?? null };
  }

  grid.rows.forEach((r, i) => {
    const row = grid.rowNumbers[i];
    const at = (col: string) => ({ file, row, ...where[col] });
    const rowProblems: DataIssue[] = [];
    const get = (col: string) => (index[col] === undefined ? null : r[index[col]]);

    // period
    let period = text(get('period'));
    if (period === null) rowProblems.push(issue(messages.requiredValue('period'), at('period')));
    else {
      let parsed = periodCache.get(period);
      if (parsed === undefined) {
        try {
          parsed = parsePeriod(period).label;
        } catch (e) {
          parsed = e as Error;
        }
        periodCache.set(period, parsed);
      }
      if (parsed instanceof Error) rowProblems.push(issue(parsed.message, at('period')));
      else period = parsed;
    }
    // status column
    let status = '';
    const statusText = index.status === undefined ? null : text(r[index.status]);
    if (statusText !== null) for (const code of parseStatus(statusText)) {
      if (!known.has(code)) warnings.push(issue(messages.unknownStatus(code), at('status')));
      status = addStatus(status, code);
    }
    if (options.status) status = addStatus(status, ...parseStatus(options.status));
    // counts
    const counts: Record<string, number | null> = {};
    for (const col of ['numerator', 'denominator']) {
      if (index[col] === undefined) {
        counts[col] = null;
        continue;
      }
      const cell = readCell(get(col));
      if (cell.error) {
        rowProblems.push(issue(cell.error, at(col)));
        counts[col] = null;
        continue;
      }
      counts[col] = cell.value;
      const blank = text(get(col)) === null;
      if (cell.status && !(blank && col === 'denominator')) status = addStatus(status, ...parseStatus(cell.status));
      if (cell.value !== null && !Number.isInteger(cell.value)) warnings.push(issue(messages.fractionalCount(col, cell.value), at(col)));
    }
    if (counts.numerator === null && parseStatus(status).every((c) => !EXPLAINS_MISSING.has(c))) {
      status = addStatus(status, 'not-available');
    }
    if (isWithheld(status) && counts.numerator !== null) {
      warnings.push(issue(messages.suppressedWithValue('numerator'), at('numerator')));
      counts.numerator = null;
    }
    if (status === '') status = 'published';

    const obs: Record<string, unknown> = {
      indicator: text(get('indicator')) ?? '',
      area: text(get('area')) ?? '',
      period: period ?? '',
      numerator: counts.numerator,
      denominator: counts.denominator,
      status,
      source: text(get('source')) ?? options.source ?? '',
    };
    if (hasBreakdown) obs.breakdown = text(get('breakdown'));
    if (hasGroup) obs.group = text(get('group'));

    const checked = observationSchema.safeParse(obs);
    if (!checked.success) {
      for (const zi of checked.error.issues) {
        const col = String(zi.path[0]);
        if (col === 'period' && rowProblems.some((p) => p.column === at('period').column)) continue;
        const reason = zi.message === 'is blank' && (col === 'indicator' || col === 'area' || col === 'source') ? messages.requiredValue(col) : messages.schemaIssue(col, zi.message);
        rowProblems.push(issue(reason, at(col)));
      }
    }
    if (!rowProblems.length) {
      const key = [obs.indicator, obs.area, obs.period, obs.breakdown ?? '', obs.group ?? ''].join(' | ');
      const first = firstSeen.get(key);
      if (first !== undefined) rowProblems.push(issue(messages.duplicateObservation(key, first), { file, row }));
      else firstSeen.set(key, row);
    }
    if (rowProblems.length) {
      problems.push(...rowProblems);
      return;
    }
    for (const col of Object.keys(obs)) out[col].push(obs[col]);
    for (const { name, c } of extras) out[name].push(r[c]);
  });
  if (problems.length) throw new DataError(problems);
  return { table: aq.table(out), warnings };
}
