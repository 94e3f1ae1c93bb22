import type { ColumnTable } from 'arquero';
import { messages } from '../messages.js';
import { parsePeriod } from '../periods/parse-period.js';
import { periodRange } from '../periods/period-range.js';
import { PeriodError } from '../periods/period-error.js';
import { sortPeriods } from '../periods/sort-periods.js';
import { fromRows, keyOf, requireColumns, tableRows } from './rows.js';
import type { SumCountsOptions } from './sum-counts.js';
import { sumRows } from './sum-rows.js';
import type { TableInput } from './table-input.js';

/**
 * Options for {@link poolPeriods}: those of {@link sumCounts}, plus `by`, the
 * columns that identify a series. __Default value:__ whichever of
 * `indicator`, `area`, `breakdown`, `group` the table has.
 *
 * @example
 * ```ts
 * poolPeriods(table, ['2021-22', '2022-23'], undefined, { by: ['indicator', 'area'], missing: 'zero' });
 * ```
 */
export interface PoolPeriodsOptions extends SumCountsOptions {
  by?: string[];
}

/**
 * Pool several periods into one (e.g. a three-year pooled rate for a small
 * area): numerators and denominators are summed per series over the periods,
 * by the rules of {@link sumCounts}. A series that lacks one of the periods
 * counts it as missing (so with the default `missing: 'propagate'` its pooled
 * count is `null`, status `not-available`), so a pooled figure never covers
 * fewer years than its label says.
 *
 * @param table - observation rows with `period`, `numerator` and the `by` columns.
 * @param periods - the periods to pool (any accepted spelling, one kind, at least two).
 * @param label - the pooled period's label. __Default value:__
 *   `'2020-21 to 2022-23'` for a continuous run, else the labels joined by `, `.
 * @param options - see {@link PoolPeriodsOptions}.
 * @returns a new table: `by` columns, `period` (= label), `numerator`,
 *   `denominator`, `status`, and `source` if the input has it. Rows of other
 *   periods are not included.
 * @throws {@link PeriodError} for bad or mixed periods or fewer than two;
 *   {@link DataError} for missing columns.
 * @example
 * ```ts
 * poolPeriods([
 *   { indicator: 'x', area: 'A', period: '2021-22', numerator: 3, denominator: 900, status: 'published' },
 *   { indicator: 'x', area: 'A', period: '2022-23', numerator: 4, denominator: 950, status: 'published' },
 * ], ['2021-22', '2022-23']).objects();
 * // [{ indicator: 'x', area: 'A', period: '2021-22 to 2022-23', numerator: 7, denominator: 1850, status: 'published' }]
 * ```
 */
export function poolPeriods(table: TableInput, periods: readonly string[], label?: string, options: PoolPeriodsOptions = {}): ColumnTable {
  const wanted = [...new Set(sortPeriods(periods))];
  if (wanted.length < 2) throw new PeriodError(messages.invalidPoolPeriods(periods), periods.join(', '));
  const contiguous = periodRange(wanted[0], wanted[wanted.length - 1]).length === wanted.length;
  const pooledLabel = label ?? (contiguous ? `${wanted[0]} to ${wanted[wanted.length - 1]}` : wanted.join(', '));
  const { rows, columns } = tableRows(table);
  const by = options.by ?? ['indicator', 'area', 'breakdown', 'group'].filter((c) => columns.includes(c));
  requireColumns(columns, [...by, 'period', 'numerator']);
  const wantedSet = new Set(wanted);
  const canonical = new Map<unknown, string | null>();
  const canon = (p: unknown) => {
    if (!canonical.has(p)) {
      let c: string | null = null;
      try {
        c = parsePeriod(String(p)).label;
      } catch {
        c = null;
      }
      canonical.set(p, c);
    }
    return canonical.get(p)!;
  };
  const chosen = rows.filter((r) => wantedSet.has(canon(r.period) ?? ''));
  const seen = new Map<string, Set<string>>();
  for (const r of chosen) {
    const k = keyOf(r, by);
    if (!seen.has(k)) seen.set(k, new Set());
    seen.get(k)!.add(canon(r.period)!);
  }
  const summed = sumRows(chosen, by, options, columns.includes('source'), (k) => wanted.length - (seen.get(k)?.size ?? 0));
  for (const r of summed) r.period = pooledLabel;
  return fromRows(summed, [...by, 'period', 'numerator', 'denominator', 'status', ...(columns.includes('source') ? ['source'] : [])]);
}
