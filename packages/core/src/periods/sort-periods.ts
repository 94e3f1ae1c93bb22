import { messages } from '../messages.js';
import { periodOrdinal } from './build-period.js';
import type { PeriodInput } from './period.js';
import { PeriodError } from './period-error.js';
import { parsePeriod } from './parse-period.js';

/**
 * Sort period labels from earliest to latest, returning canonical labels.
 * Duplicates are kept (use `new Set` or {@link lastPeriods} for distinct ones).
 *
 * @param labels - period labels in any accepted spelling, all of one kind.
 * @returns a new array of canonical labels in time order.
 * @throws {@link PeriodError} if a label is not a period or kinds are mixed.
 * @example
 * ```ts
 * sortPeriods(['2023-24', '2021/22', '2022-2023']); // ['2021-22', '2022-23', '2023-24']
 * sortPeriods(['2022', '2022-23']);                  // throws PeriodError (mixed kinds)
 * ```
 */
export function sortPeriods(labels: readonly PeriodInput[]): string[] {
  const parsed = labels.map((l) => parsePeriod(l));
  for (const p of parsed) {
    if (p.kind !== parsed[0].kind) throw new PeriodError(messages.mixedPeriodKinds(parsed[0].label, p.label), p.label);
  }
  return parsed
    .map((p) => ({ p, o: periodOrdinal(p) }))
    .sort((x, y) => x.o - y.o)
    .map(({ p }) => p.label);
}
