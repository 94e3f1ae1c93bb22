import type { ColumnTable } from 'arquero';
import { messages } from '../messages.js';
import { addStatus, isWithheld } from '../status.js';
import { fromRows, keyOf, requireColumns, tableRows } from '../aggregate/rows.js';
import type { TableInput } from '../aggregate/table-input.js';
import type { DisclosureGroup, DisclosureRule } from './disclosure-rule.js';

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
 * 4. On withheld rows the checked count columns and the `derived` columns
 *    are set to null (denominators are kept).
 *
 * This is a rules-based heuristic, not an optimal cell-suppression method:
 * it guarantees that no withheld count equals a published total minus
 * published cells, not that narrow ranges cannot be inferred. A
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
  const main = countColumns[0];

  // state per row: 'open' (published), 'withheld' (input), 'primary', 'secondary'
  const state: ('open' | 'withheld' | 'primary' | 'secondary')[] = rows.map((r) => {
    if (isWithheld(r.status as string)) return 'withheld';
    if (countColumns.some((c) => r[c] === null || r[c] === undefined)) return 'withheld';
    if (countColumns.some((c) => small(r[c]))) return 'primary';
    const den = r.denominator;
    if (rule.denominator !== 'keep' && columns.includes('denominator') && small(den)) return 'primary';
    if (rule.complement && typeof den === 'number' && typeof r[main] === 'number' && small(den - (r[main] as number))) return 'primary';
    return 'open';
  });

  // build group memberships once
  interface Group { parts: number[]; totals: number[] }
  const allGroups: Group[] = [];
  for (const g of groups) {
    const map = new Map<string, Group>();
    const totalEntries = Object.entries(g.total ?? {});
    rows.forEach((r, i) => {
      const k = keyOf(r, g.by);
      let grp = map.get(k);
      if (!grp) map.set(k, (grp = { parts: [], totals: [] }));
      const isTotal = totalEntries.length > 0 && totalEntries.every(([c, v]) => (r[c] ?? null) === v);
      (isTotal ? grp.totals : grp.parts).push(i);
    });
    allGroups.push(...map.values());
  }
  const hidden = (i: number) => state[i] !== 'open';
  const size = (i: number) => (typeof rows[i][main] === 'number' ? (rows[i][main] as number) : Infinity);
  let changed = true;
  for (let pass = 0; changed && pass < rows.length + 1; pass++) {
    changed = false;
    for (const g of allGroups) {
      const cells = [...g.parts, ...g.totals];
      const unknown = cells.filter(hidden).length;
      if (unknown !== 1) continue;
      const open = g.parts.filter((i) => !hidden(i)).sort((a, b) => size(a) - size(b) || a - b);
      const pick = open.find((i) => size(i) > 0) ?? open[0] ?? g.totals.find((i) => !hidden(i));
      if (pick === undefined) continue; // a group of one cell: only its total protects it
      state[pick] = 'secondary';
      changed = true;
    }
  }

  const out = rows.map((r, i) => {
    const s = state[i];
    const row = { ...r };
    if (row.status === undefined || row.status === null || row.status === '') row.status = 'published';
    if (s === 'open') return row;
    if (s === 'primary') row.status = addStatus(row.status as string, 'suppressed');
    if (s === 'secondary') row.status = addStatus(row.status as string, 'secondary-suppressed');
    for (const c of countColumns) row[c] = null;
    for (const c of derived) if (c in row) row[c] = null;
    return row;
  });
  return fromRows(out, outColumns);
}
