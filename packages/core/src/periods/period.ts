/**
 * The three kinds of reporting period:
 * - `financial-year`: 1 April to 31 March, labelled `2022-23`;
 * - `calendar-year`: 1 January to 31 December, labelled `2022`;
 * - `quarter`: a financial-year quarter, labelled `2022-23 Q3` (Q1 = April–June,
 *   Q2 = July–September, Q3 = October–December, Q4 = January–March).
 *
 * @example
 * ```ts
 * const kind: PeriodKind = parsePeriod('2022-23 Q3').kind; // 'quarter'
 * ```
 */
export type PeriodKind = 'financial-year' | 'calendar-year' | 'quarter';

/**
 * A parsed reporting period. Plain data: compare with {@link comparePeriods},
 * print with {@link formatPeriod} (or read `label`).
 *
 * - `year`: the calendar year the period starts in (2022 for `2022-23`,
 *   `2022-23 Q4` and `2022`).
 * - `quarter`: 1–4 for quarters, `null` otherwise.
 * - `start` / `end`: first and last day as ISO dates (inclusive).
 *
 * @example
 * ```ts
 * parsePeriod('2022/23');
 * // { kind: 'financial-year', label: '2022-23', year: 2022, quarter: null,
 * //   start: '2022-04-01', end: '2023-03-31' }
 * ```
 */
export interface Period {
  kind: PeriodKind;
  label: string;
  year: number;
  quarter: 1 | 2 | 3 | 4 | null;
  start: string;
  end: string;
}

/**
 * A period given as a label (any accepted spelling) or already parsed.
 *
 * @example
 * ```ts
 * comparePeriods('2022/23', parsePeriod('2021-22')); // 1
 * ```
 */
export type PeriodInput = string | Period;
