import type { ColumnTable } from 'arquero';
import { messages } from '../messages.js';
import { PeriodError } from '../periods/period-error.js';
import { periodRange } from '../periods/period-range.js';
import { sortPeriods } from '../periods/sort-periods.js';
import { StatisticsError } from '../intervals/StatisticsError.js';
import { CONVENTIONS, type Conventions } from '../measures/conventions.js';
import { fromRows, tableRows } from './rows.js';
import { poolPeriods, type PoolPeriodsOptions } from './pool-periods.js';
import type { TableInput } from './table-input.js';

/**
 * Options of {@link rollingPeriods}: those of {@link poolPeriods}, plus
 * `conventions`.
 *
 * @example
 * ```ts
 * const o: RollingPeriodsOptions = { conventions: 'scotpho', by: ['indicator', 'area'] };
 * ```
 */
export interface RollingPeriodsOptions extends PoolPeriodsOptions {
  /**
   * 'phe': each window's numerators and denominators are summed (pooled, as
   * PHE and Fingertips); 'scotpho': they are averaged (ScotPHO's
   * `RcppRoll::roll_meanr`), which gives the same rate but intervals computed
   * from about 1/span of the events, so wider. __Default value:__ `'phe'`
   */
  conventions?: Conventions;
}

/**
 * Rolling multi-period figures: for every run of `span` consecutive periods
 * in the table (e.g. 2018-19 to 2020-21, 2019-20 to 2021-22, …), one row per
 * series, labelled 'first to last', with the numerators and denominators of
 * the run pooled by {@link poolPeriods} — summed by default, averaged under
 * ScotPHO's conventions (docs/methods.md "ScotPHO conventions").
 *
 * A series that lacks a period of a window gets `null` counts for that window
 * (status 'not-available'), as ScotPHO's rolling mean gives NA.
 *
 * @param table - observation rows with `period`, `numerator`, `denominator` and the `by` columns.
 * @param span - periods per window, at least 2 (3 for ScotPHO's 3-year figures).
 * @param options - see {@link RollingPeriodsOptions}.
 * @returns a table of the windows, in period order: `by` columns, `period`, `numerator`, `denominator`, `status` (and `source`).
 * @throws {@link PeriodError} for a span below 2 or bad periods; {@link StatisticsError} for unknown conventions.
 * @example
 * ```ts
 * const rows = [2019, 2020, 2021, 2022].map((y, i) => ({ area: 'A', period: String(y), numerator: [30, 25, 35, 40][i], denominator: 60000, status: 'published' }));
 * rollingPeriods(rows, 3).objects();
 * // [{ area: 'A', period: '2019 to 2021', numerator: 90, denominator: 180000, ... },
 * //  { area: 'A', period: '2020 to 2022', numerator: 100, denominator: 180000, ... }]
 * rollingPeriods(rows, 3, { conventions: 'scotpho' }).objects()[0].numerator; // 30 (the mean)
 * ```
 */
export function rollingPeriods(table: TableInput, span: number, options: RollingPeriodsOptions = {}): ColumnTable {
  const conventions = options.conventions ?? 'phe';
  if (!CONVENTIONS.includes(conventions)) throw new StatisticsError(messages.unknownOption('conventions', conventions, CONVENTIONS));
  if (!Number.isInteger(span) || span < 2) throw new PeriodError(messages.invalidPeriodCount(span), String(span));
  const { rows } = tableRows(table);
  const periods = sortPeriods([...new Set(rows.map((r) => String(r.period)))]);
  const out: Record<string, unknown>[] = [];
  let columns: string[] = [];
  if (periods.length >= span) {
    const all = periodRange(periods[0], periods[periods.length - 1]);
    for (let i = 0; i + span <= all.length; i++) {
      const window = all.slice(i, i + span);
      const pooled = poolPeriods(rows, window, undefined, options);
      columns = pooled.columnNames();
      for (const r of pooled.objects() as Record<string, unknown>[]) {
        if (conventions === 'scotpho') {
          if (typeof r.numerator === 'number') r.numerator /= span;
          if (typeof r.denominator === 'number') r.denominator /= span;
        }
        out.push(r);
      }
    }
  }
  return fromRows(out, columns.length ? columns : ['period', 'numerator', 'denominator', 'status']);
}
