import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { messages } from '../messages.js';
import { OBSERVATION_COLUMNS, type Observation } from '../observation.js';
import { parsePeriod } from '../periods/parse-period.js';
import { STATUS_CODES, addStatus, isWithheld, parseStatus } from '../status.js';
import { DataError, type DataIssue, type DataWarning } from './data-error.js';
import { issue } from './issue-helpers.js';
import type { ObservationCheck, ObservationColumn } from './observation-check.js';
import { passesObservationSchema } from './observation-quick-check.js';
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
 * - `check`: a further check of each row (see {@link ObservationCheck}),
 *   e.g. framework's geography checks. __Default value:__ none.
 * - `onProblems`: `'throw'` a {@link DataError} listing every problem, or
 *   `'return'` them as `problems` beside a table of the rows that have none
 *   (for callers that check more across files before reporting everything
 *   at once). A file that cannot be read at all (no such file, empty, a
 *   required column missing) throws either way. __Default value:__ `'throw'`.
 *
 * @example
 * ```ts
 * await readObservations('synthetic.csv', { source: 'cjsnsa generator', status: 'synthetic' });
 * ```
 */
export interface ReadObservationsOptions extends ReadOptions {
  source?: string;
  status?: string;
  check?: ObservationCheck;
  onProblems?: 'throw' | 'return';
}

/**
 * Where the rows of a table read by {@link readObservations} came from, so
 * later checks can name file, row and column: `rows[i]` is the Excel row of
 * table row `i`, and `columns` gives each observation column's header name
 * as written in the file and its letter.
 *
 * @example
 * ```ts
 * const { table, origin } = await readObservations('cpo.csv');
 * origin.rows[0]; // 2 (the first data row, under the header)
 * origin.columns.numerator; // { column: 'Count', columnLetter: 'D' }
 * ```
 */
export interface ObservationOrigin {
  file: string;
  rows: number[];
  columns: Record<ObservationColumn, { column: string; columnLetter: string | null }>;
}

/**
 * What {@link readObservations} returns: the table and every warning raised.
 *
 * @example
 * ```ts
 * const { table, warnings, origin }: ReadObservationsResult = await readObservations('x.csv');
 * ```
 */
export interface ReadObservationsResult {
  table: ColumnTable;
  warnings: DataWarning[];
  origin: ObservationOrigin;
  /** Problems found, with `onProblems: 'return'` (always empty otherwise). */
  problems: DataIssue[];
}

const ALIASES: Record<string, string> = {
  indicator: 'indicator', data_item: 'indicator', indicator_id: 'indicator',
  area: 'area', area_code: 'area', gss_code: 'area', feature_code: 'area',
  council_area: 'area', local_authority: 'area', local_authority_area: 'area',
  period: 'period', year: 'period', financial_year: 'period',
  numerator: 'numerator', count: 'numerator',
  denominator: 'denominator',
  status: 'status', source: 'source',
  breakdown: 'breakdown', group: 'group',
};


/** Status codes that already say why a numerator is blank. */
const EXPLAINS_MISSING = new Set(['suppressed', 'secondary-suppressed', 'derived-from-suppressed', 'withheld-with-group', 'not-available', 'not-applicable', 'low-figure', 'zero-denominator']);

const normalise = (h: string) => h.trim().toLowerCase().replace(/[\s\-]+/g, '_');
const REQUIRED = ['indicator', 'area', 'period', 'numerator'];
/** A row holding every required column (by any accepted name) is the header. */
const isObservationHeader = (names: string[]) => {
  const found = new Set(names.map((n) => ALIASES[normalise(n)]));
  return REQUIRED.every((c) => found.has(c));
};
const byRow = (a: DataIssue, b: DataIssue) => (a.row ?? 0) - (b.row ?? 0);
const COLUMNS: ObservationColumn[] = ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source', 'breakdown', 'group'];
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
 *   are accepted: `Area code`/`GSS code`/`Council area`/`Local authority` →
 *   `area`, `Count` → `numerator`,
 *   `Financial year`/`Year` → `period`, `Data item` → `indicator`.
 * - The header is the first row holding the required columns (`indicator`,
 *   `area`, `period`, `numerator`), so titles and notes above the table are
 *   skipped (with a warning); a two-row header (a merged heading above the
 *   column names) is read as one. `headerRow` overrides this.
 * - `period` is read with {@link parsePeriod} and stored canonically
 *   (`2022/23` → `2022-23`).
 * - `numerator`/`denominator` are read with {@link parseCell}: thousands
 *   separators and table symbols; a symbol's status is added to the row
 *   (`[c]` → `suppressed`). A blank denominator is simply `null`. In a
 *   semicolon-separated CSV numbers are read with a decimal comma (`1.234`
 *   is 1234).
 * - `status`: codes joined by `;`; blank means `published`, or `not-available`
 *   when the numerator is blank.
 * - Other columns are kept as read.
 *
 * Nothing is dropped or guessed silently: every problem in the file (up to a
 * CSV quoting problem, where reading stops) is collected and thrown as one
 * {@link DataError}; things worth a look but
 * readable come back as `warnings`: text read as Windows-1252, a CSV
 * separated by `;` or tabs, a header below title rows, unknown status codes,
 * fractional counts, a withheld row that carries a number (removed), a row
 * repeating another exactly (read once), and a file with no data rows.
 *
 * @param source - a file path or `{ name, data }`.
 * @param options - see {@link ReadObservationsOptions}.
 * @returns a promise of `{ table, warnings, origin, problems }` ({@link ObservationOrigin}).
 * @throws {@link DataError} listing every problem with file, row and column,
 *   in row order: missing required columns, blank values, bad periods,
 *   unreadable numbers, negative counts, the same observation twice with
 *   different values, problems from `options.check`, plus all
 *   {@link readTable} errors.
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
  const grid = await readGrid(source, { ...options, isHeader: isObservationHeader });
  const { file } = grid;
  const problems: DataIssue[] = [...grid.problems];
  const warnings: DataWarning[] = [...grid.warnings];

  // map header → canonical names
  const index: Record<string, number> = {};
  const extras: { name: string; c: number }[] = [];
  grid.header.forEach((h, c) => {
    const canonical = ALIASES[normalise(h)];
    if (canonical && index[canonical] === undefined) index[canonical] = c;
    else if (canonical) problems.push(issue(messages.duplicateHeader(h), { file, row: grid.headerRow, column: h, columnLetter: grid.letters[c] }));
    else extras.push({ name: h, c });
  });
  for (const col of REQUIRED) {
    if (index[col] === undefined) problems.push(issue(messages.missingColumn(col, grid.header), { file, row: grid.headerRow, column: col }));
  }
  if (index.source === undefined && !options.source) problems.push(issue(messages.missingSource(), { file, row: grid.headerRow, column: 'source' }));
  if (REQUIRED.some((c) => index[c] === undefined) || (index.source === undefined && !options.source)) throw new DataError(problems.sort(byRow));

  const known = new Set<string>(STATUS_CODES);
  const hasBreakdown = index.breakdown !== undefined;
  const hasGroup = index.group !== undefined;
  const out: Record<string, unknown[]> = {};
  for (const col of [...OBSERVATION_COLUMNS, ...(hasBreakdown ? ['breakdown'] : []), ...(hasGroup ? ['group'] : [])]) out[col] = [];
  for (const { name } of extras) out[name] = [];
  const rowsOut: number[] = [];
  // each observation's key → its place in the output, to find one given twice
  const firstSeen = new Map<string, number>();
  const extraValue = (v: unknown) => (v instanceof Date ? v.getTime() : v ?? '');
  /** Whether the observation kept at output place `at` has the same values as `obs` (row `r`). */
  const sameValues = (at: number, obs: Record<string, unknown>, r: unknown[]) =>
    (['numerator', 'denominator', 'status', 'source'] as const).every((k) => String(out[k][at]) === String(obs[k])) &&
    extras.every(({ name, c }) => String(extraValue(out[name][at])) === String(extraValue(r[c])));
  const periodCache = new Map<string, string | Error>();
  const where = {} as ObservationOrigin['columns'];
  for (const col of COLUMNS) {
    where[col] = { column: grid.header[index[col]] ?? col, columnLetter: grid.letters[index[col]] ?? null };
  }

  const column = (name: string) => index[name] ?? -1;
  const [cIndicator, cArea, cPeriod, cStatus, cSource, cBreakdown, cGroup] = ['indicator', 'area', 'period', 'status', 'source', 'breakdown', 'group'].map(column);
  const countColumns = [
    { name: 'numerator', c: column('numerator') },
    { name: 'denominator', c: column('denominator') },
  ] as const;
  const cellOf = (r: unknown[], c: number) => (c < 0 ? null : r[c]);
  const at = (row: number, col: string) => ({ file, row, ...where[col as ObservationColumn] });
  const optionStatus = options.status ? parseStatus(options.status) : null;
  // Each distinct text is read once: a status column's codes, a count cell (bounded caches; cleared when full).
  const statusRead = new Map<string, { status: string; unknown: string[] }>();
  const cellsRead = new Map<unknown, ReturnType<typeof readCell>>();
  const readCount = (raw: unknown) => {
    if (typeof raw !== 'string' && typeof raw !== 'number') return readCell(raw, grid.decimalComma);
    let cell = cellsRead.get(raw);
    if (cell === undefined) {
      if (cellsRead.size >= 20_000) cellsRead.clear();
      cell = readCell(raw, grid.decimalComma);
      cellsRead.set(raw, cell);
    }
    return cell;
  };

  for (let i = 0; i < grid.rows.length; i++) {
    const r = grid.rows[i];
    const row = grid.rowNumbers[i];
    const rowProblems: DataIssue[] = [];

    // period
    let period = text(cellOf(r, cPeriod));
    if (period === null) rowProblems.push(issue(messages.requiredValue('period'), at(row, 'period')));
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
      if (parsed instanceof Error) rowProblems.push(issue(parsed.message, at(row, 'period')));
      else period = parsed;
    }
    // status column
    let status = '';
    const statusText = text(cellOf(r, cStatus));
    if (statusText !== null) {
      let read = statusRead.get(statusText);
      if (read === undefined) {
        read = { status: '', unknown: [] };
        for (const code of parseStatus(statusText)) {
          if (!known.has(code)) read.unknown.push(code);
          read.status = addStatus(read.status, code);
        }
        if (statusRead.size < 10_000) statusRead.set(statusText, read);
      }
      for (const code of read.unknown) warnings.push(issue(messages.unknownStatus(code), at(row, 'status')));
      status = read.status;
    }
    if (optionStatus) status = addStatus(status, ...optionStatus);
    // counts
    const counts: Record<string, number | null> = { numerator: null, denominator: null };
    for (const { name, c } of countColumns) {
      if (c < 0) continue;
      const raw = r[c];
      const cell = readCount(raw);
      if (cell.error) {
        rowProblems.push(issue(cell.error, at(row, name)));
        continue;
      }
      counts[name] = cell.value;
      if (cell.status && !(name === 'denominator' && text(raw) === null)) status = addStatus(status, ...parseStatus(cell.status));
      if (cell.value !== null && !Number.isInteger(cell.value)) warnings.push(issue(messages.fractionalCount(name, cell.value), at(row, name)));
    }
    if (counts.numerator === null && parseStatus(status).every((c) => !EXPLAINS_MISSING.has(c))) {
      status = addStatus(status, 'not-available');
    }
    if (isWithheld(status) && counts.numerator !== null) {
      warnings.push(issue(messages.suppressedWithValue('numerator'), at(row, 'numerator')));
      counts.numerator = null;
    }
    if (status === '') status = 'published';

    const obs: Record<string, unknown> = {
      indicator: text(cellOf(r, cIndicator)) ?? '',
      area: text(cellOf(r, cArea)) ?? '',
      period: period ?? '',
      numerator: counts.numerator,
      denominator: counts.denominator,
      status,
      source: text(cellOf(r, cSource)) ?? options.source ?? '',
    };
    if (hasBreakdown) obs.breakdown = text(r[cBreakdown]);
    if (hasGroup) obs.group = text(r[cGroup]);

    // the caller's check (e.g. geography), on columns core found no problem in
    if (options.check) {
      const flagged = new Set(rowProblems.map((p) => p.column));
      const result = options.check(obs as unknown as Observation, { file, row });
      for (const f of result?.problems ?? []) {
        if (!f.column) rowProblems.push(issue(f.message, { file, row }));
        else if (!flagged.has(at(row, f.column).column)) rowProblems.push(issue(f.message, at(row, f.column)));
      }
      for (const f of result?.warnings ?? []) warnings.push(issue(f.message, f.column ? at(row, f.column) : { file, row }));
      for (const [k, v] of Object.entries(result?.replace ?? {})) if (v !== undefined) obs[k] = v;
    }

    // the schema: checked in plain code first, and by zod (for its messages) only when that finds something
    const checked = passesObservationSchema(obs) ? null : observationSchema.safeParse(obs);
    if (checked && !checked.success) {
      for (const zi of checked.error.issues) {
        const col = String(zi.path[0]);
        if (rowProblems.some((p) => p.column === at(row, col).column)) continue;
        const reason = zi.message === 'is blank' && (col === 'indicator' || col === 'area' || col === 'source') ? messages.requiredValue(col) : messages.schemaIssue(col, zi.message);
        rowProblems.push(issue(reason, at(row, col)));
      }
    }
    if (!rowProblems.length) {
      const key = `${obs.indicator} | ${obs.area} | ${obs.period} | ${obs.breakdown ?? ''} | ${obs.group ?? ''}`;
      const first = firstSeen.get(key);
      if (first !== undefined) {
        // the same observation again: identical (a warning) or with other values (a problem)
        const firstRow = rowsOut[first];
        if (sameValues(first, obs, r)) {
          warnings.push(issue(messages.duplicateIdentical(firstRow), { file, row }));
          continue;
        }
        rowProblems.push(issue(messages.duplicateObservation(key, firstRow), { file, row }));
      } else firstSeen.set(key, rowsOut.length);
    }
    if (rowProblems.length) {
      problems.push(...rowProblems);
      continue;
    }
    for (const col in obs) out[col].push(obs[col]);
    for (const { name, c } of extras) out[name].push(r[c]);
    rowsOut.push(row);
  }
  if (problems.length && options.onProblems !== 'return') throw new DataError(problems.sort(byRow));
  if (grid.rows.length === 0) warnings.push(issue(messages.noDataRows(), { file, row: grid.headerRow }));
  warnings.sort(byRow);
  for (const w of warnings) options.onWarning?.(w);
  return { table: aq.table(out), warnings, origin: { file, rows: rowsOut, columns: where }, problems: problems.sort(byRow) };
}
