import { addStatus, applyDisclosureControl, isWithheld, type DisclosureGroup } from '@cjsnsa/core';
import type { IndicatorDefinition } from '../definitions/indicator-definition.js';

/**
 * Disclosure rule for {@link computeIndicators}: counts from `min` to `max`
 * (inclusive) are suppressed. __Default value:__ core's default, 1–4 (zeros
 * are not suppressed).
 */
export interface DisclosureOptions {
  min?: number;
  max?: number;
}

/** The count row shape disclosure control works on (internal to compute). */
export interface DisclosureCountRow {
  def: IndicatorDefinition;
  area: string;
  areaType: 'council' | 'scotland' | 'group';
  period: string;
  numerator: number | null;
  denominator: number | null;
  status: string;
  members: string[] | null;
}

/** One published count: a data item's column in one area (council, Scotland or comparator group) and period. */
interface CountCell {
  key: string;
  item: string;
  period: string;
  area: string;
  level: 'council' | 'scotland' | 'group' | 'national';
  value: number | null;
  /** Denominator of a percentage whose complement (denominator − count) must not be small. */
  complementOf: number | null;
  complementItem: string | null;
  withheld: boolean;
  groups: Set<string>;
}

const SEP = '\u0000';

function countedDenominator(def: IndicatorDefinition): { item: string; field: string } | null {
  return def.denominator !== null && 'item' in def.denominator ? { item: def.denominator.item, field: def.denominator.field } : null;
}

function itemKey(ref: { item: string; field: string }): string {
  return `${ref.item}#${ref.field}`;
}

/**
 * Apply disclosure control to the counts behind every indicator, before any
 * measure is computed. Rows are changed in place.
 *
 * Control works on **counts, not indicators**: each data item's count in an
 * area and period (e.g. diversion cases commenced in Angus in 2022-23) is one
 * cell, however many indicators publish it, as a numerator (NI1b, the
 * diversion rate) or as a counted denominator (diversion completion %). So a
 * count withheld for one indicator is withheld for all of them, and a
 * denominator that is withheld is blanked too, never printed beside a
 * withheld value. Population denominators are public and not controlled.
 *
 * The cells of each item × period go through core `applyDisclosureControl`
 * together, as linked tables:
 * - primary: a count in the rule's range; for a percentage, also a numerator
 *   whose complement (denominator − numerator) is in range, at council,
 *   Scotland and comparator-group level;
 * - the 32 council counts add up to the Scotland count, which is a row of the
 *   table (so a withheld Scotland count is protected too);
 * - each comparator group's members add up to the group's count, which is
 *   withheld first (`prefer: 'total'`) when a member is withheld, and
 *   published again when readers can work it out anyway from Scotland and
 *   the other groups (it then tells nothing new);
 * - core's audit then makes sure no withheld count follows from any
 *   combination of these sums, or is pinned to one value by the published
 *   statuses.
 *
 * A row whose numerator or counted denominator is withheld is withheld:
 * `suppressed` when one of its own counts (or its complement) is in range,
 * otherwise `secondary-suppressed`. Its numerator is nulled, and its
 * denominator too when that count is withheld.
 *
 * @example
 * ```ts
 * discloseCounts(rows, { min: 1, max: 4 }); // rows with numerator 3 now null, status 'suppressed'
 * ```
 */
export function discloseCounts(rows: DisclosureCountRow[], options: DisclosureOptions): void {
  const min = options.min ?? 1;
  const max = options.max ?? 4;
  const inRange = (v: number | null) => v !== null && v >= min && v <= max;

  // --- the cells: one per item column × area × period -----------------------
  const cells = new Map<string, CountCell>();
  const groupIds = new Set<string>();
  const areaKey = (r: DisclosureCountRow) => (r.areaType === 'scotland' && r.members === null ? `${r.area}#input` : r.area);
  const levelOf = (r: DisclosureCountRow): CountCell['level'] => (r.areaType === 'scotland' && r.members === null ? 'national' : r.areaType);
  const cellFor = (r: DisclosureCountRow, ref: { item: string; field: string }, value: number | null): CountCell => {
    const item = itemKey(ref);
    const key = [item, areaKey(r), r.period].join(SEP);
    let c = cells.get(key);
    if (!c) {
      c = { key, item, period: r.period, area: areaKey(r), level: levelOf(r), value, complementOf: null, complementItem: null, withheld: false, groups: new Set() };
      cells.set(key, c);
    }
    // a count missing or already withheld in the input stays withheld (and counts as unknown to readers)
    if (value === null || isWithheld(r.status)) c.withheld = true;
    return c;
  };
  const rowCells = rows.map((r) => {
    const den = countedDenominator(r.def);
    const num = cellFor(r, { item: r.def.numerator.item, field: r.def.numerator.field }, r.numerator);
    const denCell = den ? cellFor(r, den, r.denominator) : null;
    if (r.def.measure === 'percentage' && den && r.denominator !== null && r.numerator !== null) {
      if (num.complementItem === null || num.complementItem === itemKey(den)) {
        num.complementItem = itemKey(den);
        num.complementOf = r.denominator;
      } else if (inRange(r.denominator - r.numerator)) {
        num.withheld = true; // a second percentage on the same count with another base: withhold outright
      }
    }
    return { num, den: denCell };
  });
  // comparator-group membership of each cell
  const membersOf = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.areaType !== 'group') continue;
    groupIds.add(r.area);
    membersOf.set(r.area, new Set(r.members ?? []));
  }
  for (const c of cells.values()) {
    if (c.level === 'council') for (const [g, m] of membersOf) if (m.has(c.area)) c.groups.add(g);
    if (c.level === 'group') c.groups.add(c.area);
  }

  // --- core disclosure control on the linked tables ------------------------
  const list = [...cells.values()];
  const groupColumns = [...groupIds].map((g, k) => ({ id: g, column: `in_group_${k}` }));
  const table = list.map((c) => ({
      item: c.item,
      period: c.period,
      area: c.area,
      level: c.level,
      numerator: c.value,
      denominator: c.complementOf,
      status: c.withheld ? 'suppressed' : 'published',
      ...Object.fromEntries(groupColumns.map((g) => [g.column, c.groups.has(g.id) ? 'yes' : 'no'])),
  }));
  const groups: DisclosureGroup[] = [
    { by: ['item', 'period'], where: { level: ['council', 'scotland'] }, total: { level: 'scotland' } },
    ...groupColumns.map((g): DisclosureGroup => ({ by: ['item', 'period'], where: { [g.column]: ['yes'] }, total: { area: g.id }, prefer: 'total' })),
  ];
  const controlled = applyDisclosureControl(table, { min, max, columns: ['numerator'], denominator: 'keep', complement: true, groups }).array('status') as string[];
  const hidden = new Map(list.map((c, i) => [c.key, isWithheld(controlled[i])]));

  // --- back to the indicator rows ------------------------------------------
  rows.forEach((r, i) => {
    const { num, den } = rowCells[i];
    const numHidden = hidden.get(num.key) === true;
    const denHidden = den !== null && hidden.get(den.key) === true;
    if (!numHidden && !denHidden) return;
    const complement = r.def.measure === 'percentage' && den !== null && r.numerator !== null && r.denominator !== null ? r.denominator - r.numerator : null;
    const own = inRange(r.numerator) || (den !== null && inRange(r.denominator)) || inRange(complement);
    const disclosed = r.numerator !== null || (denHidden && r.denominator !== null);
    if (disclosed && !isWithheld(r.status)) r.status = addStatus(r.status, own ? 'suppressed' : 'secondary-suppressed');
    r.numerator = null;
    if (denHidden) r.denominator = null;
  });
}
