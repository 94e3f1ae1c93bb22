import { spreadsheetSafe } from './spreadsheetSafe.js';

/**
 * Write rows as CSV (RFC 4180: comma separated, fields with commas, quotes or
 * newlines quoted, quotes doubled, CRLF line ends), with the given columns in order.
 * `null`/`undefined` become empty cells. Every cell, header included, is made
 * {@link spreadsheetSafe}, so text such as `=HYPERLINK(…)` cannot run as a
 * formula when the file is opened in a spreadsheet. Charts use it for the
 * data table that travels with every chart.
 *
 * @example
 * ```ts
 * toCSV([{ area: 'Fife', value: 'suppressed' }], ['area', 'value']);
 * // 'area,value\r\nFife,suppressed\r\n'
 * ```
 */
export function toCSV(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const cell = (v: unknown): string => {
    if (v == null) return '';
    const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(spreadsheetSafe(String(v)));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.map(cell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => cell(r[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}
