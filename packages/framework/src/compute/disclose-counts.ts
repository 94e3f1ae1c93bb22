import { addStatus, applyDisclosureControl, isWithheld, type DisclosureGroup } from '@cjsnsa/core';
import type { IndicatorDefinition } from '../definitions/indicator-definition.js';

/**
 * Disclosure rule for {@link computeIndicators}: counts from `min` to `max`
 * (inclusive) are suppressed. __Default value:__ core's default, 1–4 (zeros
 * are not suppressed).
 *
 * @example
 * ```ts
 * const rule: DisclosureOptions = { min: 1, max: 9 }; // withhold counts of 1 to 9
 * computeIndicators({ observations, disclosure: rule });
 * ```
 */
export interface DisclosureOptions {
  min?: number;
  max?: number;
}

/**
 * The count row shape disclosure control works on (internal to compute).
 *
 * @example
 * ```ts
 * const row: DisclosureCountRow = {
 *   def: indicatorDefinition('NI1b'), area: 'S12000039', areaType: 'council', period: '2023-24',
 *   numerator: 3, denominator: null, status: 'published', members: null,
 * }; // a count of 3: withheld under the default rule
 * ```
 */
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

/**
 * One cell of a breakdown of a data item's count: e.g. bail supervision
 * cases commenced in Clackmannanshire in 2019-20 by sex, `F`. The cells of
 * one item × area × period × breakdown add up to that count (they are
 * counted from the same records), so they are controlled together with it.
 *
 * @example
 * ```ts
 * const cell: BreakdownCount = { item: 'bail-supervision-commenced', breakdown: 'sex', category: 'F', area: 'S12000005', period: '2019-20', count: 1 };
 * ```
 */
export interface BreakdownCount {
  /** The data item whose count the cells break down. */
  item: string;
  /** The breakdown's name, e.g. `sex` or `age_band`. */
  breakdown: string;
  category: string;
  /** GSS code of a council area. */
  area: string;
  period: string;
  count: number;
}

/**
 * A breakdown cell after disclosure control, or (with `category: null`) the
 * total its cells add up to: the item's count in the results where the cells
 * add up to it (`total_of: 'results'`), otherwise the cells' own sum
 * (`total_of: 'breakdown'`, e.g. an extract that differs from the
 * aggregate return). `count` is null where withheld.
 *
 * @example
 * ```ts
 * const row: ControlledBreakdown = { item: 'bail-supervision-commenced', breakdown: 'sex', category: 'F', area: 'S12000005', period: '2019-20', count: null, status: 'suppressed', total_of: null };
 * ```
 */
export interface ControlledBreakdown extends Omit<BreakdownCount, 'category' | 'count'> {
  category: string | null;
  count: number | null;
  status: string;
  total_of: 'results' | 'breakdown' | null;
}

/** One published count: a data item's column in one area (council, Scotland or comparator group) and period. */
interface CountCell {
  key: string;
  item: string;
  period: string;
  area: string;
  level: 'council' | 'scotland' | 'group' | 'national' | 'breakdown-total';
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
 * - where the comparator groups partition the 32 areas (the LGBF family
 *   groups do), their counts add up to Scotland's too: a reader can sum
 *   them, so that sum is a relation of the table;
 * - core's audit then makes sure no withheld count follows from any
 *   combination of these sums, or is pinned to one value by the published
 *   statuses.
 *
 * Breakdowns (e.g. an area's count by sex, by age band and by outcome) are
 * cells of the same table: the cells of each breakdown add up to the area's
 * count in the results (or, where they do not, to their own published
 * total), so a cell of 1–4 in a breakdown protects itself with a second
 * cell or, where no other cell can, by withholding the area's count itself,
 * which is then withheld in the results too and protected across Scotland.
 * The breakdown of a count the supplier already withheld is withheld whole
 * (`withheld-with-group`).
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
export function discloseCounts(rows: DisclosureCountRow[], options: DisclosureOptions, breakdowns: readonly BreakdownCount[] = []): ControlledBreakdown[] {
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

  // --- breakdown cells, each breakdown a group whose total is a count cell ---
  const blocks = new Map<string, { item: string; breakdown: string; area: string; period: string; cells: BreakdownCount[]; total: CountCell | null; supplierWithheld?: boolean }>();
  for (const b of breakdowns) {
    const k = [b.item, b.breakdown, b.area, b.period].join(SEP);
    const block = blocks.get(k) ?? { item: b.item, breakdown: b.breakdown, area: b.area, period: b.period, cells: [], total: null };
    block.cells.push(b);
    blocks.set(k, block);
  }
  const blockList = [...blocks.values()];
  const blockColumns = new Map<string, string>(); // item × breakdown → column marking its cells and totals
  for (const block of blockList) {
    const col = `${block.item}${SEP}${block.breakdown}`;
    if (!blockColumns.has(col)) blockColumns.set(col, `in_breakdown_${blockColumns.size}`);
    const sum = block.cells.reduce((t, c) => t + c.count, 0);
    const counted = cells.get([itemKey({ item: block.item, field: 'numerator' }), block.area, block.period].join(SEP));
    if (counted && counted.level === 'council' && !counted.withheld && counted.value === sum) block.total = counted;
    else if (counted && counted.level === 'council' && counted.withheld) {
      // the supplier withheld this count: its breakdown is not shown either (it could add back to it)
      block.total = counted;
      block.supplierWithheld = true;
    } else {
      // the cells' own sum, published beside them: one cell per value, shared by breakdowns with the same sum
      const key = [`${block.item}#breakdown-total=${sum}`, block.area, block.period].join(SEP);
      let c = cells.get(key);
      if (!c) cells.set(key, (c = { key, item: `${block.item}#breakdown-total`, period: block.period, area: block.area, level: 'breakdown-total', value: sum, complementOf: null, complementItem: null, withheld: false, groups: new Set() }));
      block.total = c;
    }
  }
  const totalColumns = new Map<CountCell, string[]>();
  for (const block of blockList) {
    const column = blockColumns.get(`${block.item}${SEP}${block.breakdown}`)!;
    totalColumns.set(block.total!, [...(totalColumns.get(block.total!) ?? []), column]);
  }

  // --- core disclosure control on the linked tables ------------------------
  const list = [...cells.values()];
  const groupColumns = [...groupIds].map((g, k) => ({ id: g, column: `in_group_${k}` }));
  const noBreakdown = Object.fromEntries([...blockColumns.values()].map((c) => [c, 'no']));
  const table: Record<string, unknown>[] = list.map((c) => ({
      item: c.item,
      period: c.period,
      area: c.area,
      level: c.level,
      role: 'count',
      category: null,
      numerator: c.value,
      denominator: c.complementOf,
      status: c.withheld ? 'suppressed' : 'published',
      ...Object.fromEntries(groupColumns.map((g) => [g.column, c.groups.has(g.id) ? 'yes' : 'no'])),
      ...noBreakdown,
      ...Object.fromEntries((totalColumns.get(c) ?? []).map((col) => [col, 'yes'])),
  }));
  const breakdownRow = new Map<BreakdownCount, number>();
  for (const block of blockList) {
    const column = blockColumns.get(`${block.item}${SEP}${block.breakdown}`)!;
    for (const b of block.cells) {
      breakdownRow.set(b, table.length);
      table.push({
        item: block.total!.item,
        period: b.period,
        area: b.area,
        level: 'breakdown',
        role: 'part',
        category: b.category,
        numerator: b.count,
        denominator: null,
        status: block.supplierWithheld ? 'withheld-with-group' : 'published',
        ...Object.fromEntries(groupColumns.map((g) => [g.column, 'no'])),
        ...noBreakdown,
        [column]: 'yes',
      });
    }
  }
  // comparator groups that share no member and cover every council add up to Scotland: a reader sums them
  const memberLists = [...membersOf.values()].map((m) => [...m]);
  const councilCount = new Set(list.filter((c) => c.level === 'council').map((c) => c.area)).size;
  const partition = memberLists.length > 1 && new Set(memberLists.flat()).size === memberLists.flat().length && memberLists.flat().length === councilCount;
  const groups: DisclosureGroup[] = [
    { by: ['item', 'period'], where: { level: ['council', 'scotland'] }, total: { level: 'scotland' } },
    ...(partition ? [{ by: ['item', 'period'], where: { level: ['group', 'scotland'] }, total: { level: 'scotland' } }] : []),
    ...groupColumns.map((g): DisclosureGroup => ({ by: ['item', 'period'], where: { [g.column]: ['yes'] }, total: { area: g.id }, prefer: 'total' })),
    ...[...blockColumns.values()].map((column): DisclosureGroup => ({ by: ['item', 'period', 'area'], where: { [column]: ['yes'] }, total: { role: 'count' }, whole: true })),
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

  // --- the breakdowns, controlled, with their totals -------------------------
  const statusOf = (i: number) => controlled[i] ?? 'published';
  const indexOfCell = new Map(list.map((c, i) => [c, i]));
  return blockList.flatMap((block) => {
    const t = indexOfCell.get(block.total!)!;
    const total: ControlledBreakdown = {
      item: block.item, breakdown: block.breakdown, category: null, area: block.area, period: block.period,
      count: isWithheld(statusOf(t)) ? null : block.total!.value,
      status: statusOf(t), total_of: block.total!.level === 'council' ? 'results' : 'breakdown',
    };
    return [total, ...block.cells.map((b): ControlledBreakdown => {
      const status = statusOf(breakdownRow.get(b)!);
      return { item: b.item, breakdown: b.breakdown, category: b.category, area: b.area, period: b.period, count: isWithheld(status) ? null : b.count, status, total_of: null };
    })];
  });
}
