/**
 * One row of a results table, as `@cjsnsa/framework` produces it (one row per
 * indicator × area × period). Charts read these fields and compute no statistics:
 * values, intervals, comparisons and statuses arrive with the data. Any field may
 * be missing; presets say which ones they need.
 *
 * @example
 * ```ts
 * const row: ResultRow = { indicator: 'NI4', area: 'S12000039', area_name: 'West Dunbartonshire',
 *   period: '2022-23', value: 71.2, lower: 66.1, upper: 75.8, status: 'published; synthetic' };
 * ```
 */
export interface ResultRow {
  indicator?: string;
  indicator_name?: string;
  indicator_kind?: string;
  confirmation?: 'confirmed' | 'provisional' | string | null;
  measure?: string | null;
  unit?: string | null;
  polarity?: 'high-is-good' | 'low-is-good' | 'no-judgement' | string | null;
  area?: string;
  area_name?: string;
  area_type?: 'council' | 'scotland' | 'group' | string | null;
  period?: string;
  numerator?: number | null;
  denominator?: number | null;
  value?: number | null;
  lower?: number | null;
  upper?: number | null;
  lower_998?: number | null;
  upper_998?: number | null;
  trend?: string | null;
  trend_reason?: string | null;
  trend_direction?: string | null;
  change_abs?: number | null;
  change_pct?: number | null;
  scotland_value?: number | null;
  comparison_scotland?: string | null;
  group_name?: string | null;
  group_value?: number | null;
  comparison_group?: string | null;
  status?: string | null;
  source?: string | null;
  [field: string]: unknown;
}

/**
 * What every results preset accepts: an arquero table, or rows of any object
 * type with the {@link ResultRow} fields (e.g. `@cjsnsa/framework`'s typed
 * rows, which have no index signature).
 *
 * @example
 * ```ts
 * const input: ResultsInput = computeIndicators({ observations }); // or its .objects()
 * ```
 */
export type ResultsInput = readonly object[] | { objects(): object[] };
