import type { PeriodKind } from '@cjsnsa/core';
import { POPULATION_ITEM, POPULATION_REBASED_ITEM } from '../compute/population-lookup.js';
import type { IndicatorDefinition } from '../definitions/indicator-definition.js';
import { indicatorDefinitions } from '../definitions/indicator-definitions.js';

/**
 * What the framework knows of one data item (an observation `indicator`
 * value): the period kinds it is counted in and whether any indicator uses
 * it per council area.
 *
 * - `periodKinds`: the `periodKind` of every definition that uses the item
 *   (the population aged 16–70 is a mid-year estimate: `calendar-year`).
 * - `council`: `true` when an indicator uses the item per council area (and
 *   sums the areas for Scotland, never reading a Scotland row).
 * - `scotland`: `true` when an indicator uses the item's Scotland rows: a
 *   Scotland-only series (NI9).
 * - `indicators`: the ids of the indicators that use it.
 *
 * @example
 * ```ts
 * const item: DataItem = { id: 'cpo-commenced', periodKinds: ['financial-year'], council: true, scotland: false, indicators: ['SM-cpo-rate'] };
 * ```
 */
export interface DataItem {
  id: string;
  periodKinds: PeriodKind[];
  council: boolean;
  scotland: boolean;
  indicators: string[];
}

/**
 * The data items indicator definitions use, as numerator or denominator,
 * with `population-16-70` and `population-16-70-rebased` (the base of every
 * rate: unrebased and Census-2022-based NRS estimates): the items a
 * partnership's own files may hold.
 *
 * @param definitions - __Default value:__ the framework's (`indicatorDefinitions()`).
 * @returns one {@link DataItem} per id, sorted by id.
 * @example
 * ```ts
 * dataItems().find((i) => i.id === 'confidence-in-justice');
 * // { id: 'confidence-in-justice', periodKinds: ['financial-year'], council: false, scotland: true, indicators: ['NI9'] }
 * dataItems().find((i) => i.id === 'population-16-70')?.periodKinds; // ['calendar-year']
 * ```
 */
export function dataItems(definitions: readonly IndicatorDefinition[] = indicatorDefinitions()): DataItem[] {
  const items = new Map<string, DataItem>();
  const add = (id: string, kind: PeriodKind, council: boolean, indicator: string) => {
    const item = items.get(id) ?? { id, periodKinds: [], council: false, scotland: false, indicators: [] };
    if (!item.periodKinds.includes(kind)) item.periodKinds.push(kind);
    item.council ||= council;
    item.scotland ||= !council;
    if (!item.indicators.includes(indicator)) item.indicators.push(indicator);
    items.set(id, item);
  };
  for (const d of definitions) {
    const council = d.geography.includes('council');
    add(d.numerator.item, d.periodKind, council, d.id);
    if (d.denominator && 'item' in d.denominator) add(d.denominator.item, d.periodKind, council, d.id);
    if (d.denominator && 'population' in d.denominator) {
      add(POPULATION_ITEM, 'calendar-year', council, d.id);
      add(POPULATION_REBASED_ITEM, 'calendar-year', council, d.id);
    }
  }
  return [...items.values()].sort((a, b) => a.id.localeCompare(b.id));
}
