import { parsePeriod } from '@cjsnsa/core';

/**
 * Which series of NRS mid-year estimates a population figure belongs to:
 * `unrebased` (rolled forward from Census 2011: mid-1998 to mid-2021 as
 * first published) or `census-2022` (based on Scotland's Census 2022:
 * mid-2022 on, and NRS's revised back series). The two disagree (Scotland
 * mid-2021: 5,479,900 unrebased, 5,412,900 rebased), so a rate series that
 * moves from one to the other has a break, which cjsnsa marks.
 *
 * @example
 * ```ts
 * const base: PopulationBase = 'census-2022';
 * ```
 */
export type PopulationBase = 'unrebased' | 'census-2022';

/**
 * The population data item: NRS mid-year estimates, population aged 16–70,
 * unrebased series (mid-1998 to mid-2021).
 *
 * @example
 * ```ts
 * POPULATION_ITEM; // 'population-16-70'
 * ```
 */
export const POPULATION_ITEM = 'population-16-70';

/**
 * The population data item for the Census-2022-based series (mid-2022 on):
 * population aged 16–70.
 *
 * @example
 * ```ts
 * POPULATION_REBASED_ITEM; // 'population-16-70-rebased'
 * ```
 */
export const POPULATION_REBASED_ITEM = 'population-16-70-rebased';

/**
 * The data items that hold the population aged 16–70, with the base of
 * each. Rates read both: see {@link populationFor}.
 *
 * @example
 * ```ts
 * POPULATION_ITEMS['population-16-70-rebased']; // 'census-2022'
 * ```
 */
export const POPULATION_ITEMS: Readonly<Record<string, PopulationBase>> = {
  [POPULATION_ITEM]: 'unrebased',
  [POPULATION_REBASED_ITEM]: 'census-2022',
};

/**
 * How a population base is named in text: `unrebased (pre-Census 2022)` or
 * `Census-2022-based`.
 *
 * @example
 * ```ts
 * populationBaseLabel('census-2022'); // 'Census-2022-based'
 * ```
 */
export function populationBaseLabel(base: PopulationBase): string {
  return base === 'census-2022' ? 'Census-2022-based' : 'unrebased (pre-Census 2022)';
}

/**
 * The population used for one area and period, the mid-year it comes from
 * and its series.
 *
 * @example
 * ```ts
 * const p: PopulationValue = { value: 61965, year: 2022, fallback: true, source: 'NRS', base: 'census-2022' }; // for 2023-24
 * ```
 */
export interface PopulationValue {
  value: number | null;
  /** Mid-year of the estimate used; `null` when none is available. */
  year: number | null;
  /** True when the matching mid-year was missing and an earlier year was used. */
  fallback: boolean;
  source: string | null;
  /** The series the estimate used belongs to; `null` when none is available. */
  base: PopulationBase | null;
}

/**
 * One entry of a population lookup: a mid-year's estimate, its source and
 * its base (__Default value:__ `'unrebased'`).
 *
 * @example
 * ```ts
 * const e: PopulationEntry = { value: 61965, source: 'NRS mid-2022 (Revised)', base: 'census-2022' };
 * ```
 */
export interface PopulationEntry {
  value: number | null;
  source: string;
  base?: PopulationBase;
}

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
 * area → mid-year → { value, source, base }, with the official statistics'
 * fallback: when the matching mid-year is missing, the latest earlier year is
 * used and `fallback` is true (JSW 2022-23 used mid-2021 for its 2022-23
 * rates because mid-2022 was not yet published; domain.md §2.1). Later years
 * are never used. A lookup holds one entry per mid-year: where both series
 * give a year, the caller keeps the Census-2022-based one (see
 * `computeIndicators`).
 *
 * @example
 * ```ts
 * const lookup = new Map([['S12000039', new Map([[2022, { value: 61965, source: 'NRS', base: 'census-2022' as const }]])]]);
 * populationFor(lookup, 'S12000039', '2023-24'); // { value: 61965, year: 2022, fallback: true, source: 'NRS', base: 'census-2022' }
 * ```
 */
export function populationFor(lookup: Map<string, Map<number, PopulationEntry>>, area: string, period: string): PopulationValue {
  const years = lookup.get(area);
  const target = populationYearOf(period);
  const none: PopulationValue = { value: null, year: null, fallback: false, source: null, base: null };
  if (!years) return none;
  const exact = years.get(target);
  if (exact && exact.value !== null) return { value: exact.value, year: target, fallback: false, source: exact.source, base: exact.base ?? 'unrebased' };
  let best: number | null = null;
  for (const [y, v] of years) if (y < target && v.value !== null && (best === null || y > best)) best = y;
  if (best === null) return none;
  const hit = years.get(best)!;
  return { value: hit.value, year: best, fallback: true, source: hit.source, base: hit.base ?? 'unrebased' };
}
