import { formatValue } from '../data/formatValue.js';

/**
 * A value with its confidence interval in words, for alt text.
 *
 * @example
 * ```ts
 * describeInterval(71.2, 66.1, 75.8, 'percentage'); // '71.2% (95% confidence interval 66.1% to 75.8%)'
 * describeInterval(71.2, null, null, 'percentage'); // '71.2%'
 * describeInterval(null, null, null, 'count', true); // 'suppressed (small numbers)'
 * ```
 */
export function describeInterval(
  value: number | null | undefined,
  lower: number | null | undefined,
  upper: number | null | undefined,
  measure?: string | null,
  withheld = false,
  level = '95%',
): string {
  if (value == null) return withheld ? 'suppressed (small numbers)' : 'not available';
  const v = formatValue(value, measure);
  if (lower == null || upper == null) return v;
  return `${v} (${level} confidence interval ${formatValue(lower, measure)} to ${formatValue(upper, measure)})`;
}
