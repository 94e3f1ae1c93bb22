import type { DataWarning } from './data-error.js';

/**
 * Where a table is read from: a file path, or a name and the file's contents
 * (text for CSV, bytes for CSV or XLSX), e.g. an upload in a notebook.
 *
 * @example
 * ```ts
 * const a: TableSource = 'datasets/cpo.csv';
 * const b: TableSource = { name: 'extract.csv', data: 'indicator,area,period\n…' };
 * ```
 */
export type TableSource = string | { name: string; data: string | Uint8Array };

/**
 * Options for {@link readTable} and {@link readObservations}.
 *
 * - `sheet`: XLSX sheet, by name or number (1 = first). __Default value:__ the first sheet.
 * - `format`: `'csv'` or `'xlsx'`. __Default value:__ from the file name
 *   (`.csv`, `.txt`, `.xlsx`), else from the content.
 * - `headerRow`: the row (1-based, as in Excel) holding the column names, for
 *   sheets with title rows above the table. Rows above it are ignored.
 *   __Default value:__ for {@link readObservations}, the first row holding
 *   the required columns (or two rows read together, for a two-row header
 *   under merged cells); for {@link readTable}, the first row that is not blank.
 * - `onWarning`: called with each warning raised while reading the file
 *   (e.g. text read as Windows-1252, a semicolon-separated CSV);
 *   {@link readObservations} also returns them. __Default value:__ none.
 *
 * @example
 * ```ts
 * await readTable('table1.xlsx', { sheet: 'Table 1', headerRow: 4, onWarning: (w) => console.warn(w.message) });
 * ```
 */
export interface ReadOptions {
  sheet?: string | number;
  format?: 'csv' | 'xlsx';
  headerRow?: number;
  onWarning?: (warning: DataWarning) => void;
}
