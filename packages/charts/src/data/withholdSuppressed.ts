import { isWithheld } from '@cjsnsa/core';
import type { ResultRow } from './ResultRow.js';

/**
 * Fields that can reveal a withheld count and are blanked on withheld rows.
 *
 * @example
 * ```ts
 * WITHHELD_FIELDS.includes('value'); // true: a withheld row shows no value, interval or change
 * ```
 */
export const WITHHELD_FIELDS = [
  'numerator',
  'value',
  'lower',
  'upper',
  'lower_998',
  'upper_998',
  'change_abs',
  'change_pct',
] as const;

/**
 * Defensive second line of disclosure control: on every row whose status says it
 * is withheld (`suppressed`, `secondary-suppressed`, `derived-from-suppressed`),
 * blank the numerator, value and intervals (and trend changes) so that no preset
 * can draw, label or export the number. Disclosure control itself runs before
 * charts see data (`@cjsnsa/core` `applyDisclosureControl`); this only makes sure
 * nothing that slipped through is drawn. Other rows are returned unchanged.
 *
 * @example
 * ```ts
 * withholdSuppressed([{ value: 3, numerator: 3, status: 'suppressed' }]);
 * // [{ value: null, numerator: null, status: 'suppressed', ... }]
 * ```
 */
export function withholdSuppressed<T extends ResultRow>(rows: readonly T[]): T[] {
  return rows.map((r) => {
    if (!isWithheld(r.status ?? null)) return r;
    const out: ResultRow = { ...r };
    for (const f of WITHHELD_FIELDS) if (f in out) out[f] = null;
    return out as T;
  });
}

/**
 * Whether a row is withheld by disclosure control (its status says so).
 *
 * @example
 * ```ts
 * isSuppressedRow({ status: 'secondary-suppressed' }); // true
 * isSuppressedRow({ status: 'published' }); // false
 * ```
 */
export function isSuppressedRow(row: { status?: string | null }): boolean {
  return isWithheld(row.status ?? null);
}
