import { messages } from '../messages.js';
import { periodFromOrdinal, periodOrdinal } from './build-period.js';
import type { PeriodInput } from './period.js';
import { PeriodError } from './period-error.js';
import { parsePeriod } from './parse-period.js';

/**
 * Every period from `from` to `to`, both included, as canonical labels.
 *
 * @param from - first period (any accepted spelling).
 * @param to - last period, of the same kind.
 * @returns labels in time order.
 * @throws {@link PeriodError} if either is not a period, the kinds differ, or
 *   `to` comes before `from`.
 * @example
 * ```ts
 * periodRange('2019-20', '2022/23');        // ['2019-20', '2020-21', '2021-22', '2022-23']
 * periodRange('2022-23 Q3', '2023-24 Q1');  // ['2022-23 Q3', '2022-23 Q4', '2023-24 Q1']
 * ```
 */
export function periodRange(from: PeriodInput, to: PeriodInput): string[] {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  if (a.kind !== b.kind) throw new PeriodError(messages.mixedPeriodKinds(a.label, b.label), `${a.label}, ${b.label}`);
  const oa = periodOrdinal(a);
  const ob = periodOrdinal(b);
  if (ob < oa) throw new PeriodError(messages.periodRangeReversed(a.label, b.label), `${a.label}, ${b.label}`);
  const out: string[] = [];
  for (let o = oa; o <= ob; o++) out.push(periodFromOrdinal(a.kind, o).label);
  return out;
}
