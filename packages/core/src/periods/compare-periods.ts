import { messages } from '../messages.js';
import { periodOrdinal } from './build-period.js';
import type { PeriodInput } from './period.js';
import { PeriodError } from './period-error.js';
import { parsePeriod } from './parse-period.js';

/**
 * Order two periods of the same kind: negative if `a` comes first, zero if
 * they are the same period, positive if `a` comes later. Usable as an
 * `Array.prototype.sort` comparator.
 *
 * @param a - a period label (any accepted spelling) or {@link Period}.
 * @param b - likewise.
 * @returns a number whose sign gives the order.
 * @throws {@link PeriodError} if either is not a period, or the kinds differ
 *   (a financial year and a calendar year overlap: neither comes first).
 * @example
 * ```ts
 * comparePeriods('2021-22', '2022/23');    // -1
 * comparePeriods('2022-23 Q4', '2022-23 Q1'); // 3
 * comparePeriods('2022', '2022-23');       // throws PeriodError
 * ```
 */
export function comparePeriods(a: PeriodInput, b: PeriodInput): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa.kind !== pb.kind) throw new PeriodError(messages.mixedPeriodKinds(pa.label, pb.label), `${pa.label}, ${pb.label}`);
  return periodOrdinal(pa) - periodOrdinal(pb);
}
