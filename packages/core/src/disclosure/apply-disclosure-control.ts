import type { ColumnTable } from 'arquero';
import { messages } from '../messages.js';
import { addStatus, isWithheld } from '../status.js';
import { fromRows, keyOf, requireColumns, tableRows } from '../aggregate/rows.js';
import type { TableInput } from '../aggregate/table-input.js';
import type { DisclosureGroup, DisclosureRule } from './disclosure-rule.js';
import { IntegerSet } from './integer-set.js';
import { determinedCells, type LinearRelation } from './linear-audit.js';
import { narrowDomains, type SumRelation } from './narrow-domains.js';

const DERIVED = ['value', 'lower', 'upper', 'lower_998', 'upper_998'];

/**
 * Apply small-count disclosure control to a table of counts, before anything
 * is published.
 *
 * 1. **Primary suppression**: a count in `[min, max]` (default 1–4) in any
 *    checked column is withheld: status `suppressed`.
 * 2. **Denominators**: by default a row whose denominator is in the range is
 *    withheld too; with `complement: true`, so is a row whose
 *    `denominator − numerator` is in the range.
 * 3. **Secondary suppression**: within each group (rows adding up to a total
 *    that is published, or present as a row), one withheld cell could be
 *    recovered by subtraction, so the smallest non-zero published cell of the
 *    group is withheld as well (status `secondary-suppressed`); if none, a
 *    zero cell; if none, the group's total row. This repeats over all groups
 *    until no group has exactly one withheld cell, so the rule holds in row
 *    and column directions at once. Rows already withheld or null in the
 *    input count as withheld.
 * 4. **Audit** (unless `audit: false`), repeated with step 3 until nothing
 *    changes:
 *    - *ranges*: statuses are published, so a reader knows a `suppressed`
 *      count lies in `[min, max]` and a `secondary-suppressed` one does not.
 *      Two cells suppressed as 1–4 whose sum is 8 are both 4; a 1–4 cell and
 *      a secondary cell summing to 6 are 1 and 5. A reader who knows *why*
 *      each cell was withheld (the range, and with `complement` the range of
 *      `denominator − count`) works the groups' sums against each other
 *      (bounds propagation to a fixed point, with any cell that follows
 *      exactly from a combination of sums taken as known); every suppressed
 *      count must keep as many possible values as the rule's range holds (4
 *      for 1–4: never narrowed to 3–4 by a total of 7), and every withheld
 *      count at least two, or a cell of one of its groups is withheld.
 *    - *linear relations*: each group is a published equation (parts sum to
 *      the total). Exact Gauss–Jordan elimination over the withheld cells
 *      finds any withheld count that follows from a combination of groups,
 *      such as a cell bridging two blocks of an areas × breakdowns table in
 *      which every row and column has two withheld cells; one of the
 *      published cells that gives it away is withheld.
 *    - a `secondary-suppressed` cell that readers can work out anyway
 *      protects nothing, and is published again.
 * 5. **Whole groups**: where a suppressed count is still narrowed and
 *    nothing more can be withheld to help (for example a breakdown of a
 *    published total of 5 into cells of 2, 2 and 1), every cell of a group
 *    marked `whole` that it belongs to, or is the total of, is withheld
 *    with status `withheld-with-group`, which tells a reader nothing of the
 *    cell's size.
 * 6. On withheld rows the checked count columns and the `derived` columns
 *    are set to null (denominators are kept).
 *
 * This is a rules-based heuristic, not an optimal cell-suppression method.
 * It guarantees that no withheld count follows exactly from the groups'
 * sums and the published cells, and that no suppressed count is narrowed by
 * the sums and the statuses to fewer values than the rule's range holds,
 * except where a group's total lies outside the table and all its cells are
 * already withheld (only withholding that total would help: pass totals as
 * rows), or where nothing in the table can help and the group may not be
 * withheld whole (step 5). The ranges are found by bounds propagation, exact
 * for each sum on its own; several sums worked together can narrow a little
 * more than it finds (docs/methods.md, Disclosure control). A
 * principles-based review by the data owner still applies.
 *
 * @param table - counts with a `status` column (added as `published` if absent).
 * @param rule - see {@link DisclosureRule}.
 * @returns a new table, same columns and row order.
 * @throws {@link DataError} if a named column is missing; `RangeError` for a bad range.
 * @example
 * ```ts
 * applyDisclosureControl([
 *   { indicator: 'x', period: '2022-23', area: 'A', numerator: 3, status: 'published' },
 *   { indicator: 'x', period: '2022-23', area: 'B', numerator: 10, status: 'published' },
 *   { indicator: 'x', period: '2022-23', area: 'C', numerator: 25, status: 'published' },
 * ], { groups: [['indicator', 'period']] }).objects();
 * // A: numerator null, status 'suppressed'
 * // B: numerator null, status 'secondary-suppressed' (else A = total − 10 − 25)
 * // C: numerator 25, status 'published'
 * ```
 */
export function applyDisclosureControl(table: TableInput, rule: DisclosureRule = {}): ColumnTable {
  const min = rule.min ?? 1;
  const max = rule.max ?? 4;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min < 0 || max < min) {
    throw new RangeError(messages.invalidDisclosureRange(min, max));
  }
  const countColumns = rule.columns ?? ['numerator'];
  const derived = rule.derived ?? DERIVED;
  const groups: DisclosureGroup[] = (rule.groups ?? []).map((g) => (Array.isArray(g) ? { by: g } : g));
  const { rows, columns } = tableRows(table);
  requireColumns(columns, [...countColumns, ...groups.flatMap((g) => [...g.by, ...Object.keys(g.total ?? {})])]);
  const outColumns = columns.includes('status') ? columns : [...columns, 'status'];
  const small = (v: unknown) => typeof v === 'number' && v >= min && v <= max;
  /** How many values a suppressed count must keep for a reader: as many as the rule's range holds. */
  const rangeWidth = Math.min(max - min + 1, 1000);
  const main = countColumns[0];

  // state per row: 'open' (published), 'withheld' (input), 'primary', 'secondary'
  const state: ('open' | 'withheld' | 'primary' | 'secondary' | 'whole')[] = rows.map((r) => {
    if (isWithheld(r.status as string)) return 'withheld';
    if (countColumns.some((c) => r[c] === null || r[c] === undefined)) return 'withheld';
    if (countColumns.some((c) => small(r[c]))) return 'primary';
    const den = r.denominator;
    if (rule.denominator !== 'keep' && columns.includes('denominator') && small(den)) return 'primary';
    if (rule.complement && typeof den === 'number' && typeof r[main] === 'number' && small(den - (r[main] as number))) return 'primary';
    return 'open';
  });

  // build group memberships once
  interface Group { parts: number[]; totals: number[]; preferTotal: boolean; whole: boolean }
  const allGroups: Group[] = [];
  for (const g of groups) {
    const map = new Map<string, Group>();
    const totalEntries = Object.entries(g.total ?? {});
    const whereEntries = Object.entries(g.where ?? {});
    rows.forEach((r, i) => {
      if (!whereEntries.every(([c, allowed]) => allowed.includes((r[c] ?? null) as string | number | null))) return;
      const k = keyOf(r, g.by);
      let grp = map.get(k);
      if (!grp) map.set(k, (grp = { parts: [], totals: [], preferTotal: g.prefer === 'total', whole: g.whole === true }));
      const isTotal = totalEntries.length > 0 && totalEntries.every(([c, v]) => (r[c] ?? null) === v);
      (isTotal ? grp.totals : grp.parts).push(i);
    });
    allGroups.push(...map.values());
  }
  const hidden = (i: number) => state[i] !== 'open';
  const released = new Set<number>(); // secondary cells published again because readers could work them out anyway
  const pickable = (i: number) => !hidden(i) && !released.has(i);
  const size = (i: number) => (typeof rows[i][main] === 'number' ? (rows[i][main] as number) : Infinity);
  const bySize = (a: number, b: number) => size(a) - size(b) || a - b;
  const hasDenominator = columns.includes('denominator');
  /** The next cell to withhold in a group: smallest non-zero published part, else a zero part, else the total (the total first if the group prefers it). */
  const nextPick = (g: Group): number | undefined => {
    const total = g.totals.find(pickable);
    if (g.preferTotal && total !== undefined) return total;
    const open = g.parts.filter(pickable).sort(bySize);
    return open.find((i) => size(i) > 0) ?? open[0] ?? total;
  };
  const withhold = (i: number) => {
    state[i] = 'secondary';
  };
  /** What a reader who knows the rule, and why each cell was withheld, can say of a withheld count. */
  const statusValues = (i: number): IntegerSet => {
    let d = IntegerSet.range(0, Infinity);
    if (state[i] === 'withheld' || state[i] === 'whole') return d;
    const v = rows[i][main] as number;
    const den = hasDenominator && typeof rows[i].denominator === 'number' ? (rows[i].denominator as number) : null;
    const complementKnown = rule.complement === true && den !== null;
    if (state[i] === 'primary') {
      d = small(v) ? d.within(min, max) : d.without(min, max);
      if (complementKnown) d = small(den - v) ? d.within(den - max, den - min) : d.without(den - max, den - min);
      return d;
    }
    d = d.without(min, max);
    return complementKnown ? d.without(den - max, den - min) : d;
  };
  /**
   * Withheld cells a reader can narrow, from the sums and the statuses, to fewer values than
   * `width` (bounds propagation over the given relations, with the cells in `exact` known): with
   * `width` 2, cells pinned to one value; with the rule's width (4 for 1–4), also a suppressed
   * count narrowed from 1–4 to 3–4.
   */
  const narrowedByRanges = (over: LinearRelation[], width: number, exact: ReadonlySet<number> = new Set()): number[] => {
    const known = (i: number) => typeof rows[i][main] === 'number';
    const sums: SumRelation[] = [];
    const cellsIn = new Set<number>();
    for (const r of over) {
      const cells: number[] = [];
      const coefs: number[] = [];
      r.cells.forEach((c, k) => {
        if (hidden(c)) (cells.push(c), coefs.push(r.coefs[k]));
      });
      if (cells.length === 0 || !cells.every(known)) continue; // a withheld cell of unknown value: the sum is unknown to us too
      sums.push({ cells, coefs, constant: cells.reduce((t, c, k) => t + coefs[k] * (rows[c][main] as number), 0) });
      for (const c of cells) cellsIn.add(c);
    }
    // a cell that follows exactly from a combination of the sums is known to the reader: it narrows the others
    const start = (c: number) => (exact.has(c) ? IntegerSet.range(rows[c][main] as number, rows[c][main] as number) : statusValues(c));
    const domains = narrowDomains(sums, new Map([...cellsIn].map((c) => [c, start(c)])));
    return [...domains].filter(([, d]) => d.size(width) < width).map(([c]) => c);
  };
  /** Withhold one more cell in a group that can still give one: a group of `first`, else of any of `others`. */
  const protect = (component: Group[], first: number, others: number[]): boolean => {
    for (const cell of [first, ...others]) {
      for (const g of component) {
        if (!g.parts.includes(cell) && !g.totals.includes(cell)) continue;
        const pick = nextPick(g);
        if (pick !== undefined) {
          withhold(pick);
          return true;
        }
      }
    }
    return false;
  };
  const relationsOf = (gs: Group[]): LinearRelation[] =>
    gs.flatMap((g) =>
      g.totals.length === 0
        ? [{ cells: g.parts, coefs: g.parts.map(() => 1) }]
        : g.totals.map((t) => ({ cells: [...g.parts, t], coefs: [...g.parts.map(() => 1), -1] })),
    );
  const preferredTotals = new Set(allGroups.filter((g) => g.preferTotal).flatMap((g) => g.totals));
  const partCells = new Set(allGroups.flatMap((g) => g.parts));
  /** Among published cells that give a withheld cell away: totals of groups that prefer them, then parts by size (non-zero first), then other totals. */
  const witnessPick = (cells: number[]): number | undefined => {
    const open = cells.filter(pickable);
    const rank = (i: number) => (preferredTotals.has(i) ? 0 : partCells.has(i) ? (size(i) > 0 ? 1 : 2) : 3);
    return open.sort((a, b) => rank(a) - rank(b) || bySize(a, b))[0];
  };
  const sensitive = (i: number) => state[i] === 'primary' || state[i] === 'withheld' || (state[i] === 'whole' && small(rows[i][main]));

  /** Steps 3 and 4 for one set of groups that share cells (groups that share none cannot inform each other). */
  const settle = (component: Group[]) => {
    if (!component.some((g) => g.parts.some(hidden) || g.totals.some(hidden))) return; // nothing withheld: nothing to protect
    const relations = relationsOf(component);
    const cellCount = new Set(component.flatMap((g) => [...g.parts, ...g.totals])).size;
    // a relation none of whose cells can still be withheld: no further suppression changes what it tells
    const frozen = () => relations.filter((r) => !r.cells.some(pickable));
    let changed = true;
    for (let pass = 0; changed && pass < 2 * cellCount + 2; pass++) {
      changed = false;
      // 3. no group may have exactly one withheld cell
      for (const g of component) {
        const unknown = g.parts.filter(hidden).length + g.totals.filter(hidden).length;
        if (unknown !== 1) continue;
        const pick = nextPick(g);
        if (pick === undefined) continue; // a group of one cell: only its total protects it
        withhold(pick);
        changed = true;
      }
      if (changed || rule.audit === false) continue;
      // 4a. no withheld count may be pinned to one value by the sums and the published statuses
      // first cells pinned to one value, then cells narrowed below the rule's range (where a further cell can still help)
      const determined = determinedCells(relations, hidden);
      const exact = new Set(determined.map((d) => d.cell));
      const pinned = narrowedByRanges(relations, 2, exact);
      for (const width of rangeWidth > 2 ? [2, rangeWidth] : [2]) {
        const narrowed = width === 2 ? pinned : narrowedByRanges(relations, width, exact);
        const fixed = frozen();
        const stuck = new Set(narrowed.some(sensitive) ? narrowedByRanges(fixed, width, new Set(determinedCells(fixed, hidden).map((d) => d.cell))) : []); // narrowed whatever else is withheld
        for (const c of narrowed) {
          if (!sensitive(c) || stuck.has(c)) continue;
          if (protect(component, c, narrowed)) {
            changed = true;
            break;
          }
        }
        if (changed) break;
        // 5. nothing more can be withheld to help a narrowed count: withhold whole a group of it that allows this
        for (const c of narrowed) {
          if (!sensitive(c) || !stuck.has(c)) continue;
          if (wholeGroupsOf(component, c)) {
            changed = true;
            break;
          }
        }
        if (changed) break;
      }
      if (changed) continue;
      // 4b. no withheld count may follow from any combination of the relations (e.g. areas × breakdowns)
      for (const d of determined) {
        if (!sensitive(d.cell)) continue;
        const pick = witnessPick(d.witnesses);
        if (pick === undefined) continue; // nothing left to withhold that would help
        withhold(pick);
        changed = true;
        break;
      }
      if (changed) continue;
      // 4c. when no withheld count is exposed, a secondary cell that readers can work out protects nothing: publish it
      if (pinned.some(sensitive) || determined.some((d) => sensitive(d.cell))) continue;
      for (const c of [...pinned, ...determined.map((d) => d.cell)]) {
        if (state[c] !== 'secondary') continue;
        state[c] = 'open';
        released.add(c);
        changed = true;
      }
    }
  };
  /** Withhold whole every group marked `whole` that `cell` belongs to or totals (and is not whole yet); whether any was. */
  const wholeGroupsOf = (component: Group[], cell: number): boolean => {
    const groups = component.filter((g) => g.whole && (g.parts.includes(cell) || g.totals.includes(cell)) && g.parts.some((p) => state[p] !== 'whole'));
    for (const g of groups) for (const p of g.parts) state[p] = 'whole';
    return groups.length > 0;
  };
  // groups that share a cell belong to one component
  const componentOf = allGroups.map((_, k) => k);
  const root = (k: number): number => (componentOf[k] === k ? k : (componentOf[k] = root(componentOf[k])));
  const groupsOfCell = new Map<number, number>();
  allGroups.forEach((g, k) => {
    for (const i of [...g.parts, ...g.totals]) {
      const other = groupsOfCell.get(i);
      if (other === undefined) groupsOfCell.set(i, k);
      else componentOf[root(k)] = root(other);
    }
  });
  const components = new Map<number, Group[]>();
  allGroups.forEach((g, k) => {
    const list = components.get(root(k)) ?? [];
    list.push(g);
    components.set(root(k), list);
  });
  for (const component of components.values()) settle(component);

  const out = rows.map((r, i) => {
    const s = state[i];
    const row = { ...r };
    if (row.status === undefined || row.status === null || row.status === '') row.status = 'published';
    if (s === 'open') return row;
    if (s === 'primary') row.status = addStatus(row.status as string, 'suppressed');
    if (s === 'secondary') row.status = addStatus(row.status as string, 'secondary-suppressed');
    if (s === 'whole') row.status = addStatus(row.status as string, 'withheld-with-group');
    for (const c of countColumns) row[c] = null;
    for (const c of derived) if (c in row) row[c] = null;
    return row;
  });
  return fromRows(out, outColumns);
}
