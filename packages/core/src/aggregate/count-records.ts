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
import { fromRows, tableColumns } from './rows.js';
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
  by?: readonly string[];
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
 * Large extracts: the columns are read in place (no row objects are made)
 * and each distinct value (an area, a date, a breakdown value) is parsed
 * once, so each record costs little more than a lookup of its values.
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
  const by = options.by ?? [];
  const areaColumn = typeof options.area === 'string' ? options.area : null;
  const areaName = areaColumn ?? 'area';
  const { length: n, columns } = tableColumns(records, [...(areaColumn ? [areaColumn] : []), options.date, ...by]);
  const areaValues = areaColumn ? columns[0] : null;
  const dateValues = columns[areaColumn ? 1 : 0];
  const byValues = columns.slice(areaColumn ? 2 : 1);
  const frame = options.frame ?? {};
  const framePeriods = frame.period ? sortPeriods(frame.period) : null;
  const frameSets: Record<string, Set<string>> = {};
  for (const [k, v] of Object.entries(frame)) if (v) frameSets[k] = new Set(k === 'period' ? framePeriods : v);

  // Each distinct raw value is read once (trimmed, parsed, checked against
  // the frame) and given a small integer code in its dimension, or BAD.
  const areas = dimension();
  const periods = dimension();
  const levels = by.map(() => dimension());
  const areaOf = (raw: unknown): number => {
    const area = raw == null ? '' : String(raw).trim();
    return area === '' || (frameSets.area && !frameSets.area.has(area)) ? BAD : areas.code(area);
  };
  const periodOf = (raw: unknown): number => {
    if (raw == null || (typeof raw === 'string' && raw.trim() === '')) return BAD;
    const period = dateParts(raw) ? periodOfDate(raw as Date | string, options.periodKind).label : null;
    return period === null || (frameSets.period && !frameSets.period.has(period)) ? BAD : periods.code(period);
  };
  const levelOf = (j: number) => (raw: unknown): number => {
    const v = raw == null || String(raw).trim() === '' ? UNKNOWN_CATEGORY : String(raw).trim();
    return frameSets[by[j]] && !frameSets[by[j]].has(v) ? BAD : levels[j].code(v);
  };
  // One pass per column, each raw value looked up in that column's cache and
  // its code folded into one cell number per record, least significant
  // column first: ((area × periods + period) × levels₁ + level₁) × levels₂ + …
  // A record with any bad value gets -1.
  const cell = new Float64Array(n);
  let stride = 1;
  for (let j = by.length - 1; j >= 0; j--) {
    foldColumn(cell, byValues[j], levelOf(j), stride);
    stride *= levels[j].values.length;
  }
  const span = stride;
  foldDates(cell, dateValues, periodOf, stride);
  stride *= periods.values.length;
  const fixedArea = areaColumn ? null : (options.area as { value: string }).value;
  if (areaValues) foldColumn(cell, areaValues, areaOf, stride);
  else if (n) {
    const a = areaOf(fixedArea);
    for (let i = 0; i < n; i++) cell[i] = a === BAD || cell[i] < 0 ? -1 : cell[i] + a * stride;
  }

  // Count each record's cell (the cells cross only the values seen, so never outnumber the output rows).
  const counts = new Float64Array(stride * areas.values.length);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const k = cell[i];
    if (k < 0) bad++;
    else counts[k]++;
  }
  if (bad) {
    /** The problems of one bad record, in the order area, date, breakdowns. */
    const recordProblems = (i: number): DataIssue[] => {
      const out: DataIssue[] = [];
      const problem = (message: string, column: string) => out.push(issue(message, { row: i + 2, column }));
      const rawArea = areaValues ? areaValues[i] : fixedArea;
      const area = rawArea == null ? '' : String(rawArea).trim();
      if (area === '') problem(messages.blankKey(areaName), areaName);
      else if (frameSets.area && !frameSets.area.has(area)) problem(messages.valueNotInFrame(areaName, area), areaName);
      const rawDate = dateValues[i];
      let period: string | null = null;
      if (rawDate == null || (typeof rawDate === 'string' && rawDate.trim() === '')) problem(messages.blankKey(options.date), options.date);
      else if ((period = dateParts(rawDate) ? periodOfDate(rawDate as Date | string, options.periodKind).label : null) === null) {
        problem(messages.invalidDate(rawDate instanceof Date ? 'Invalid Date' : rawDate), options.date);
      } else if (frameSets.period && !frameSets.period.has(period)) problem(messages.valueNotInFrame(options.date, period), options.date);
      by.forEach((b, j) => {
        const raw = byValues[j][i];
        const v = raw == null || String(raw).trim() === '' ? UNKNOWN_CATEGORY : String(raw).trim();
        if (frameSets[b] && !frameSets[b].has(v)) problem(messages.valueNotInFrame(b, v), b);
      });
      return out;
    };
    const problems: DataIssue[] = [];
    for (let i = 0; i < n; i++) if (cell[i] < 0) problems.push(...recordProblems(i));
    throw new DataError(problems);
  }
  const sizes = levels.map((l) => l.values.length);
  const nPeriods = periods.values.length;

  // The output: the full cross of areas × periods × breakdown values.
  const areaList = frame.area ? [...frame.area] : [...areas.values].sort();
  let periodList: string[];
  if (framePeriods) periodList = framePeriods;
  else if (periods.values.length === 0) periodList = [];
  else {
    const sorted = sortPeriods(periods.values);
    periodList = periodRange(sorted[0], sorted[sorted.length - 1]);
  }
  const levelLists = by.map((b, j) => (frame[b] ? [...frame[b]!] : [...levels[j].values].sort()));
  // cross product of breakdown levels, each with its offset in the counts (-1: never seen)
  let combos: { values: string[]; offset: number }[] = [{ values: [], offset: 0 }];
  levelLists.forEach((list, j) => {
    combos = combos.flatMap((c) =>
      list.map((v) => {
        const index = levels[j].index.get(v);
        return { values: [...c.values, v], offset: c.offset < 0 || index === undefined ? -1 : c.offset * sizes[j] + index };
      }),
    );
  });

  const group = by.join(' × ');
  const out: Record<string, unknown>[] = [];
  for (const area of areaList) {
    const a = areas.index.get(area);
    for (const period of periodList) {
      const p = periods.index.get(period);
      const label = parsePeriod(period).label;
      for (const combo of combos) {
        let numerator = 0;
        if (a !== undefined && p !== undefined && combo.offset >= 0) {
          const k = (a * nPeriods + p) * span + combo.offset;
          numerator = counts[k];
        }
        const row: Record<string, unknown> = {
          indicator: options.indicator,
          area,
          period: label,
          numerator,
          denominator: null,
          status: 'published',
          source: options.source,
        };
        by.forEach((b, j) => (row[b] = combo.values[j]));
        if (by.length) {
          row.group = group;
          row.breakdown = combo.values.join(' × ');
        }
        out.push(row);
      }
    }
  }
  return fromRows(out, ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source', ...by, ...(by.length ? ['group', 'breakdown'] : [])]);
}

/** A raw value that cannot be counted (blank, unreadable, outside the frame). */
const BAD = -1;

/** A day not looked at yet, in {@link dayTable}. */
const UNSEEN = -2;

/**
 * Internal: fold a column into the records' cell numbers: `cell[i] +=
 * code(value) × stride`, or -1 when the code is {@link BAD} or the record is
 * already bad; `code` is called once per distinct raw value.
 */
function foldColumn(cell: Float64Array, values: ArrayLike<unknown>, code: (raw: unknown) => number, stride: number): void {
  const cache = new Map<unknown, number>();
  for (let i = 0; i < cell.length; i++) {
    const raw = values[i];
    let c = cache.get(raw);
    if (c === undefined) cache.set(raw, (c = code(raw)));
    cell[i] = c === BAD || cell[i] < 0 ? -1 : cell[i] + c * stride;
  }
}

/**
 * Internal: {@link foldColumn} for a date column, `code` called once per
 * distinct date: ISO date text by its day number ({@link isoDayNumber}), a
 * `Date` by its time, anything else by its value.
 */
function foldDates(cell: Float64Array, values: ArrayLike<unknown>, code: (raw: unknown) => number, stride: number): void {
  const days = dayTable();
  const times = new Map<number, number>();
  const others = new Map<unknown, number>();
  for (let i = 0; i < cell.length; i++) {
    const raw = values[i];
    const day = typeof raw === 'string' ? isoDayNumber(raw) : -1;
    let c: number | undefined;
    if (day >= 0) {
      c = days.get(day);
      if (c === UNSEEN) days.set(day, (c = code(raw)));
    } else if (raw instanceof Date) {
      const time = raw.getTime();
      c = times.get(time);
      if (c === undefined) times.set(time, (c = code(raw)));
    } else {
      c = others.get(raw);
      if (c === undefined) others.set(raw, (c = code(raw)));
    }
    cell[i] = c === BAD || cell[i] < 0 ? -1 : cell[i] + c * stride;
  }
}

/** Days in the dense part of {@link dayTable}: 256 years of 12 × 31 days. */
const DAY_WINDOW = 256 * 372;

/**
 * Internal: for text that is exactly an ISO date `YYYY-MM-DD` with month 1–12
 * and day 1–31, a day number read from its characters, year × 372 +
 * (month − 1) × 31 + day − 1 (impossible days such as 30 February get a
 * number too; the period function rejects them); else -1.
 */
function isoDayNumber(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const y0 = text.charCodeAt(0) - 48, y1 = text.charCodeAt(1) - 48, y2 = text.charCodeAt(2) - 48, y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48, m1 = text.charCodeAt(6) - 48, d0 = text.charCodeAt(8) - 48, d1 = text.charCodeAt(9) - 48;
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0 || y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return -1;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
  return (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 372 + (month - 1) * 31 + day - 1;
}

/**
 * Internal: period codes by day number ({@link isoDayNumber}), {@link UNSEEN} for
 * a day not seen yet: a typed array over 256 years around the first date
 * seen, a Map beyond them.
 */
function dayTable() {
  let base = -1;
  let dense: Int32Array | null = null;
  const beyond = new Map<number, number>();
  return {
    get(day: number): number {
      if (dense === null) {
        base = Math.max(0, day - (day % 372) - 128 * 372);
        dense = new Int32Array(DAY_WINDOW).fill(UNSEEN);
      }
      const o = day - base;
      return o >= 0 && o < DAY_WINDOW ? dense[o] : (beyond.get(day) ?? UNSEEN);
    },
    set(day: number, code: number): void {
      const o = day - base;
      if (o >= 0 && o < DAY_WINDOW) dense![o] = code;
      else beyond.set(day, code);
    },
  };
}

/** Internal: the distinct values of one dimension, each given a small integer in first-seen order. */
function dimension() {
  const values: string[] = [];
  const index = new Map<string, number>();
  return {
    values,
    index,
    code(value: string): number {
      let k = index.get(value);
      if (k === undefined) index.set(value, (k = values.length)), values.push(value);
      return k;
    },
  };
}
