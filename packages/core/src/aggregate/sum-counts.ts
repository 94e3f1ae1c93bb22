import type { ColumnTable } from 'arquero';
import { fromRows, requireColumns, tableRows } from './rows.js';
import { sumRows } from './sum-rows.js';
import type { TableInput } from './table-input.js';

/**
 * Options for {@link sumCounts} and {@link poolPeriods}.
 *
 * `missing`: what a null or withheld contributor does to a sum.
 * - `'propagate'`: the sum is `null`, with status `derived-from-suppressed`
 *   if a contributor was withheld (suppressed, secondary-suppressed or derived
 *   from suppressed), else `not-available`. A total that included a
 *   suppressed count could be used to recover it, so this is the safe choice.
 * - `'zero'`: missing contributors count as 0, and the sum carries status
 *   `missing-as-zero` (an undercount, never a disclosure: withheld values are
 *   not used).
 *
 * __Default value:__ `'propagate'`.
 *
 * @example
 * ```ts
 * sumCounts(table, ['indicator', 'period'], { missing: 'zero' }); // missing counted as 0, status 'missing-as-zero'
 * ```
 */
export interface SumCountsOptions {
  missing?: 'propagate' | 'zero';
}

/**
 * Sum numerators and denominators within groups, before any measure is
 * computed: a national or group figure is the sum of the counts, never an
 * average of rates.
 *
 * Statuses travel: codes such as `synthetic`, `provisional` or
 * `pandemic-caveat` on any contributor are kept on the sum; missing or
 * withheld contributors are handled by `options.missing` (see
 * {@link SumCountsOptions}). A withheld row's numbers are never used, even if
 * present. Denominators that are null in every contributor (counts without a
 * base) give a null denominator with no flag.
 *
 * @param table - observation rows: `numerator`, `denominator` (optional),
 *   `status` (optional), `source` (optional) and the `groupBy` columns.
 * @param groupBy - columns whose values define a group, e.g. `['indicator', 'period']`.
 * @param options - see {@link SumCountsOptions}.
 * @returns a new table: the `groupBy` columns, `numerator`, `denominator`,
 *   `status` and, if the input has it, `source` (distinct sources joined by
 *   `; `), one row per group in first-seen order.
 * @throws {@link DataError} if a `groupBy` column or `numerator` is missing.
 * @example
 * ```ts
 * sumCounts([
 *   { indicator: 'x', area: 'A', period: '2022-23', numerator: 10, denominator: 100, status: 'published' },
 *   { indicator: 'x', area: 'B', period: '2022-23', numerator: 30, denominator: 200, status: 'synthetic' },
 * ], ['indicator', 'period']).objects();
 * // [{ indicator: 'x', period: '2022-23', numerator: 40, denominator: 300, status: 'synthetic' }]
 * // a suppressed contributor instead gives numerator null, status 'derived-from-suppressed'
 * ```
 */
export function sumCounts(table: TableInput, groupBy: readonly string[], options: SumCountsOptions = {}): ColumnTable {
  const { rows, columns } = tableRows(table);
  requireColumns(columns, [...groupBy, 'numerator']);
  const out = sumRows(rows, groupBy, options, columns.includes('source'));
  return fromRows(out, [...groupBy, 'numerator', 'denominator', 'status', ...(columns.includes('source') ? ['source'] : [])]);
}

