import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Internal to disclosure control (not re-exported), so imported from its source files.
import { IntegerSet } from '../../src/disclosure/integer-set.js';
import { narrowDomains, type SumRelation } from '../../src/disclosure/narrow-domains.js';

// Expected values are worked by hand: what a reader learns of withheld counts from published sums.
const any = () => IntegerSet.range(0, Infinity);
const domains = (...sets: IntegerSet[]) => new Map(sets.map((s, i) => [i, s]));
const values = (d: Map<number, IntegerSet>) => Object.fromEntries([...d].map(([c, s]) => [c, s.intervals]));

describe('narrowDomains(relations, domains)', () => {
  it('pins two cells in 1–4 that add up to 8 at 4 each', () => {
    const out = narrowDomains([{ cells: [0, 1], coefs: [1, 1], constant: 8 }], domains(IntegerSet.range(1, 4), IntegerSet.range(1, 4)));
    expect(values(out)).toEqual({ 0: [[4, 4]], 1: [[4, 4]] });
  });

  it('limits each cell of a sum to what the others can make up', () => {
    // x0 + x1 + x2 = 10, x0 ∈ 1–4, x1 ∈ 1–4, x2 ≥ 0: x2 = 10 − (2..8) ∈ 2–8; x0 = 10 − x1 − x2 stays 1–4
    const out = narrowDomains([{ cells: [0, 1, 2], coefs: [1, 1, 1], constant: 10 }], domains(IntegerSet.range(1, 4), IntegerSet.range(1, 4), any()));
    expect(values(out)).toEqual({ 0: [[1, 4]], 1: [[1, 4]], 2: [[2, 8]] });
  });

  it('reads a coefficient of −1 as a total: x0 − x1 = 3 with x1 in 1–4 gives x0 in 4–7', () => {
    const out = narrowDomains([{ cells: [0, 1], coefs: [1, -1], constant: 3 }], domains(any(), IntegerSet.range(1, 4)));
    expect(values(out)).toEqual({ 0: [[4, 7]], 1: [[1, 4]] });
    // the total first: −x0 + x1 = −3 says the same
    const flipped = narrowDomains([{ cells: [1, 0], coefs: [-1, 1], constant: -3 }], domains(IntegerSet.range(1, 4), any()));
    expect(values(flipped)).toEqual({ 0: [[1, 4]], 1: [[4, 7]] });
  });

  it('narrows a total from below by its parts', () => {
    // x0 + x1 − x2 = 0 (x2 the total), parts in 1–4 and 5–6: the total is 6–10
    const out = narrowDomains([{ cells: [0, 1, 2], coefs: [1, 1, -1], constant: 0 }], domains(IntegerSet.range(1, 4), IntegerSet.range(5, 6), any()));
    expect(values(out)).toEqual({ 0: [[1, 4]], 1: [[5, 6]], 2: [[6, 10]] });
  });

  it('keeps gaps: a cell that is not 1–4 and adds up to 6 with a 1–4 cell is 5, and the other is 1', () => {
    const notSmall = any().without(1, 4);
    const out = narrowDomains([{ cells: [0, 1], coefs: [1, 1], constant: 6 }], domains(IntegerSet.range(1, 4), notSmall));
    expect(values(out)).toEqual({ 0: [[1, 1]], 1: [[5, 5]] });
  });

  it('works the sums against each other until nothing changes (the docstring example)', () => {
    // x0 + x1 = 0 so both are 0; then x1 + x2 = 1 gives x2 = 1
    const out = narrowDomains(
      [{ cells: [0, 1], coefs: [1, 1], constant: 0 }, { cells: [1, 2], coefs: [1, 1], constant: 1 }],
      domains(any(), any(), IntegerSet.range(1, 4)),
    );
    expect(values(out)).toEqual({ 0: [[0, 0]], 1: [[0, 0]], 2: [[1, 1]] });
  });

  it('needs a second pass when what a later sum learns feeds an earlier one, and stops at maxPasses', () => {
    // listed first: x0 + x1 = 5; second: x1 + x2 = 0. Pass 1 learns x1 = 0 only after the first sum,
    // pass 2 then gives x0 = 5.
    const relations: SumRelation[] = [{ cells: [0, 1], coefs: [1, 1], constant: 5 }, { cells: [1, 2], coefs: [1, 1], constant: 0 }];
    expect(values(narrowDomains(relations, domains(any(), any(), any())))).toEqual({ 0: [[5, 5]], 1: [[0, 0]], 2: [[0, 0]] });
    expect(values(narrowDomains(relations, domains(any(), any(), any()), 1))).toEqual({ 0: [[0, 5]], 1: [[0, 0]], 2: [[0, 0]] });
  });

  it('ignores a relation with a coefficient other than ±1', () => {
    const out = narrowDomains([{ cells: [0, 1], coefs: [2, 1], constant: 8 }], domains(IntegerSet.range(1, 4), IntegerSet.range(1, 4)));
    expect(values(out)).toEqual({ 0: [[1, 4]], 1: [[1, 4]] });
  });

  it('leaves an impossible cell empty and does not change the domains passed in', () => {
    const start = domains(IntegerSet.range(1, 4), IntegerSet.range(1, 4));
    const out = narrowDomains([{ cells: [0, 1], coefs: [1, 1], constant: 20 }], start);
    expect(values(out)).toEqual({ 0: [], 1: [] });
    expect(values(start)).toEqual({ 0: [[1, 4]], 1: [[1, 4]] });
  });
});

/**
 * The test's own oracle, by enumeration: finite sets of whole numbers as arrays; each sum narrows each of its
 * cells to the values `coef · x = constant − (every combination of the others)` allows; sweep every sum in
 * order until a sweep changes nothing.
 */
function narrowByEnumeration(relations: SumRelation[], start: Map<number, number[]>): Map<number, number[]> {
  const d = new Map(start);
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of relations) {
      r.cells.forEach((cell, j) => {
        let sums = new Set([0]);
        r.cells.forEach((other, q) => {
          if (q === j) return;
          const next = new Set<number>();
          for (const t of sums) for (const v of d.get(other)!) next.add(t + r.coefs[q] * v);
          sums = next;
        });
        const allowed = new Set([...sums].map((t) => (r.constant - t) * r.coefs[j]));
        const kept = d.get(cell)!.filter((v) => allowed.has(v));
        if (kept.length !== d.get(cell)!.length) {
          d.set(cell, kept);
          changed = true;
        }
      });
    }
  }
  return d;
}

const members = (s: IntegerSet) => s.intervals.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, k) => lo + k));

describe('narrowDomains, against narrowing by enumeration', () => {
  // up to 6 cells, each allowed a few values in 0–9 (one interval, or with gaps as "0 or 5 and more" gives),
  // and up to 5 sums of 1–4 of them with coefficients ±1 and a constant one assignment of the cells makes up
  const problem = fc
    .integer({ min: 1, max: 6 })
    .chain((cells) =>
      fc.record({
        sets: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 10 }), { minLength: cells, maxLength: cells }),
        truth: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: cells, maxLength: cells }),
        sums: fc.array(
          fc.record({
            cells: fc.uniqueArray(fc.integer({ min: 0, max: cells - 1 }), { minLength: 1, maxLength: Math.min(4, cells) }),
            signs: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
            offset: fc.integer({ min: -2, max: 2 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
      }),
    );

  it('narrows to the same values, for cells of one interval and cells with gaps alike', () => {
    fc.assert(
      fc.property(problem, ({ sets, truth, sums }) => {
        // the true value is among each cell's allowed values (as a published table's are), give or take an offset
        const allowed = sets.map((s, i) => [...new Set([...s, truth[i]])].sort((a, b) => a - b));
        const relations: SumRelation[] = sums.map((s) => {
          const coefs = s.cells.map((_, k) => (s.signs[k] ? 1 : -1));
          return { cells: s.cells, coefs, constant: s.cells.reduce((t, c, k) => t + coefs[k] * truth[c], 0) + s.offset };
        });
        const fromMembers = (vs: number[]) => {
          let set = IntegerSet.range(0, 9);
          for (let v = 0; v <= 9; v++) if (!vs.includes(v)) set = set.without(v, v);
          return set;
        };
        const ours = narrowDomains(relations, new Map(allowed.map((vs, i) => [i, fromMembers(vs)])));
        const oracle = narrowByEnumeration(relations, new Map(allowed.map((vs, i) => [i, vs])));
        for (const [cell, vs] of oracle) expect(members(ours.get(cell)!)).toEqual(vs);
      }),
      { numRuns: 400, seed: 20261206 },
    );
  });
});
