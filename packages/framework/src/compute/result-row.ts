import type { Comparison } from '@cjsnsa/core';

/**
 * One row of the results table: one indicator × area × period. Field meanings
 * follow the team contract; `lower`/`upper` are 95% limits and
 * `lower_998`/`upper_998` 99.8% limits, on the value's scale. Trend fields are
 * filled on the latest period row of each indicator × area series and `null`
 * on earlier rows. Withheld rows (status suppressed, secondary-suppressed or
 * derived-from-suppressed) have `numerator`, `value`, `lower`, `upper` null.
 *
 * @example
 * ```ts
 * const row: ResultRow = computeIndicators({ observations }).objects()[0] as ResultRow;
 * row.framework_version; // 'cjpf-2023'
 * ```
 */
export interface ResultRow {
  indicator: string;
  indicator_name: string;
  indicator_kind: 'national' | 'supporting' | 'local';
  outcome: number | null;
  confirmation: 'confirmed' | 'provisional';
  measure: 'count' | 'percentage' | 'rate' | 'mean';
  unit: string;
  polarity: 'high-is-good' | 'low-is-good' | 'no-judgement';
  area: string;
  area_name: string;
  area_type: 'council' | 'scotland' | 'group';
  period: string;
  numerator: number | null;
  denominator: number | null;
  /** Rates per population: the NRS mid-year of the population aged 16–70 used; `null` for other measures. */
  population_year: number | null;
  /** Rates per population: the series of that estimate (`unrebased` or `census-2022`); `null` for other measures. */
  population_base: 'unrebased' | 'census-2022' | null;
  value: number | null;
  lower: number | null;
  upper: number | null;
  lower_998: number | null;
  upper_998: number | null;
  method: string | null;
  trend: 'Increasing' | 'Decreasing' | 'No significant change' | 'Cannot be calculated' | null;
  trend_reason: string | null;
  trend_direction: 'getting better' | 'getting worse' | null;
  change_abs: number | null;
  change_pct: number | null;
  scotland_value: number | null;
  comparison_scotland: Comparison | null;
  group_name: string | null;
  group_value: number | null;
  comparison_group: Comparison | null;
  status: string;
  source: string;
  framework_version: string;
}

/**
 * The columns of the results table, in order.
 *
 * @example
 * ```ts
 * RESULT_COLUMNS[0]; // 'indicator'
 * ```
 */
export const RESULT_COLUMNS: readonly (keyof ResultRow)[] = [
  'indicator', 'indicator_name', 'indicator_kind', 'outcome', 'confirmation', 'measure', 'unit', 'polarity',
  'area', 'area_name', 'area_type', 'period', 'numerator', 'denominator', 'population_year', 'population_base', 'value', 'lower', 'upper',
  'lower_998', 'upper_998', 'method', 'trend', 'trend_reason', 'trend_direction', 'change_abs', 'change_pct',
  'scotland_value', 'comparison_scotland', 'group_name', 'group_value', 'comparison_group', 'status', 'source',
  'framework_version',
];
