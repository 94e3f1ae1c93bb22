import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { readGrid } from './read-grid.js';
import type { ReadOptions, TableSource } from './table-source.js';

/**
 * Read a CSV or XLSX sheet into an arquero table, one column per header cell.
 *
 * - CSV: UTF-8 (a byte-order mark is removed), comma separated, Windows or
 *   Unix line endings, quoted fields may hold commas and line breaks. Every
 *   cell stays text: nothing is guessed (use {@link readObservations} or
 *   {@link parseCell} to read numbers and symbols).
 * - XLSX: the cells as the workbook stores them: text, numbers, booleans and
 *   dates (as `Date`, read in UTC); empty cells are `null`.
 * - Header names are trimmed. Blank rows are skipped (they hold no data).
 *   Columns with a blank header and no data are left out.
 *
 * @param source - a file path, or `{ name, data }` with the file's text or bytes.
 * @param options - `sheet` (name or number, 1 = first) and `format`.
 * @returns a promise of the table.
 * @throws {@link DataError} naming file, row and column for a missing file,
 *   unknown format, text that is not UTF-8, broken CSV quoting, rows with more
 *   cells than the header, blank or duplicate header names, a missing sheet
 *   or a damaged workbook; all header problems are listed in `issues`.
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
  const columns: Record<string, unknown[]> = {};
  grid.header.forEach((name, c) => {
    columns[name] = grid.rows.map((r) => r[c]);
  });
  return aq.table(columns);
}
