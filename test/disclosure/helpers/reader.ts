// What a reader can work out from published results: every count a results table
// publishes (as a numerator, a counted denominator, or through a value), the linear
// relations between counts (Scotland = sum of the 32 areas, a comparator group = sum
// of its members, an area's total = sum of its breakdown cells), and which withheld
// counts those relations pin down. Independent of the implementation: a float rank
// test and brute-force enumeration.
import { COUNCIL_AREAS, SCOTLAND, comparatorGroup, familyGroupOf, indicatorDefinition, type ResultRow } from '@cjsnsa/framework';

export const WITHHELD = /(^|; )(suppressed|secondary-suppressed|derived-from-suppressed)(;|$)/;
export const isWithheldStatus = (s: string | null | undefined) => WITHHELD.test(String(s ?? ''));

/** One count: a data item's column in an area and period. */
export interface Cell {
  key: string;
  item: string;
  area: string;
  period: string;
  /** The true count (from the same computation with disclosure control off); null when missing in the input. */
  truth: number | null;
  published: boolean;
  /** Shown in the output at all (false for council areas that were not requested). */
  inOutput: boolean;
}

export interface Relation {
  /** Cell keys with coefficients: Σ coef · cell = 0. */
  cells: string[];
  coefs: number[];
  label: string;
}

const key = (item: string, area: string, period: string) => `${item}|${area}|${period}`;

export function itemOf(ref: { item: string; field: string }): string {
  return `${ref.item}#${ref.field}`;
}

/** Count cells of an indicator row: its numerator and (if counted) denominator. */
export function cellsOfRow(r: Pick<ResultRow, 'indicator' | 'area' | 'period'>): { num: string; den: string | null } {
  const d = indicatorDefinition(r.indicator);
  const den = d.denominator && 'item' in d.denominator ? itemOf(d.denominator) : null;
  return { num: key(itemOf(d.numerator), r.area, r.period), den: den ? key(den, r.area, r.period) : null };
}

/** Members of each comparator group id that appears in the results. */
export function groupMembers(comparator: unknown, areaCodes: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const code of areaCodes) {
    const g =
      comparator === 'family-people' || comparator === undefined
        ? familyGroupOf(code, 'people')
        : comparator === 'family-place'
          ? familyGroupOf(code, 'place')
          : comparator === 'scotland'
            ? null
            : comparatorGroup(code, comparator as { type: 'custom'; areas: string[]; name?: string });
    if (g) out.set(g.id, g.members);
  }
  return out;
}

/**
 * The reader's view of a results table: every count cell, whether it is published, and
 * the relations between cells. `truth` is the same computation with disclosure off.
 */
export function readerView(published: ResultRow[], truth: ResultRow[], members: Map<string, string[]>): { cells: Map<string, Cell>; relations: Relation[] } {
  const truthOf = new Map(truth.map((r) => [`${r.indicator}|${r.area}|${r.period}`, r]));
  const cells = new Map<string, Cell>();
  const touch = (k: string, value: number | null, inOutput: boolean) => {
    const [item, area, period] = k.split('|');
    let c = cells.get(k);
    if (!c) cells.set(k, (c = { key: k, item, area, period, truth: value, published: false, inOutput }));
    if (c.truth === null) c.truth = value;
    c.inOutput ||= inOutput;
    return c;
  };
  for (const r of published) {
    const t = truthOf.get(`${r.indicator}|${r.area}|${r.period}`)!;
    const { num, den } = cellsOfRow(r);
    const n = touch(num, t.numerator, true);
    const d = den ? touch(den, t.denominator, true) : null;
    // a published numerator, or a value (which with its published base gives the numerator), publishes the count
    if (r.numerator !== null || r.value !== null) n.published = true;
    if (d && (r.denominator !== null || r.value !== null)) d.published = true;
  }
  // every council area's cells exist (those not requested are unknown to the reader)
  const relations: Relation[] = [];
  const itemsPeriods = new Set([...cells.values()].map((c) => `${c.item}|${c.period}`));
  for (const ip of itemsPeriods) {
    const [item, period] = ip.split('|');
    const scot = cells.get(key(item, SCOTLAND.code, period));
    const councilKeys = COUNCIL_AREAS.map((a) => key(item, a.code, period));
    for (const k of councilKeys) if (!cells.has(k)) touch(k, null, false);
    if (scot) relations.push({ cells: [scot.key, ...councilKeys], coefs: [-1, ...councilKeys.map(() => 1)], label: `Scotland = Σ areas (${item}, ${period})` });
    for (const [id, ms] of members) {
      const g = cells.get(key(item, id, period));
      if (!g) continue;
      const mk = ms.map((m) => key(item, m, period));
      relations.push({ cells: [g.key, ...mk], coefs: [-1, ...mk.map(() => 1)], label: `${id} = Σ members (${item}, ${period})` });
    }
  }
  return { cells, relations };
}

/** Rank by Gaussian elimination with partial pivoting (float, small tolerance: the matrices hold 0 and ±1). */
function rank(matrix: number[][]): number {
  const m = matrix.map((r) => [...r]);
  const cols = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let p = r;
    for (let k = r + 1; k < m.length; k++) if (Math.abs(m[k][c]) > Math.abs(m[p][c])) p = k;
    if (Math.abs(m[p][c]) < 1e-9) continue;
    [m[r], m[p]] = [m[p], m[r]];
    for (let k = 0; k < m.length; k++) {
      if (k === r) continue;
      const f = m[k][c] / m[r][c];
      if (f !== 0) for (let j = c; j < cols; j++) m[k][j] -= f * m[r][j];
    }
    r++;
  }
  return r;
}

/**
 * Unknown cells (not published) whose value follows from the relations and the
 * published cells: the unit vector of the cell lies in the row space of the relations
 * restricted to unknown cells. Solved per block of linked relations.
 */
export function determinedUnknowns(relations: Relation[], isUnknown: (k: string) => boolean): string[] {
  // blocks: relations sharing an unknown cell
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  const rels = relations.map((r) => r.cells.filter(isUnknown)).map((u, i) => ({ u, r: relations[i] })).filter((x) => x.u.length > 0);
  for (const { u } of rels) for (let k = 1; k < u.length; k++) parent.set(find(u[k]), find(u[0]));
  const blocks = new Map<string, { u: string[]; r: Relation }[]>();
  for (const x of rels) {
    const b = find(x.u[0]);
    blocks.set(b, [...(blocks.get(b) ?? []), x]);
  }
  const out: string[] = [];
  for (const list of blocks.values()) {
    const vars = [...new Set(list.flatMap((x) => x.u))];
    const index = new Map(vars.map((v, i) => [v, i]));
    const A = list.map(({ r }) => {
      const row = new Array<number>(vars.length).fill(0);
      r.cells.forEach((c, k) => {
        const j = index.get(c);
        if (j !== undefined) row[j] += r.coefs[k];
      });
      return row;
    });
    const base = rank(A);
    vars.forEach((v, j) => {
      if (rank([...A, vars.map((_, k) => (k === j ? 1 : 0))]) === base) out.push(v);
    });
  }
  return out;
}

/** A set of whole numbers as inclusive intervals (`Infinity` allowed as an upper end). */
export type Domain = [number, number][];

/**
 * Values each cell can take given that they add up to `total` and each lies in its
 * domain: subset sums over 0..total by prefix sums (exhaustive, no interval arithmetic).
 */
export function feasibleValues(total: number, domains: Domain[]): number[][] {
  const step = (can: Uint8Array<ArrayBuffer>, d: Domain): Uint8Array<ArrayBuffer> => {
    const prefix = new Int32Array(total + 2);
    for (let s = 0; s <= total; s++) prefix[s + 1] = prefix[s] + can[s];
    const next = new Uint8Array(total + 1);
    for (let s = 0; s <= total; s++) {
      for (const [lo, hi] of d) {
        // some v in [lo, hi] with can[s − v]: s − v in [s − hi, s − lo]
        const a = Math.max(0, s - Math.min(hi, total));
        const b = s - lo;
        if (b >= a && b >= 0 && prefix[b + 1] - prefix[a] > 0) {
          next[s] = 1;
          break;
        }
      }
    }
    return next;
  };
  return domains.map((d, j) => {
    let can = new Uint8Array(total + 1);
    can[0] = 1;
    domains.forEach((other, k) => {
      if (k !== j) can = step(can, other);
    });
    const vals: number[] = [];
    for (const [lo, hi] of d) for (let v = Math.max(0, lo); v <= Math.min(hi, total); v++) if (can[total - v]) vals.push(v);
    return vals;
  });
}
