/**
 * The COVID-19 pandemic years that official community justice statistics ask
 * users to compare with caution: 2020-21 and 2021-22 (JSW Statistics 2022-23
 * §2; 2023-24 Part 2 §3). Rows in these periods carry the status
 * `pandemic-caveat`; a definition may list other periods (reconviction cohorts
 * 2019-20 to 2021-22) in its `pandemicPeriods`.
 *
 * @example
 * ```ts
 * PANDEMIC_PERIODS; // ['2020-21', '2021-22']
 * ```
 */
export const PANDEMIC_PERIODS: readonly string[] = Object.freeze(['2020-21', '2021-22']);
