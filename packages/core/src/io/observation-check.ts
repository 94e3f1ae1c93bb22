import type { Observation } from '../observation.js';

/**
 * A column of an observation row, as {@link ObservationCheckResult} names it
 * (readers turn it into the file's own header name and column letter).
 *
 * @example
 * ```ts
 * const column: ObservationColumn = 'area';
 * ```
 */
export type ObservationColumn = 'indicator' | 'area' | 'period' | 'numerator' | 'denominator' | 'status' | 'source' | 'breakdown' | 'group';

/**
 * A problem or warning raised by an {@link ObservationCheck}: a message (from
 * the caller's catalogue) and the column it is about, or `null` for the row.
 *
 * @example
 * ```ts
 * const finding: ObservationFinding = { column: 'area', message: 'Unknown council area "Glasgo".' };
 * ```
 */
export interface ObservationFinding {
  column: ObservationColumn | null;
  message: string;
}

/**
 * What an {@link ObservationCheck} says about one row.
 *
 * - `problems`: the row cannot be used; listed in the reader's `DataError`.
 * - `warnings`: the row is read, and the warning returned beside the table.
 * - `replace`: values to use instead of those read, e.g. a GSS code for an
 *   area written as a name (say why in a warning).
 *
 * @example
 * ```ts
 * const result: ObservationCheckResult = {
 *   replace: { area: 'S12000047' },
 *   warnings: [{ column: 'area', message: 'Area "Fife Council" read as Fife (S12000047).' }],
 * };
 * ```
 */
export interface ObservationCheckResult {
  problems?: ObservationFinding[];
  warnings?: ObservationFinding[];
  replace?: Partial<Pick<Observation, 'indicator' | 'area' | 'period' | 'numerator' | 'denominator' | 'status' | 'source'>>;
}

/**
 * A check of each row that {@link readObservations} runs after its own, for
 * rules core does not know (geography, indicator definitions). It gets the
 * row as read and where it came from (`file`, Excel `row`), and returns
 * problems, warnings and replacement values, which the reader reports with
 * the file's header names and column letters. Core's checks (schema,
 * duplicated observations) then run on the replaced values. Columns core has
 * already found a problem in are not reported twice.
 *
 * @example
 * ```ts
 * const noTotals: ObservationCheck = (o) =>
 *   o.area === 'Total' ? { problems: [{ column: 'area', message: 'A total is not an area.' }] } : undefined;
 * await readObservations('cpo.csv', { check: noTotals });
 * ```
 */
export type ObservationCheck = (
  observation: Readonly<Observation>,
  at: { file: string; row: number },
) => ObservationCheckResult | undefined | void;
