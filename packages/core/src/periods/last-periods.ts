import { messages } from '../messages.js';
import type { PeriodInput } from './period.js';
import { PeriodError } from './period-error.js';
import { sortPeriods } from './sort-periods.js';

/**
 * The latest `n` distinct periods among `labels` (for example the five-year
 * trend window of a table's `period` column), earliest first. Gaps are not
 * filled: use {@link periodRange} for a complete run.
 *
 * @param labels - period labels (any spelling, duplicates allowed), one kind.
 * @param n - how many periods to keep; whole number ≥ 1. Fewer are returned
 *   if fewer exist.
 * @returns canonical labels in time order.
 * @throws {@link PeriodError} for a bad label, mixed kinds or a bad `n`.
 * @example
 * ```ts
 * lastPeriods(['2019-20', '2023-24', '2021-22', '2023-24', '2022-23'], 3);
 * // ['2021-22', '2022-23', '2023-24']
 * ```
 */
export function lastPeriods(labels: readonly PeriodInput[], n: number): string[] {
  if (!Number.isInteger(n) || n < 1) throw new PeriodError(messages.invalidPeriodCount(n), n);
  const distinct = [...new Set(sortPeriods(labels))];
  return distinct.slice(Math.max(0, distinct.length - n));
}
