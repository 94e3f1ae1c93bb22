// Exact feasibility of withheld counts, as a reader with every published pack works them out.
//
// Written apart from core's disclosure code on purpose: it is the independent check.
//
// The reader's model is the rule's own: a cell whose status says `suppressed` lies in
// [min, max]; a `secondary-suppressed` one is 0 or above max; any other withheld cell is
// some count of 0 or more. For one data item and period, the published relations are:
//   - the 32 council counts add up to Scotland's count;
//   - the members of each comparator group add up to the group's count (the family
//     groups partition the 32 areas);
//   - each breakdown of an area's count (by sex, age band, outcome…) adds up to it.
// Given an area's count, its breakdowns are independent of each other and of the
// other areas; given each group's count, the groups are independent. So the exact set
// of values each withheld cell can take follows from sums and differences of sets of
// whole numbers, without search: every value in the returned sets is reachable by
// some full assignment of all withheld cells, and no other value is.

/** A set of whole numbers as disjoint, sorted, non-touching intervals; `hi` may be Infinity, `lo` may be -Infinity. */
export class Ints {
  private constructor(readonly parts: readonly (readonly [number, number])[]) {}
  static of(parts: [number, number][]): Ints {
    const sorted = parts.filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0]);
    const out: [number, number][] = [];
    for (const [lo, hi] of sorted) {
      const last = out[out.length - 1];
      if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
      else out.push([lo, hi]);
    }
    return new Ints(out);
  }
  static point(v: number): Ints {
    return Ints.of([[v, v]]);
  }
  static empty = Ints.of([]);
  /** {a + b}. */
  plus(o: Ints): Ints {
    return Ints.of(this.parts.flatMap(([a, b]) => o.parts.map(([c, d]): [number, number] => [a + c, b + d])));
  }
  /** {a − b}. */
  minus(o: Ints): Ints {
    return Ints.of(this.parts.flatMap(([a, b]) => o.parts.map(([c, d]): [number, number] => [a - d, b - c])));
  }
  and(o: Ints): Ints {
    const out: [number, number][] = [];
    for (const [a, b] of this.parts) for (const [c, d] of o.parts) out.push([Math.max(a, c), Math.min(b, d)]);
    return Ints.of(out);
  }
  size(): number {
    return this.parts.reduce((n, [lo, hi]) => n + (hi - lo + 1), 0);
  }
  has(v: number): boolean {
    return this.parts.some(([lo, hi]) => v >= lo && v <= hi);
  }
  toString(): string {
    return `{${this.parts.map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}..${hi === Infinity ? '' : hi}`)).join(', ')}}`;
  }
}

const sumOf = (sets: Ints[]) => sets.reduce((a, b) => a.plus(b), Ints.point(0));

/** A published cell: its value, or null with the status that says why it is withheld. */
export interface Shown {
  value: number | null;
  status: string;
  /** Where it was read from, for messages. */
  label: string;
}

/** What the rule lets a reader know of a cell from its status alone. */
export function statusDomain(cell: Shown, rule: { min: number; max: number }): Ints {
  if (cell.value !== null) return Ints.point(cell.value);
  const codes = cell.status.split(';').map((s) => s.trim());
  if (codes.includes('suppressed')) return Ints.of([[rule.min, rule.max]]);
  if (codes.includes('secondary-suppressed')) return Ints.of([[0, rule.min - 1], [rule.max + 1, Infinity]]);
  return Ints.of([[0, Infinity]]);
}

/** One data item in one period, as published across every pack. */
export interface ItemPeriod {
  label: string;
  scotland: Shown;
  /** Council area code → its count. */
  areas: Map<string, Shown>;
  /** Comparator groups (partitioning the areas), each with its count. */
  groups: { id: string; members: string[]; cell: Shown }[];
  /** Area code → its breakdowns, each a list of cells adding up to the area's count. */
  breakdowns: Map<string, Shown[][]>;
}

/** Every withheld cell with the exact set of values it can take. */
export function feasibleSets(ip: ItemPeriod, rule: { min: number; max: number }): { cell: Shown; values: Ints }[] {
  const dom = (c: Shown) => statusDomain(c, rule);
  const out: { cell: Shown; values: Ints }[] = [];
  // 1. each area's count, as its own status and its breakdowns allow
  const areaDom = new Map<string, Ints>();
  for (const [code, cell] of ip.areas) {
    let d = dom(cell);
    for (const cells of ip.breakdowns.get(code) ?? []) d = d.and(sumOf(cells.map(dom)));
    areaDom.set(code, d);
  }
  // 2. the groups' counts, as members and group status allow
  const covered = ip.groups.flatMap((g) => g.members);
  if (new Set(covered).size !== covered.length || covered.length !== ip.areas.size) throw new Error(`${ip.label}: comparator groups do not partition the areas`);
  const memberSum = ip.groups.map((g) => sumOf(g.members.map((m) => areaDom.get(m)!)));
  const groupOwn = ip.groups.map((g, k) => dom(g.cell).and(memberSum[k]));
  // 3. Scotland: the groups' counts add up to it
  const scot = dom(ip.scotland);
  const groupFeasible = ip.groups.map((_, k) => groupOwn[k].and(scot.minus(sumOf(groupOwn.filter((__, j) => j !== k)))));
  const scotFeasible = scot.and(sumOf(groupOwn));
  if (ip.scotland.value === null) out.push({ cell: ip.scotland, values: scotFeasible });
  ip.groups.forEach((g, k) => {
    if (g.cell.value === null) out.push({ cell: g.cell, values: groupFeasible[k] });
  });
  // 4. each area's count: its group's count less the other members
  const areaFeasible = new Map<string, Ints>();
  ip.groups.forEach((g, k) => {
    for (const m of g.members) {
      const others = sumOf(g.members.filter((x) => x !== m).map((x) => areaDom.get(x)!));
      const values = areaDom.get(m)!.and(groupFeasible[k].minus(others));
      areaFeasible.set(m, values);
      const cell = ip.areas.get(m)!;
      if (cell.value === null) out.push({ cell, values });
    }
  });
  // 5. each breakdown cell: the area's count less the breakdown's other cells
  for (const [code, breakdowns] of ip.breakdowns) {
    for (const cells of breakdowns) {
      cells.forEach((cell, i) => {
        if (cell.value !== null) return;
        const others = sumOf(cells.filter((_, j) => j !== i).map(dom));
        out.push({ cell, values: dom(cell).and(areaFeasible.get(code)!.minus(others)) });
      });
    }
  }
  return out;
}
