import { messages } from '../messages.js';
import { DataError } from './data-error.js';
import { issue } from './issue-helpers.js';
import { readCell } from './read-cell.js';

/**
 * How each table symbol is read. Symbols follow the GSS guidance on symbols
 * in tables (`[c]`, `[x]`, `[z]`, `[low]`, `[w]`, flags `[p]` `[r]` `[e]`
 * `[b]` `[u]`) and the Justice Social Work Statistics conventions (`-` nil,
 * `..` not available, `*` below 0.5%, blank not applicable).
 *
 * | symbol | value | status |
 * |---|---|---|
 * | `[c]` confidential | null | `suppressed` |
 * | `[x]`, `..` not available | null | `not-available` |
 * | `[w]` no data | null | `not-available` |
 * | `[z]`, blank not applicable | null | `not-applicable` |
 * | `[low]`, `*` below half the last digit shown (JSW: below 0.5%) | null | `low-figure` |
 * | `-` nil (JSW) | 0 | none |
 * | number + `[p]` provisional | number | `provisional` |
 * | number + `[r]` revised | number | `revised` |
 * | number + `[e]` estimated | number | `estimated` |
 * | number + `[b]` break in series | number | `break-in-series` |
 * | number + `[u]` low reliability | number | `low-reliability` |
 *
 * @example
 * ```ts
 * CELL_SYMBOLS['[c]']; // { value: null, status: 'suppressed' }
 * ```
 */
export const CELL_SYMBOLS: Readonly<Record<string, ParsedCell>> = {
  '[c]': { value: null, status: 'suppressed' },
  '[x]': { value: null, status: 'not-available' },
  '..': { value: null, status: 'not-available' },
  '[w]': { value: null, status: 'not-available' },
  '[z]': { value: null, status: 'not-applicable' },
  '': { value: null, status: 'not-applicable' },
  '[low]': { value: null, status: 'low-figure' },
  '*': { value: null, status: 'low-figure' },
  '-': { value: 0, status: null },
};


/**
 * The reading of one cell: a number (or null) and the status the cell says.
 *
 * @example
 * ```ts
 * const cell: ParsedCell = parseCell('[x]'); // { value: null, status: 'not-available' }
 * ```
 */
export interface ParsedCell {
  value: number | null;
  status: string | null;
}

/**
 * Read one cell of a published table: a number (thousands separators, a
 * leading byte-order mark and surrounding spaces allowed) or a symbol, mapped
 * to a status as in {@link CELL_SYMBOLS}.
 *
 * @param text - the cell as text (or a number, or null/undefined for empty).
 * @returns `{ value, status }`; `status` is `null` for a plain number.
 * @throws {@link DataError} (no file or row: readers add them) for anything
 *   else, e.g. `'12a'`, `'n/a'`, `'12%'`.
 * @example
 * ```ts
 * parseCell('1,234');  // { value: 1234, status: null }
 * parseCell('[c]');    // { value: null, status: 'suppressed' }
 * parseCell('-');      // { value: 0, status: null }
 * parseCell('56 [p]'); // { value: 56, status: 'provisional' }
 * parseCell('12a');    // throws DataError
 * ```
 */
export function parseCell(text: string | number | null | undefined): ParsedCell {
  const cell = readCell(text);
  if (cell.error) throw new DataError(issue(cell.error));
  return { value: cell.value, status: cell.status };
}
