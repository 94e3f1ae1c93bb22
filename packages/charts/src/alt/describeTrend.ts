/**
 * The recent-trend result that came with the data, in words, for a trend chart's
 * subtitle and alt text. The framework tests the last five annual points (Fingertips
 * recent-trend method; `trend` on the latest row), so the window named is the five
 * periods ending at the row that carries the result. Nothing is computed here.
 *
 * - `'Increasing'` / `'Decreasing'` → "Increasing (significant, 2019-20 to 2023-24)",
 *   with ", getting better" or ", getting worse" when the indicator has a direction and
 *   `judged` is true (a count is a volume: its direction is not judged).
 * - `'No significant change'` → "No significant change (2019-20 to 2023-24)".
 * - `'Cannot be calculated'` → "No trend measured".
 * - no result → `null`.
 *
 * @param result the row carrying the result (`trend`, `trend_direction`, `period`)
 * @param periods every period of the series, in order
 * @param judged whether to add "getting better/worse". __Default value:__ `true`
 * @example
 * ```ts
 * describeTrend({ trend: 'Increasing', trend_direction: 'getting better', period: '2023-24' },
 *   ['2019-20', '2020-21', '2021-22', '2022-23', '2023-24']);
 * // 'Increasing, getting better (significant, 2019-20 to 2023-24)'
 * ```
 */
export function describeTrend(
  result: { trend?: string | null; trend_direction?: string | null; period?: string | null } | null | undefined,
  periods: readonly string[],
  judged = true,
): string | null {
  if (!result?.trend) return null;
  const end = periods.indexOf(String(result.period));
  const window = end >= 0 ? periods.slice(Math.max(0, end - 4), end + 1) : [];
  const span = window.length ? `${window[0]} to ${window[window.length - 1]}` : '';
  switch (result.trend) {
    case 'Increasing':
    case 'Decreasing': {
      const direction = judged && result.trend_direction ? `, ${result.trend_direction}` : '';
      return `${result.trend}${direction} (significant${span ? `, ${span}` : ''})`;
    }
    case 'No significant change':
      return `No significant change${span ? ` (${span})` : ''}`;
    case 'Cannot be calculated':
      return 'No trend measured';
    default:
      return result.trend;
  }
}
