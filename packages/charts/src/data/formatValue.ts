import { messages } from '../messages.js';

/**
 * Format a value for labels, alt text and tables: percentages with one decimal and
 * a `%`, counts as whole numbers with thousands separators, other measures with one
 * decimal. `null` becomes `'suppressed'` when the row is withheld, otherwise `'not available'`.
 *
 * @param value the number to show (already computed upstream)
 * @param measure `'percentage' | 'count' | 'rate' | 'mean'` (from the results row)
 * @param withheld whether the row is withheld by disclosure control
 * @example
 * ```ts
 * formatValue(71.234, 'percentage'); // '71.2%'
 * formatValue(12345, 'count'); // '12,345'
 * formatValue(null, 'count', true); // 'suppressed'
 * ```
 */
export function formatValue(value: number | null | undefined, measure?: string | null, withheld = false): string {
  if (value == null || !Number.isFinite(value)) return withheld ? messages.suppressedCell : 'not available';
  if (measure === 'count') return Math.round(value).toLocaleString('en-GB');
  const text = value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return measure === 'percentage' ? `${text}%` : text;
}
