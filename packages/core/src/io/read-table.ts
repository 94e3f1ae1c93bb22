import type { ColumnTable } from 'arquero';
import type { DataError } from './data-error.js';
import { csvColumns, detectFormat, loadSource, readTableByRows, tableOfColumns } from './read-grid.js';
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
  const { file, data } = await loadSource(source);
  // XLSX by rows; CSV straight into columns (no array per row), finding and reporting what the rows would
  if (detectFormat(file, data, options.format) === 'xlsx') return readTableByRows({ name: file, data }, options);
  return tableOfColumns(await csvColumns(file, data, options), options);
}
