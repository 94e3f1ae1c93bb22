import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { DataError } from './data-error.js';
import { readGrid } from './read-grid.js';
import type { ReadOptions, TableSource } from './table-source.js';

/**
 * Read a CSV or XLSX sheet into an arquero table, one column per header cell.
 *
 * - CSV, split by core's own splitter (as csv-parse split it): UTF-8 (a byte-order mark is removed), line
 *   endings `\r\n`, `\n` or `\r`, quoted fields may hold delimiters, `""`
 *   and line breaks (such a row counts as one, as in Excel). Every cell stays text:
 *   nothing is guessed (use {@link readObservations} or {@link parseCell} to
 *   read numbers and symbols). Text that is not UTF-8 is read as
 *   Windows-1252, and values separated by `;` or tabs rather than commas are
 *   split on those, each with a warning passed to `options.onWarning`.
 * - XLSX: the cells as the workbook stores them: text, numbers, booleans and
 *   dates (as `Date`, read in UTC); empty cells are `null`.
 * - Header names are trimmed. Blank rows are skipped (they hold no data).
 *   Columns with a blank header and no data are left out.
 *
 * @param source - a file path, or `{ name, data }` with the file's text or bytes.
 * @param options - `sheet` (name or number, 1 = first), `format`, `headerRow`, `onWarning`.
 * @returns a promise of the table.
 * @throws {@link DataError} naming file, row and column for a missing file,
 *   unknown format, an empty file, unbalanced CSV quotes, rows with more cells
 *   than the header, blank or duplicate header names, a missing sheet or a
 *   damaged workbook; every problem in the file is listed in `issues`, up to
 *   a CSV quoting problem: reading stops there, so it is listed last and
 *   the rows after it are not read.
 * @example
 * ```ts
 * const t = await readTable({ name: 'x.csv', data: 'Area ,count\r\nS12000039,1,234\r\n' });
 * // throws DataError: x.csv, row 2: This row has 3 cells but the header has 2 columns …
 * const u = await readTable({ name: 'x.csv', data: 'Area ,count\nS12000039,"1,234"\n' });
 * u.columnNames(); // ['Area', 'count']
 * u.get('count', 0); // '1,234'
 * ```
 */
export async function readTable(source: TableSource, options: ReadOptions = {}): Promise<ColumnTable> {
  const grid = await readGrid(source, options);
  if (grid.problems.length) throw new DataError(grid.problems);
  for (const w of grid.warnings) options.onWarning?.(w);
  // one pass over the rows, filling every column (a pass per column reads each row again)
  const width = grid.header.length;
  const { rows } = grid;
  const values: unknown[][] = grid.header.map(() => new Array<unknown>(rows.length));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (let c = 0; c < width; c++) values[c][i] = r[c];
  }
  const columns: Record<string, unknown[]> = {};
  grid.header.forEach((name, c) => (columns[name] = values[c]));
  return aq.table(columns);
}
