/**
 * Format a value for narrative text: counts as whole numbers with thousands
 * separators, other measures to one decimal place, percentages with `%`.
 *
 * @example
 * ```ts
 * formatMeasure(1234, 'count'); // '1,234'
 * formatMeasure(61.04, 'rate'); // '61.0'
 * formatMeasure(72.95, 'percentage'); // '73.0%'
 * ```
 */
export function formatMeasure(value: number | null | undefined, measure: string | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'not available';
  if (measure === 'count') return Math.round(value).toLocaleString('en-GB');
  const text = value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return measure === 'percentage' ? `${text}%` : text;
}
