import { messages } from '../messages.js';
import type { DataIssue } from './data-error.js';

/**
 * Internal: "file, row 7, column numerator (D): message".
 */
export function describeIssue(issue: DataIssue): string {
  const where = messages.dataLocation(issue.file, issue.row, issue.column, issue.columnLetter);
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** Internal: build an issue. */
export function issue(
  message: string,
  at: { file?: string | null; row?: number | null; column?: string | null; columnLetter?: string | null } = {},
): DataIssue {
  return { file: at.file ?? null, row: at.row ?? null, column: at.column ?? null, columnLetter: at.columnLetter ?? null, message };
}

/**
 * The spreadsheet column letter of a 0-based column index, as Excel names
 * columns in messages.
 *
 * @param index - 0 for the first column.
 * @returns `A`, `B`, … `Z`, `AA`, …
 * @example
 * ```ts
 * columnLetter(0); // 'A'
 * columnLetter(26); // 'AA'
 * ```
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Internal: the most problems a streaming reader lists before it only counts them. */
export const MAX_LISTED_PROBLEMS = 1000;
