import { buildPeriod } from './build-period.js';
import type { Period } from './period.js';
import { messages } from '../messages.js';
import { PeriodError } from './period-error.js';

/**
 * The financial year (1 April to 31 March) starting in `startYear`.
 *
 * @param startYear - the calendar year in which the financial year begins.
 * @returns the period; its `label` is the canonical form.
 * @throws {@link PeriodError} if `startYear` is not a whole number.
 * @example
 * ```ts
 * financialYear(2022).label; // '2022-23'
 * financialYear(2022).end;   // '2023-03-31'
 * ```
 */
export function financialYear(startYear: number): Period {
  if (!Number.isInteger(startYear) || startYear < 1000 || startYear > 9998) {
    throw new PeriodError(messages.invalidPeriod(startYear), startYear);
  }
  return buildPeriod('financial-year', startYear);
}
