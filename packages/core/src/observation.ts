/**
 * One observation: the count for an indicator's numerator (and, where it has
 * one, its denominator) in one area and one period. This is the project's tidy
 * data model; every dataset, extract and results table starts from it.
 *
 * - `area` is a GSS code (e.g. `S12000039`), or any stable area key for
 *   non-Scottish use: core does not interpret it.
 * - `period` is a period label that {@link parsePeriod} accepts in canonical
 *   form: `2022-23` (financial year), `2022` (calendar year), `2022-23 Q3`.
 * - `numerator` / `denominator` are `null` where not published, with `status`
 *   saying why.
 * - `group` and `breakdown` are optional: a breakdown dimension (e.g.
 *   `age_band`) and its value (e.g. `18-25`); `null`/absent means all.
 *
 * @example
 * ```ts
 * const row: Observation = {
 *   indicator: 'cpo-commenced', area: 'S12000039', period: '2022-23',
 *   numerator: 450, denominator: 62000, status: 'published',
 *   source: 'Justice Social Work Statistics 2022-23',
 * };
 * ```
 */
export interface Observation {
  indicator: string;
  area: string;
  period: string;
  numerator: number | null;
  denominator: number | null;
  status: string;
  source: string;
  breakdown?: string | null;
  group?: string | null;
}

/**
 * The column names of an observation table, in order.
 *
 * @example
 * ```ts
 * OBSERVATION_COLUMNS.join(','); // 'indicator,area,period,numerator,denominator,status,source': the header of an observation CSV
 * ```
 */
export const OBSERVATION_COLUMNS = [
  'indicator',
  'area',
  'period',
  'numerator',
  'denominator',
  'status',
  'source',
] as const;
