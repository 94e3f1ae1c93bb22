/**
 * One point of a series for {@link recentTrend}: a period's value with its 95%
 * confidence limits (and, optionally, the counts behind it).
 *
 * @example
 * ```ts
 * const p: TrendPoint = { period: '2022-23', value: 30.6, lower: 28.98, upper: 32.25, numerator: 1367, denominator: 44701 };
 * ```
 */
export interface TrendPoint {
  /** Annual period label: '2022-23' (financial year) or '2022' (calendar year). */
  period: string;
  value: number | null;
  /** 95% lower limit. */
  lower: number | null;
  /** 95% upper limit. */
  upper: number | null;
  /** Count; when the key is present it must be non-null for the point to be valid. */
  numerator?: number | null;
  /** Denominator; when the key is present it must be non-null for the point to be valid. */
  denominator?: number | null;
}

/**
 * Result of {@link recentTrend}.
 *
 * @example
 * ```ts
 * const r: TrendResult = {
 *   marker: 'Increasing', reason: null, direction: 'getting worse', slope: 1.8, chiSquare: 46.77,
 *   periods: ['2014', '2015', '2016', '2017', '2018'],
 *   change: { from: 24.67, to: 30.6, absolute: 5.93, percent: 24.04 },
 * };
 * ```
 */
export interface TrendResult {
  marker: 'Increasing' | 'Decreasing' | 'No significant change' | 'Cannot be calculated';
  /** Why the trend cannot be calculated (a `messages.trend*` entry); null otherwise. */
  reason: string | null;
  /** Polarity-aware reading of a significant trend; null if not significant or no judgement. */
  direction: 'getting better' | 'getting worse' | null;
  /** Weighted least-squares slope, in value units per period; null if not calculated. */
  slope: number | null;
  /** χ² statistic (b/SE(b))²; null if not calculated. */
  chiSquare: number | null;
  /** Periods used (the last 5, oldest first); the periods examined when not calculated. */
  periods: string[];
  /** Change from the first to the last of `periods` (absolute, and % of the first value). */
  change: { from: number | null; to: number | null; absolute: number | null; percent: number | null };
}
