import { describe, expect, it } from 'vitest';
// Internal to disclosure control (not re-exported), so imported from its source file.
import { determinedCells, type DeterminedCell, type LinearRelation } from '../../src/disclosure/linear-audit.js';

// Expected values are worked by hand: which withheld cells a reader can solve for from the published sums.
const byCell = (d: DeterminedCell[]) => [...d].sort((a, b) => a.cell - b.cell);
const only = (...cells: number[]) => (i: number) => cells.includes(i);

/** Rank of an integer matrix by fraction-free elimination in BigInt: exact at any size (the test's own oracle). */
function exactRank(matrix: number[][]): number {
  const rows = matrix.map((r) => r.map(BigInt));
  const width = rows[0]?.length ?? 0;
  let rank = 0;
  for (let col = 0; col < width && rank < rows.length; col++) {
    const p = rows.findIndex((r, i) => i >= rank && r[col] !== 0n);
    if (p < 0) continue;
    [rows[rank], rows[p]] = [rows[p], rows[rank]];
    const pr = rows[rank];
    for (let i = rank + 1; i < rows.length; i++) {
      const b = rows[i][col];
      if (b !== 0n) rows[i] = rows[i].map((v, j) => v * pr[col] - pr[j] * b);
    }
    rank++;
  }
  return rank;
}

/** Withheld cells whose unit vector lies in the row space of the relations over withheld cells (rank unchanged when it is added). */
function solvable(relations: LinearRelation[], hidden: number[]): number[] {
  const a = relations.map((r) => hidden.map((v) => r.cells.reduce((t, c, k) => t + (c === v ? r.coefs[k] : 0), 0)));
  const base = exactRank(a);
  return hidden.filter((_, j) => exactRank([...a, hidden.map((__, q) => (q === j ? 1 : 0))]) === base);
}

/** 90 sums of 2–5 of 70 cells (coefficients mostly 1, some −1), about 70% withheld; seeded. */
function irregular(seed: number): { relations: LinearRelation[]; hidden: number[] } {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const relations: LinearRelation[] = [];
  for (let k = 0; k < 90; k++) {
    const cells = new Set<number>();
    const size = 2 + Math.floor(rnd() * 4);
    while (cells.size < size) cells.add(Math.floor(rnd() * 70));
    relations.push({ cells: [...cells], coefs: [...cells].map(() => (rnd() < 0.8 ? 1 : -1)) });
  }
  const hidden: number[] = [];
  for (let i = 0; i < 70; i++) if (rnd() < 0.7) hidden.push(i);
  return { relations, hidden };
}

describe('determinedCells(relations, hidden)', () => {
  const row: LinearRelation = { cells: [0, 1, 2], coefs: [1, 1, 1] };

  it('finds nothing when two cells of a sum are withheld', () => {
    expect(determinedCells([row], only(0, 1))).toEqual([]);
  });

  it('finds the one withheld cell of a sum, given away by the published cells', () => {
    expect(determinedCells([row], only(0))).toEqual([{ cell: 0, witnesses: [1, 2] }]);
    expect(determinedCells([row], only(2))).toEqual([{ cell: 2, witnesses: [0, 1] }]);
  });

  it('ignores relations with nothing withheld, and returns nothing when nothing is withheld', () => {
    const other: LinearRelation = { cells: [3, 4], coefs: [1, 1] };
    expect(determinedCells([other, row], only(0))).toEqual([{ cell: 0, witnesses: [1, 2] }]);
    expect(determinedCells([row, other], () => false)).toEqual([]);
  });

  it('solves each unconnected block on its own', () => {
    // x0 − p1 = 0 and x2 − p3 = 0 share no withheld cell
    const rels: LinearRelation[] = [{ cells: [0, 1], coefs: [1, -1] }, { cells: [2, 3], coefs: [1, -1] }];
    expect(byCell(determinedCells(rels, only(0, 2)))).toEqual([{ cell: 0, witnesses: [1] }, { cell: 2, witnesses: [3] }]);
  });

  it('solves a cycle of three sums by combining all of them', () => {
    // x0 + x1 = p5, x0 + x2 = p6, x1 + x2 = p7 (each total published): 2·x0 = p5 + p6 − p7, and so on.
    const rels: LinearRelation[] = [
      { cells: [0, 1, 5], coefs: [1, 1, -1] },
      { cells: [0, 2, 6], coefs: [1, 1, -1] },
      { cells: [1, 2, 7], coefs: [1, 1, -1] },
    ];
    expect(byCell(determinedCells(rels, only(0, 1, 2)))).toEqual([
      { cell: 0, witnesses: [5, 6, 7] },
      { cell: 1, witnesses: [5, 6, 7] },
      { cell: 2, witnesses: [5, 6, 7] },
    ]);
  });

  it('does not solve a chain of sums that leaves one degree of freedom', () => {
    // x0 + x1 = p5, x1 + x2 = p6: x1 can take any value, so can the others
    const rels: LinearRelation[] = [{ cells: [0, 1, 5], coefs: [1, 1, -1] }, { cells: [1, 2, 6], coefs: [1, 1, -1] }];
    expect(determinedCells(rels, only(0, 1, 2))).toEqual([]);
  });

  it('lists only published cells whose weight in the combination is not zero', () => {
    // x0 + x1 + p2 = C1 and x1 + p2 = C2: x1 = C2 − p2, and x0 = C1 − C2 (p2 cancels out)
    const rels: LinearRelation[] = [{ cells: [0, 1, 2], coefs: [1, 1, 1] }, { cells: [1, 2], coefs: [1, 1] }];
    expect(byCell(determinedCells(rels, only(0, 1)))).toEqual([{ cell: 0, witnesses: [] }, { cell: 1, witnesses: [2] }]);
  });

  it('handles a withheld cell counted twice in one relation, and a coefficient of −1 on a withheld total', () => {
    // x0 + x0 − x1 = 0 with x1 published: 2·x0 = p1, so x0 is determined by p1
    expect(determinedCells([{ cells: [0, 0, 1], coefs: [1, 1, -1] }], only(0))).toEqual([{ cell: 0, witnesses: [1] }]);
    // p0 + p1 − x2 = 0: the withheld total x2 is the sum of the parts
    expect(determinedCells([{ cells: [0, 1, 2], coefs: [1, 1, -1] }], only(2))).toEqual([{ cell: 2, witnesses: [0, 1] }]);
  });

  it('finds a withheld cell of a table from its column when its row has other withheld cells', () => {
    // 2 × 3 table x(r, c), cell index 3r + c; row totals and column totals published elsewhere.
    // Withheld: x(0,0), x(0,1), x(1,0), x(1,1) and x(0,2). Each row has two or more withheld cells, but
    // column 2 has one: x(0,2) = col2 − x(1,2). The 2 × 2 block stays unsolved.
    const rels: LinearRelation[] = [
      { cells: [0, 1, 2], coefs: [1, 1, 1] },
      { cells: [3, 4, 5], coefs: [1, 1, 1] },
      { cells: [0, 3], coefs: [1, 1] },
      { cells: [1, 4], coefs: [1, 1] },
      { cells: [2, 5], coefs: [1, 1] },
    ];
    expect(byCell(determinedCells(rels, only(0, 1, 3, 4, 2)))).toEqual([{ cell: 2, witnesses: [5] }]);
  });

  it('solves a triangle of sums and the sum hanging off it, whatever the order of the relations', () => {
    // x0 + x1, x1 + x2, x2 + x3 and x0 + x2 known: the triangle gives 2·x0 = (x0 + x1) − (x1 + x2) + (x0 + x2),
    // so x0, x1, x2 are determined, then x3 from x2 + x3. Listed in this order, the elimination meets a 2.
    const rels: LinearRelation[] = [
      { cells: [0, 1], coefs: [1, 1] },
      { cells: [1, 2], coefs: [1, 1] },
      { cells: [2, 3], coefs: [1, 1] },
      { cells: [0, 2], coefs: [1, 1] },
    ];
    expect(byCell(determinedCells(rels, only(0, 1, 2, 3))).map((d) => d.cell)).toEqual([0, 1, 2, 3]);
    expect(byCell(determinedCells([...rels].reverse(), only(0, 1, 2, 3))).map((d) => d.cell)).toEqual([0, 1, 2, 3]);
  });

  it('agrees with an exact rank test on irregular overlapping sums (no overflow in the elimination)', () => {
    // Without keeping rows reduced, such structures grow entries past 2^53 and lose exactness.
    for (let seed = 1; seed <= 8; seed++) {
      const { relations, hidden } = irregular(seed);
      const set = new Set(hidden);
      const found = determinedCells(relations, (i) => set.has(i)).map((d) => d.cell).sort((a, b) => a - b);
      expect(found, `seed ${seed}`).toEqual(solvable(relations, hidden));
    }
  });
});
