import type { ColumnTable } from 'arquero';
import { isWithheld } from '../status.js';
import { fromRows, tableRows } from '../aggregate/rows.js';
import type { TableInput } from '../aggregate/table-input.js';

/**
 * The columns {@link suppressDerived} nulls by default.
 *
 * @example
 * ```ts
 * DERIVED_COLUMNS.includes('lower_998'); // true
 * ```
 */
export const DERIVED_COLUMNS = ['numerator', 'value', 'lower', 'upper', 'lower_998', 'upper_998'] as const;

/**
 * Null every value derived from a withheld count in a results table: on rows
 * whose status includes `suppressed`, `secondary-suppressed` or
 * `derived-from-suppressed`, the `columns` (default
 * {@link DERIVED_COLUMNS}: numerator, value, lower, upper, lower_998,
 * upper_998) become null. Columns the table lacks are skipped; other
 * columns and rows are unchanged.
 *
 * @param table - a results table (or rows) with a `status` column.
 * @param columns - columns to null. __Default value:__ {@link DERIVED_COLUMNS}.
 * @returns a new table, same columns and row order.
 * @example
 * ```ts
 * suppressDerived([{ area: 'A', numerator: 3, value: 1.2, lower: 0.4, upper: 3.5, status: 'suppressed' }]).objects();
 * // [{ area: 'A', numerator: null, value: null, lower: null, upper: null, status: 'suppressed' }]
 * ```
 */
export function suppressDerived(table: TableInput, columns: readonly string[] = DERIVED_COLUMNS): ColumnTable {
  const { rows, columns: names } = tableRows(table);
  const out = rows.map((r) => {
    if (!isWithheld(r.status as string)) return r;
    const row = { ...r };
    for (const c of columns) if (c in row) row[c] = null;
    return row;
  });
  return fromRows(out, names);
}
