import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import {
  DataError,
  readObservations,
  type DataIssue,
  type DataWarning,
  type ObservationColumn,
  type ObservationOrigin,
  type ReadObservationsOptions,
  type ReadObservationsResult,
} from '@cjsnsa/core';

/** Internal: where a cell of an official table is: its heading and column letter. */
export interface CellColumn {
  column: string | null;
  columnLetter: string | null;
}

/** Internal: one observation mapped from an official table, with the Excel row it came from. */
export interface ImportedRow {
  row: number;
  indicator: string;
  area: string;
  period: string;
  numerator: number | null;
  /** status codes (`''`: published) */
  status: string;
  breakdown?: string | null;
  group?: string | null;
  /** file, sheet and cells the row was read from */
  provenance: string;
}

/**
 * Internal: the observations read from one column (or one CSV) of an
 * official table: `file` names file and sheet, `columns` where each
 * observation column was read from, so that every later problem names the
 * cell as the user sees it.
 */
export interface ImportedRead {
  file: string;
  source: string;
  columns: Partial<Record<ObservationColumn, CellColumn>>;
  rows: ImportedRow[];
}

/** Internal: what an importer returns before the framework's checks. */
export interface ImportResult {
  reads: ImportedRead[];
  warnings: DataWarning[];
  problems: DataIssue[];
}

/**
 * What `readJswWorkbook` and `readStatisticsGovScot` return: the
 * observations (columns `indicator, area, period, numerator, denominator,
 * status, source`, `breakdown` and `group` where the table has them, and
 * `provenance`: file, sheet and cells each row was read from) and every
 * warning.
 *
 * @example
 * ```ts
 * const { table, warnings }: OfficialTablesRead = await readJswWorkbook('jsw-2023-24-la-tables.xlsx');
 * ```
 */
export interface OfficialTablesRead {
  table: ColumnTable;
  warnings: DataWarning[];
}

const COLUMNS = ['indicator', 'area', 'period', 'numerator', 'status', 'source', 'breakdown', 'group', 'provenance'] as const;
const csvField = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Internal: one table of every imported row (for the importers' public functions). */
export function importedTable(result: ImportResult): OfficialTablesRead {
  if (result.problems.length) throw new DataError(result.problems);
  const hasBreakdown = result.reads.some((r) => r.rows.some((o) => o.breakdown !== undefined));
  const data: Record<string, unknown[]> = {};
  for (const c of ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source', ...(hasBreakdown ? ['breakdown', 'group'] : []), 'provenance']) data[c] = [];
  for (const r of result.reads) {
    for (const o of r.rows) {
      data.indicator.push(o.indicator);
      data.area.push(o.area);
      data.period.push(o.period);
      data.numerator.push(o.numerator);
      data.denominator.push(null);
      data.status.push(o.status || (o.numerator === null ? 'not-available' : 'published'));
      data.source.push(r.source);
      if (hasBreakdown) {
        data.breakdown.push(o.breakdown ?? null);
        data.group.push(o.group ?? null);
      }
      data.provenance.push(o.provenance);
    }
  }
  return { table: aq.table(data), warnings: result.warnings };
}

/**
 * Internal: run imported rows through `readObservations` (with the
 * caller's `check`, `onProblems: 'return'`), exactly as a partnership's own
 * file is read, then name every problem, warning and origin by the official
 * table's file, sheet, Excel row and column instead of the rows handed over.
 */
export async function checkImportedReads(result: ImportResult, options: ReadObservationsOptions): Promise<ReadObservationsResult[]> {
  const out: ReadObservationsResult[] = [];
  for (const read of result.reads) {
    const withBreakdown = read.rows.some((o) => o.breakdown !== undefined);
    const columns = COLUMNS.filter((c) => withBreakdown || (c !== 'breakdown' && c !== 'group'));
    const lines = [columns.join(',')];
    for (const o of read.rows) lines.push(columns.map((c) => csvField(c === 'source' ? read.source : o[c])).join(','));
    const r = await readObservations({ name: read.file, data: `${lines.join('\n')}\n` }, { ...options, format: 'csv', onProblems: 'return' });
    // row n of the text handed over is read.rows[n - 2]
    const excelRow = (n: number | null) => (n === null ? null : read.rows[n - 2]?.row ?? null);
    const cellOf = (name: string | null): CellColumn => {
      const c = name === null ? undefined : read.columns[name as ObservationColumn];
      return c ?? { column: name === 'provenance' || name === null ? null : name, columnLetter: null };
    };
    const relocate = (i: DataIssue): DataIssue => ({ ...i, file: read.file, row: excelRow(i.row), ...cellOf(i.column) });
    const origin: ObservationOrigin = {
      file: read.file,
      rows: r.origin.rows.map((n) => excelRow(n)!),
      columns: Object.fromEntries(Object.keys(r.origin.columns).map((k) => [k, cellOf(k)])) as ObservationOrigin['columns'],
    };
    out.push({ table: r.table, warnings: r.warnings.map(relocate), problems: r.problems.map(relocate), origin });
  }
  return out;
}

/** Internal: `[note 3]` markers: the text without them, and their numbers. */
export function stripNotes(text: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  const clean = text
    .replace(/\s*\[\s*notes?\s*([\d,\s and]+)\]/gi, (_, n: string) => {
      notes.push(...n.split(/[,\s]+|and/).filter((x) => /^\d+$/.test(x)));
      return '';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { text: clean, notes };
}
