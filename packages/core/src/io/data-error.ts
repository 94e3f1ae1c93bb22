import { describeIssue } from './issue-helpers.js';
import { messages } from '../messages.js';

/**
 * One problem (or warning) found in data, located as the user sees it:
 * `file` name, `row` 1-based as in Excel (the header is row 1), `column` the
 * header name, and `columnLetter` (`A`, `B`, … ) for spreadsheets. Any part may
 * be `null` when it does not apply (e.g. an in-memory table has no file).
 *
 * @example
 * ```ts
 * const issue: DataIssue = { file: 'cpo.csv', row: 7, column: 'numerator', columnLetter: 'D',
 *   message: '"12a" is not a number or a recognised symbol …' };
 * ```
 */
export interface DataIssue {
  file: string | null;
  row: number | null;
  column: string | null;
  columnLetter: string | null;
  message: string;
}

/**
 * A warning about data that was read but should be looked at; same shape as {@link DataIssue}.
 *
 * @example
 * ```ts
 * const { warnings } = await readObservations('x.csv');
 * warnings[0]?.message; // e.g. 'Status "weird" is not a documented status code; kept as given.'
 * ```
 */
export type DataWarning = DataIssue;

/**
 * Thrown for data that cannot be read. Readers collect every problem first and
 * throw once: `issues` lists them all (in file order) and `file`, `row`,
 * `column` and `columnLetter` repeat the first. `message` starts with the
 * location, then the catalogue message.
 *
 * @example
 * ```ts
 * try { await readObservations('bad.csv'); } catch (e) {
 *   if (e instanceof DataError) for (const i of e.issues) console.log(i.row, i.column, i.message);
 *   // 3 'numerator' '"12a" is not a number or a recognised symbol …'
 * }
 * ```
 */
export class DataError extends Error implements DataIssue {
  readonly file: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly columnLetter: string | null;
  /** Every problem found, first to last (not enumerable: printing the error shows only the summary). */
  declare readonly issues: DataIssue[];

  constructor(issues: DataIssue | readonly DataIssue[]) {
    const list = Array.isArray(issues) ? [...issues] : [issues as DataIssue];
    const first = list[0] ?? { file: null, row: null, column: null, columnLetter: null, message: 'Unknown data problem' };
    super(
      list.length > 1
        ? messages.dataProblems(first.file ?? 'data', list.length, describeIssue({ ...first, file: null }))
        : describeIssue(first),
    );
    this.name = 'DataError';
    this.file = first.file;
    this.row = first.row;
    this.column = first.column;
    this.columnLetter = first.columnLetter;
    // not enumerable, so printing an error with thousands of issues stays readable
    Object.defineProperty(this, 'issues', { value: list, enumerable: false, writable: false });
  }
}

