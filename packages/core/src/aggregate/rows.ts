import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { messages } from '../messages.js';
import { DataError } from '../io/data-error.js';
import { issue } from '../io/issue-helpers.js';
import type { TableInput } from './table-input.js';

/** Internal: rows of a table input as plain objects (copies), with column names. */
export function tableRows(input: TableInput): { rows: Record<string, unknown>[]; columns: string[] } {
  if (Array.isArray(input)) {
    const rows = (input as Record<string, unknown>[]).map((r) => ({ ...r }));
    const columns: string[] = [];
    const seen = new Set<string>();
    for (const r of rows) for (const k of Object.keys(r)) if (!seen.has(k)) (seen.add(k), columns.push(k));
    return { rows, columns };
  }
  const t = input as ColumnTable;
  return { rows: t.objects() as Record<string, unknown>[], columns: t.columnNames() };
}

/** Internal: throw a DataError if a column is missing. */
export function requireColumns(columns: readonly string[], wanted: readonly string[]): void {
  const missing = wanted.filter((c) => !columns.includes(c));
  if (missing.length) throw new DataError(missing.map((c) => issue(messages.missingColumn(c, columns), { column: c })));
}

/** Internal: a group key for the values of some columns. */
export function keyOf(row: Record<string, unknown>, columns: readonly string[]): string {
  let k = '';
  for (const c of columns) k += `${row[c] === null || row[c] === undefined ? '\u0000' : String(row[c])}\u0001`;
  return k;
}

/** Internal: a table from row objects with a fixed column order (works for zero rows). */
export function fromRows(rows: readonly Record<string, unknown>[], columns: readonly string[]): ColumnTable {
  const data: Record<string, unknown[]> = {};
  for (const c of columns) data[c] = rows.map((r) => (r[c] === undefined ? null : r[c]));
  return aq.table(data);
}
