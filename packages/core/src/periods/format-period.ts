import type { PeriodInput } from './period.js';
import { parsePeriod } from './parse-period.js';

/**
 * The canonical label of a period: `2022-23`, `2022` or `2022-23 Q3`.
 *
 * @param period - a {@link Period} or any spelling {@link parsePeriod} accepts.
 * @returns the canonical label.
 * @throws {@link PeriodError} if a string is not a period.
 * @example
 * ```ts
 * formatPeriod('2022/2023');          // '2022-23'
 * formatPeriod(financialYear(1999));  // '1999-00'
 * ```
 */
export function formatPeriod(period: PeriodInput): string {
  return parsePeriod(period).label;
}
