import { parsePeriod } from '@cjsnsa/core';

/** The population used for one area and period, and the mid-year it comes from. */
export interface PopulationValue {
  value: number | null;
  /** Mid-year of the estimate used; `null` when none is available. */
  year: number | null;
  /** True when the matching mid-year was missing and an earlier year was used. */
  fallback: boolean;
  source: string | null;
}

/** The population data item: NRS mid-year estimates, population aged 16–70. */
export const POPULATION_ITEM = 'population-16-70';

/**
 * The mid-year whose population estimate matches a period: the calendar year
 * itself, or for a financial year `YYYY-YY` (and its quarters) the mid-year
 * `YYYY` in which it starts, as Justice Social Work Statistics does.
 *
 * @example
 * ```ts
 * populationYearOf('2022-23'); // 2022
 * populationYearOf('2022'); // 2022
 * ```
 */
export function populationYearOf(period: string): number {
  return parsePeriod(period).year;
}

/**
 * Population aged 16–70 for an area and period from a lookup of
 * area → mid-year → { value, source }, with the official statistics'
 * fallback: when the matching mid-year is missing, the latest earlier year is
 * used and `fallback` is true (JSW 2022-23 used mid-2021 for its 2022-23
 * rates because mid-2022 was not yet published; domain.md §2.1). Later years
 * are never used.
 *
 * @example
 * ```ts
 * const lookup = new Map([['S12000039', new Map([[2018, { value: 62000, source: 'NRS' }]])]]);
 * populationFor(lookup, 'S12000039', '2022-23'); // { value: 62000, year: 2018, fallback: true, source: 'NRS' }
 * ```
 */
export function populationFor(
  lookup: Map<string, Map<number, { value: number | null; source: string }>>,
  area: string,
  period: string,
): PopulationValue {
  const years = lookup.get(area);
  const target = populationYearOf(period);
  if (!years) return { value: null, year: null, fallback: false, source: null };
  const exact = years.get(target);
  if (exact && exact.value !== null) return { value: exact.value, year: target, fallback: false, source: exact.source };
  let best: number | null = null;
  for (const [y, v] of years) if (y < target && v.value !== null && (best === null || y > best)) best = y;
  if (best === null) return { value: null, year: null, fallback: false, source: null };
  const hit = years.get(best)!;
  return { value: hit.value, year: best, fallback: true, source: hit.source };
}
