import readXlsxFile from 'read-excel-file/node';
import { messages } from '../messages.js';
import { csvProblemIssue } from './csv-rows.js';
import { DataError, type DataWarning } from './data-error.js';
import { issue } from './issue-helpers.js';
import { csvGridRows, detectFormat, loadSource } from './read-grid.js';
import type { TableSource } from './table-source.js';

export { columnLetter } from './issue-helpers.js';

/**
 * One sheet as {@link readSheets} reads it: its name (`''` for a CSV) and
 * every row from row 1, cells as stored (text, numbers, booleans, `Date`s;
 * empty cells `null`), so that `rows[r - 1][c]` is Excel row `r`, column `c`
 * (0 = A). Merged cells hold their value in the top-left cell only.
 *
 * @example
 * ```ts
 * const sheet: SheetCells = { name: 'CPO_23', rows: [['Table CPO_23: …'], ['Back to table of contents']] };
 * ```
 */
export interface SheetCells {
  name: string;
  rows: unknown[][];
}

/**
 * What {@link readSheets} returns: the file name, its format, every sheet
 * in workbook order, the warnings raised while decoding a CSV (text read as
 * Windows-1252, another delimiter) and whether a CSV writes numbers with a
 * decimal comma (it is separated by `;`).
 *
 * @example
 * ```ts
 * const { sheets }: SheetsRead = await readSheets('jsw-tables.xlsx');
 * ```
 */
export interface SheetsRead {
  file: string;
  format: 'csv' | 'xlsx';
  sheets: SheetCells[];
  warnings: DataWarning[];
  decimalComma: boolean;
}

/**
 * Read every sheet of an XLSX workbook (or the one table of a CSV) as a grid
 * of cells, with nothing looked for or dropped: no header is found, blank
 * rows stay where they are. For importers of published tables, which find
 * their tables themselves (title rows, notes, multi-row headers) and name
 * each cell by its Excel row and column letter.
 *
 * @param source - a file path, or `{ name, data }` with the file's text or bytes.
 * @param options - `format`: `'csv'` or `'xlsx'`. __Default value:__ from the
 *   file name (`.csv`, `.txt`, `.xlsx`), else from the content.
 * @returns a promise of the sheets (see {@link SheetsRead}).
 * @throws {@link DataError} naming the file for a missing file, an unknown
 *   format, a workbook that cannot be opened or unbalanced CSV quotes.
 * @example
 * ```ts
 * const { sheets } = await readSheets({ name: 'x.csv', data: 'FeatureCode,Value\nS12000039,5\n' });
 * sheets[0].rows; // [['FeatureCode', 'Value'], ['S12000039', '5']]
 * ```
 */
export async function readSheets(source: TableSource, options: { format?: 'csv' | 'xlsx' } = {}): Promise<SheetsRead> {
  const { file, data } = await loadSource(source);
  const format = detectFormat(file, data, options.format);
  if (format === 'csv') {
    const { raw, quoting, warnings, decimalComma } = await csvGridRows(file, data);
    if (quoting) throw new DataError(csvProblemIssue(quoting, file, raw[0]?.map(String) ?? null, 1));
    return { file, format, sheets: [{ name: '', rows: raw }], warnings, decimalComma };
  }
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  try {
    const sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { file, format, sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data as unknown[][] })), warnings: [], decimalComma: false };
  } catch (e) {
    throw new DataError(issue(messages.invalidWorkbook((e as Error).message), { file }));
  }
}
