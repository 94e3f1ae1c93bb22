import { messages } from '../messages.js';
import { buildPeriod } from './build-period.js';
import type { Period, PeriodKind } from './period.js';
import { PeriodError } from './period-error.js';
import { dateParts } from './date-parts.js';

/**
 * The period of a given kind that contains a date.
 *
 * Time zones: a `Date` is read by its UTC date parts, so a date made with
 * `new Date('2023-03-31')` (UTC midnight) stays 31 March everywhere. Text is
 * read as written: an ISO date `2023-03-31` (a time part after it is ignored)
 * or a UK day-first date `31/03/2023`.
 *
 * @param date - a `Date` or date text.
 * @param kind - `'financial-year'`, `'calendar-year'` or `'quarter'`.
 * @returns the containing period.
 * @throws {@link PeriodError} for an invalid date (including impossible days
 *   such as `2023-02-30`) or kind.
 * @example
 * ```ts
 * periodOfDate('2023-03-31', 'financial-year').label; // '2022-23'
 * periodOfDate('01/04/2023', 'financial-year').label; // '2023-24'
 * periodOfDate(new Date('2023-01-15'), 'quarter').label; // '2022-23 Q4'
 * periodOfDate('2023-01-15', 'calendar-year').label; // '2023'
 * ```
 */
export function periodOfDate(date: Date | string, kind: PeriodKind): Period {
  const parts = dateParts(date);
  if (!parts) throw new PeriodError(messages.invalidDate(date instanceof Date ? 'Invalid Date' : date), date);
  const [y, m] = parts;
  const fyStart = m >= 4 ? y : y - 1;
  switch (kind) {
    case 'calendar-year':
      return buildPeriod('calendar-year', y);
    case 'financial-year':
      return buildPeriod('financial-year', fyStart);
    case 'quarter':
      return buildPeriod('quarter', fyStart, (Math.floor(((m + 8) % 12) / 3) + 1) as 1 | 2 | 3 | 4);
    default:
      throw new PeriodError(messages.invalidPeriodKind(kind), kind);
  }
}
