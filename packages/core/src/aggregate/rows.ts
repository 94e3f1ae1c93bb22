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

/**
 * Internal: some columns of a table input as arrays of values (one entry per
 * row, respecting an arquero table's filter and order), without making row
 * objects. Throws a DataError, like {@link requireColumns}, if one is missing.
 */
export function tableColumns(input: TableInput, wanted: readonly string[]): { length: number; columns: unknown[][] } {
  if (Array.isArray(input)) {
    const rows = input as readonly Record<string, unknown>[];
    const columns = wanted.map((c) => {
      const values = new Array<unknown>(rows.length);
      let present = false;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        if (!present && Object.hasOwn(r, c)) present = true;
        values[i] = r[c];
      }
      return present ? values : null;
    });
    if (columns.includes(null)) requireColumns(tableRows(input).columns, wanted);
    return { length: rows.length, columns: columns as unknown[][] };
  }
  const t = input as ColumnTable;
  requireColumns(t.columnNames(), wanted);
  const whole = !t.isFiltered() && !t.isOrdered();
  return {
    length: t.numRows(),
    columns: wanted.map((c) => {
      // an unfiltered table's own column array is read in place; otherwise copied in row order
      const column = t.column(c) as unknown;
      return whole && (Array.isArray(column) || ArrayBuffer.isView(column)) ? (column as unknown[]) : (t.array(c) as unknown[]);
    }),
  };
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
