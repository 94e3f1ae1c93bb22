import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A CSV cell value: strings are quoted when needed, null/undefined becomes an empty cell. */
export type Cell = string | number | null | undefined;

function formatCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`non-finite number in CSV: ${value}`);
    if (!Number.isInteger(value)) throw new Error(`non-integer number in CSV (round it first): ${value}`);
    return String(value);
  }
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Serialise rows to CSV text: UTF-8, LF line endings, one header row, a final
 * newline, no comment lines. Only integers and strings are accepted, so no
 * floating-point noise can reach a file.
 *
 * @example
 * ```ts
 * toCsv(['a', 'b'], [{ a: 1, b: 'x,y' }]); // 'a,b\n1,"x,y"\n'
 * ```
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map((c) => formatCell(c)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => formatCell(row[c])).join(','));
  return lines.join('\n') + '\n';
}

/** Write rows as CSV to `path`, creating the folder. */
export function writeCsv(path: string, columns: readonly string[], rows: readonly Record<string, Cell>[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, toCsv(columns, rows), 'utf8');
}

/**
 * Parse CSV text (RFC 4180 quoting, LF or CRLF, optional BOM) into records
 * keyed by the header row. Every value stays a string.
 *
 * @example
 * ```ts
 * parseCsv('a,b\n1,"x,y"\n'); // [{ a: '1', b: 'x,y' }]
 * ```
 */
export function parseCsv(text: string): Record<string, string>[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  return body
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
}
