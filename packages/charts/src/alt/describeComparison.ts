import { formatValue } from '../data/formatValue.js';

/**
 * Plain-English phrase for a benchmark comparison that arrived with the data
 * (`comparison_scotland` / `comparison_group` of the results table).
 *
 * @param comparison `'Better' | 'Similar' | 'Worse' | 'Higher' | 'Lower' | 'Best' | 'Worst' | 'Not compared'`
 * @param benchmarkName e.g. `'Scotland'`
 * @param benchmarkValue the benchmark's value (shown in brackets when known)
 * @param measure the measure, for formatting the value
 * @example
 * ```ts
 * describeComparison('Worse', 'Scotland', 68.4, 'percentage');
 * // 'statistically significantly worse than Scotland (68.4%)'
 * describeComparison('Similar', 'Scotland', 68.4, 'percentage');
 * // 'not significantly different from Scotland (68.4%)'
 * ```
 */
export function describeComparison(
  comparison: string | null | undefined,
  benchmarkName: string,
  benchmarkValue?: number | null,
  measure?: string | null,
): string {
  const bench = benchmarkValue == null ? benchmarkName : `${benchmarkName} (${formatValue(benchmarkValue, measure)})`;
  switch (comparison) {
    case 'Better':
    case 'Best':
      return `statistically significantly better than ${bench}`;
    case 'Worse':
    case 'Worst':
      return `statistically significantly worse than ${bench}`;
    case 'Higher':
      return `statistically significantly higher than ${bench}`;
    case 'Lower':
      return `statistically significantly lower than ${bench}`;
    case 'Similar':
      return `not significantly different from ${bench}`;
    default:
      return `not compared with ${bench}`;
  }
}
