import { periodRange, sortPeriods, type DataWarning } from '@cjsnsa/core';
import type { ColumnTable } from 'arquero';
import type { IndicatorDefinition } from '../definitions/indicator-definition.js';
import { indicatorDefinitions } from '../definitions/indicator-definitions.js';
import { COUNCIL_AREAS } from '../geography/council-areas.js';
import { familyGroupOf } from '../geography/family-group-of.js';
import { messages } from '../messages.js';
import { dataItems } from './data-items.js';

/**
 * Options of {@link coverageGaps}.
 *
 * - `definitions`: which data items are counted per council area.
 *   __Default value:__ the framework's (`indicatorDefinitions()`).
 * - `basis`: the LGBF family groups named (`'people'` or `'place'`).
 *   __Default value:__ `'people'`, the comparator the SNSA packs use.
 *
 * @example
 * ```ts
 * const options: CoverageGapsOptions = { basis: 'place' };
 * ```
 */
export interface CoverageGapsOptions {
  definitions?: IndicatorDefinition[];
  basis?: 'people' | 'place';
}

const COUNCIL_NAME = new Map(COUNCIL_AREAS.map((a) => [a.code, a.name]));
const TOTAL_BREAKDOWNS = new Set(['', 'all', 'total']);

/**
 * Say once which totals a partnership's observations cannot form: Scotland
 * and the family groups are sums of all their council areas, so a data item
 * given for some council areas only (in some periods) leaves them "not
 * available". One warning per set of areas given, naming the data items
 * (each with the periods it has for those areas only), the areas and the
 * family groups of those areas that lack members. Data items used for
 * Scotland only, breakdown rows and Scotland rows are not counted.
 *
 * @param table - observations (as `readCheckedObservations` returns them).
 * @param options - see {@link CoverageGapsOptions}.
 * @returns warnings with no file or row: they are about the data as a whole.
 * @example
 * ```ts
 * const { table } = await readCheckedObservations(['own/diversion.csv']); // West Dunbartonshire only
 * coverageGaps(table)[0].message;
 * // 'Your data gives "diversion-commenced" (2023-24) for 1 of the 32 council areas (West Dunbartonshire). Scotland and LGBF people-based family group 4 cannot be formed …'
 * ```
 */
export function coverageGaps(table: ColumnTable, options: CoverageGapsOptions = {}): DataWarning[] {
  const known = new Map(dataItems(options.definitions ?? indicatorDefinitions()).map((i) => [i.id, i]));
  const basis = options.basis ?? 'people';
  const names = table.columnNames();
  const col = (c: string) => (names.includes(c) ? (table.array(c) as ArrayLike<unknown>) : null);
  const [indicator, area, period, breakdown] = ['indicator', 'area', 'period', 'breakdown'].map(col);
  if (!indicator || !area || !period) return [];
  // item → period → council areas given
  const given = new Map<string, Map<string, Set<string>>>();
  for (let i = 0; i < table.numRows(); i++) {
    const item = String(indicator[i]);
    const code = String(area[i]);
    if (!COUNCIL_NAME.has(code) || known.get(item)?.council === false) continue;
    if (breakdown && breakdown[i] !== null && breakdown[i] !== undefined && !TOTAL_BREAKDOWNS.has(String(breakdown[i]).trim().toLowerCase())) continue;
    const byPeriod = given.get(item) ?? new Map<string, Set<string>>();
    const areas = byPeriod.get(String(period[i])) ?? new Set<string>();
    areas.add(code);
    byPeriod.set(String(period[i]), areas);
    given.set(item, byPeriod);
  }
  // one warning per set of areas given, naming each data item with its periods
  const gaps = new Map<string, { areas: string[]; items: { item: string; periods: string[] }[] }>();
  for (const [item, byPeriod] of given) {
    const byAreas = new Map<string, { areas: string[]; periods: string[] }>();
    for (const [p, areas] of byPeriod) {
      if (areas.size === COUNCIL_AREAS.length) continue;
      const codes = COUNCIL_AREAS.map((a) => a.code).filter((c) => areas.has(c));
      const k = codes.join(';');
      const g = byAreas.get(k) ?? { areas: codes, periods: [] };
      g.periods.push(p);
      byAreas.set(k, g);
    }
    for (const [k, g] of byAreas) {
      const gap = gaps.get(k) ?? { areas: g.areas, items: [] };
      gap.items.push({ item, periods: g.periods });
      gaps.set(k, gap);
    }
  }
  return [...gaps.values()].map((g) => {
    const groups = new Map<string, string>();
    for (const code of g.areas) {
      const group = familyGroupOf(code, basis);
      if (group.members.some((m) => !g.areas.includes(m))) groups.set(group.id, group.name);
    }
    const items = g.items.sort((a, b) => a.item.localeCompare(b.item)).map((i) => `"${i.item}" (${periodList(i.periods)})`);
    const message = messages.partialCoverage(items, g.areas.length, g.areas.map((c) => COUNCIL_NAME.get(c)!), [...groups.values()]);
    return { file: null, row: null, column: null, columnLetter: null, message };
  });
}

/** `2019-20 to 2023-24` for a run of three or more periods, else the periods listed. */
function periodList(periods: string[]): string {
  let sorted: string[];
  try {
    sorted = sortPeriods(periods);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (sorted.length > 2 && periodRange(first, last).length === sorted.length) return `${first} to ${last}`;
  } catch {
    sorted = [...periods].sort(); // periods of several kinds: reported by observationChecks for known items
  }
  return sorted.join(', ');
}
