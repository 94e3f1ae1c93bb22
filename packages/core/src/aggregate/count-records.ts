import type { ColumnTable } from 'arquero';
import { messages } from '../messages.js';
import { DataError, type DataIssue } from '../io/data-error.js';
import { issue } from '../io/issue-helpers.js';
import { dateParts } from '../periods/date-parts.js';
import { parsePeriod } from '../periods/parse-period.js';
import type { PeriodKind } from '../periods/period.js';
import { periodOfDate } from '../periods/period-of-date.js';
import { periodRange } from '../periods/period-range.js';
import { sortPeriods } from '../periods/sort-periods.js';
import { fromRows, requireColumns, tableRows } from './rows.js';
import type { TableInput } from './table-input.js';

/**
 * Options for {@link countRecords}.
 *
 * - `indicator`: the data item every count is for, e.g. `'diversion-referrals'`.
 * - `area`: the column holding each record's area code, or `{ value }` for
 *   one area for all records (a partnership's own extract).
 * - `date`: the column holding each record's date (`Date`, ISO `2023-03-31`
 *   or UK `31/03/2023`).
 * - `periodKind`: count by `'financial-year'`, `'calendar-year'` or `'quarter'`.
 * - `by`: breakdown columns, e.g. `['sex']`. __Default value:__ none.
 * - `source`: the source written on every row.
 * - `frame`: the values that must appear, per dimension (`area`, `period`
 *   and each `by` column). Combinations with no records get a count of 0.
 *   A record whose value is not in the frame is an error. Dimensions not in
 *   the frame use the values seen (periods: every period from the earliest
 *   to the latest seen). __Default value:__ `{}`.
 *
 * @example
 * ```ts
 * const o: CountRecordsOptions = { indicator: 'diversion-referrals', area: { value: 'S12000039' },
 *   date: 'referral_date', periodKind: 'financial-year', by: ['sex'], source: 'local extract',
 *   frame: { period: ['2021-22', '2022-23', '2023-24'], sex: ['Female', 'Male'] } };
 * ```
 */
export interface CountRecordsOptions {
  indicator: string;
  area: string | { value: string };
  date: string;
  periodKind: PeriodKind;
  by?: string[];
  source: string;
  frame?: { area?: readonly string[]; period?: readonly string[]; [column: string]: readonly string[] | undefined };
}

/**
 * The breakdown value given to records with a blank `by` value.
 *
 * @example
 * ```ts
 * countRecords([{ a: 'A', d: '2023-05-01', sex: '' }], { indicator: 'x', area: 'a', date: 'd',
 *   periodKind: 'financial-year', by: ['sex'], source: 's' }).get('breakdown', 0); // 'Unknown'
 * ```
 */
export const UNKNOWN_CATEGORY = 'Unknown';

/**
 * Count individual-level records (one row per person or case, with a date)
 * into observation rows: one per indicator × area × period × breakdown.
 *
 * Absent combinations are counts of 0, not missing: the output is the full
 * cross of areas × periods × breakdown values (from `frame`, or those seen).
 * Blank breakdown values are counted as {@link UNKNOWN_CATEGORY}. Nothing is
 * dropped: a blank area, an unreadable date or a value outside the frame is
 * an error, and all such problems are thrown together.
 *
 * @param records - the records (arquero table or row objects).
 * @param options - see {@link CountRecordsOptions}.
 * @returns an observation table: `indicator`, `area`, `period`, `numerator`
 *   (the count), `denominator` (null), `status` (`published`), `source`, and
 *   with `by`: each `by` column, `group` (the `by` names joined by ` × `) and
 *   `breakdown` (the values joined by ` × `). Sorted by area, period, breakdown.
 * @throws {@link DataError} listing each bad record by `row` (the record's
 *   position + 1, counting a header row as row 1, as in the sheet it came
 *   from) and `column`; or a missing column.
 * @example
 * ```ts
 * countRecords([
 *   { council: 'S12000039', referred: '2023-03-31', sex: 'F' },
 *   { council: 'S12000039', referred: '2023-04-01', sex: 'M' },
 * ], { indicator: 'diversion-referrals', area: 'council', date: 'referred',
 *      periodKind: 'financial-year', by: ['sex'], source: 'local extract' }).objects();
 * // 4 rows: 2022-23 F 1, 2022-23 M 0, 2023-24 F 0, 2023-24 M 1
 * ```
 */
export function countRecords(records: TableInput, options: CountRecordsOptions): ColumnTable {
  const { rows, columns } = tableRows(records);
  const by = options.by ?? [];
  const areaColumn = typeof options.area === 'string' ? options.area : null;
  requireColumns(columns, [...(areaColumn ? [areaColumn] : []), options.date, ...by]);
  const frame = options.frame ?? {};
  const framePeriods = frame.period ? sortPeriods(frame.period) : null;
  const frameSets: Record<string, Set<string>> = {};
  for (const [k, v] of Object.entries(frame)) if (v) frameSets[k] = new Set(k === 'period' ? framePeriods : v);

  const problems: DataIssue[] = [];
  const counts = new Map<string, number>();
  const seen: Record<string, Set<string>> = { area: new Set(), period: new Set() };
  for (const b of by) seen[b] = new Set();
  const periodCache = new Map<unknown, string | null>();
  const periodOf = (v: unknown): string | null => {
    const key = v instanceof Date ? v.getTime() : v;
    let p = periodCache.get(key);
    if (p === undefined) {
      p = dateParts(v) ? periodOfDate(v as Date | string, options.periodKind).label : null;
      periodCache.set(key, p);
    }
    return p;
  };

  rows.forEach((r, i) => {
    const row = i + 2;
    const values: string[] = [];
    const bad = (message: string, column: string) => problems.push(issue(message, { row, column }));
    const rawArea = areaColumn ? r[areaColumn] : (options.area as { value: string }).value;
    const area = rawArea == null ? '' : String(rawArea).trim();
    if (area === '') bad(messages.blankKey(areaColumn ?? 'area'), areaColumn ?? 'area');
    else if (frameSets.area && !frameSets.area.has(area)) bad(messages.valueNotInFrame(areaColumn ?? 'area', area), areaColumn ?? 'area');
    const rawDate = r[options.date];
    let period: string | null = null;
    if (rawDate == null || (typeof rawDate === 'string' && rawDate.trim() === '')) bad(messages.blankKey(options.date), options.date);
    else if ((period = periodOf(rawDate)) === null) bad(messages.invalidDate(rawDate instanceof Date ? 'Invalid Date' : rawDate), options.date);
    else if (frameSets.period && !frameSets.period.has(period)) bad(messages.valueNotInFrame(options.date, period), options.date);
    for (const b of by) {
      const v = r[b] == null || String(r[b]).trim() === '' ? UNKNOWN_CATEGORY : String(r[b]).trim();
      if (frameSets[b] && !frameSets[b].has(v)) bad(messages.valueNotInFrame(b, v), b);
      values.push(v);
    }
    if (problems.length) return;
    seen.area.add(area);
    seen.period.add(period!);
    by.forEach((b, j) => seen[b].add(values[j]));
    const key = [area, period, ...values].join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  if (problems.length) throw new DataError(problems);

  const areas = frame.area ? [...frame.area] : [...seen.area].sort();
  let periods: string[];
  if (framePeriods) periods = framePeriods;
  else if (seen.period.size === 0) periods = [];
  else {
    const sorted = sortPeriods([...seen.period]);
    periods = periodRange(sorted[0], sorted[sorted.length - 1]);
  }
  const levels = by.map((b) => (frame[b] ? [...frame[b]!] : [...seen[b]].sort()));
  // cross product of breakdown levels
  let combos: string[][] = [[]];
  for (const level of levels) combos = combos.flatMap((c) => level.map((v) => [...c, v]));

  const out: Record<string, unknown>[] = [];
  for (const area of areas) {
    for (const period of periods) {
      for (const combo of combos) {
        const row: Record<string, unknown> = {
          indicator: options.indicator,
          area,
          period: parsePeriod(period).label,
          numerator: counts.get([area, period, ...combo].join('\u0001')) ?? 0,
          denominator: null,
          status: 'published',
          source: options.source,
        };
        by.forEach((b, j) => (row[b] = combo[j]));
        if (by.length) {
          row.group = by.join(' × ');
          row.breakdown = combo.join(' × ');
        }
        out.push(row);
      }
    }
  }
  return fromRows(out, ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source', ...by, ...(by.length ? ['group', 'breakdown'] : [])]);
}
