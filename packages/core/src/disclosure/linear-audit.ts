/**
 * Internal to disclosure control (not re-exported). One published linear
 * relation between cells of a table: `Σ coef[k] · cell[cells[k]] = constant`,
 * where the constant is known to a reader (a published total, or 0 when the
 * total is itself a cell of the relation).
 *
 * @example
 * ```ts
 * const scotland: LinearRelation = { cells: [0, 1, 2, 3], coefs: [1, 1, 1, -1] }; // rows 0–2 add up to row 3
 * ```
 */
export interface LinearRelation {
  cells: number[];
  coefs: number[];
}

/**
 * A withheld cell whose value follows from published values, and the published cells that give it away.
 *
 * @example
 * ```ts
 * const d: DeterminedCell = { cell: 0, witnesses: [1, 2] }; // cell 0 = total − cell 1 − cell 2
 * ```
 */
export interface DeterminedCell {
  cell: number;
  /** Published cells with a non-zero weight in the combination of relations that determines `cell`. */
  witnesses: number[];
}

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * Internal: which withheld cells a reader can work out exactly from the
 * published relations (Gauss–Jordan elimination over the withheld cells,
 * exact integer arithmetic). A withheld cell is determined when its unit
 * vector lies in the row space of the relations restricted to withheld
 * cells; the combination of relations that shows it is kept, so the caller
 * can withhold one of the published cells it uses.
 *
 * Relations are split into connected components of withheld cells first,
 * so the work stays small for large tables.
 *
 * @example
 * ```ts
 * // cells 0..2 sum to a published total; 0 and 1 withheld, 2 published: neither is determined
 * determinedCells([{ cells: [0, 1, 2], coefs: [1, 1, 1] }], (i) => i < 2); // []
 * // only 0 withheld: it is determined by the total and cells 1 and 2
 * determinedCells([{ cells: [0, 1, 2], coefs: [1, 1, 1] }], (i) => i === 0); // [{ cell: 0, witnesses: [1, 2] }]
 * ```
 */
export function determinedCells(relations: readonly LinearRelation[], hidden: (cell: number) => boolean): DeterminedCell[] {
  const useful = relations.filter((r) => r.cells.some(hidden));
  // union-find over withheld cells joined by a relation
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let p = parent.get(x) ?? x;
    if (p !== x) {
      p = find(p);
      parent.set(x, p);
    }
    return p;
  };
  for (const r of useful) {
    const hs = r.cells.filter(hidden);
    for (let k = 1; k < hs.length; k++) {
      const a = find(hs[0]);
      const b = find(hs[k]);
      if (a !== b) parent.set(a, b);
    }
  }
  const components = new Map<number, LinearRelation[]>();
  for (const r of useful) {
    const root = find(r.cells.find(hidden)!);
    const list = components.get(root) ?? [];
    list.push(r);
    components.set(root, list);
  }
  const out: DeterminedCell[] = [];
  for (const rels of components.values()) out.push(...auditComponent(rels, hidden));
  return out;
}

/** Entries of a row above this size are divided by the row's common factor (exact arithmetic stays far below 2^53). */
const GROWTH_LIMIT = 2 ** 26;

function auditComponent(rels: LinearRelation[], hidden: (cell: number) => boolean): DeterminedCell[] {
  const vars: number[] = [];
  const varIndex = new Map<number, number>();
  for (const r of rels) {
    for (const c of r.cells) {
      if (hidden(c) && !varIndex.has(c)) {
        varIndex.set(c, vars.length);
        vars.push(c);
      }
    }
  }
  const n = vars.length;
  const m = rels.length;
  const width = n + m;
  // each row: coefficients over withheld cells, then the combination of relations that made it
  const rows = rels.map((r, i) => {
    const row = new Float64Array(width);
    r.cells.forEach((c, k) => {
      const v = varIndex.get(c);
      if (v !== undefined) row[v] += r.coefs[k];
    });
    row[n + i] = 1;
    return row;
  });
  const normalise = (row: Float64Array) => {
    let g = 0;
    for (let j = 0; j < width; j++) if (row[j]) g = gcd(g, row[j]);
    if (g > 1) for (let j = 0; j < width; j++) row[j] /= g;
  };
  const support: number[] = []; // where the pivot row is not zero
  let pivotRow = 0;
  for (let col = 0; col < n && pivotRow < m; col++) {
    let p = pivotRow;
    while (p < m && rows[p][col] === 0) p++;
    if (p === m) continue;
    [rows[pivotRow], rows[p]] = [rows[p], rows[pivotRow]];
    const pr = rows[pivotRow];
    const a = pr[col];
    support.length = 0;
    for (let j = col; j < width; j++) if (pr[j] !== 0) support.push(j); // left of col the pivot row is zero
    for (let k = 0; k < m; k++) {
      const row = rows[k];
      const b = row[col];
      if (k === pivotRow || b === 0) continue;
      if (a === 1 || a === -1) {
        // row − (b / a) · pivot row: a whole-number multiple, so only the pivot row's entries change anything
        const f = b * a;
        let big = false;
        for (const j of support) {
          const x = row[j] - pr[j] * f;
          row[j] = x;
          if (x > GROWTH_LIMIT || x < -GROWTH_LIMIT) big = true;
        }
        if (big) normalise(row);
      } else {
        for (let j = 0; j < width; j++) row[j] = row[j] * a - pr[j] * b;
        normalise(row);
      }
    }
    pivotRow++;
  }
  const out: DeterminedCell[] = [];
  for (let k = 0; k < pivotRow; k++) {
    const row = rows[k];
    let nonzero = -1;
    let count = 0;
    for (let j = 0; j < n && count < 2; j++) if (row[j] !== 0) (nonzero = j), count++;
    if (count !== 1) continue;
    // weight of each published cell in the combination Σ comb[i] · relation[i]
    const weight = new Map<number, number>();
    for (let i = 0; i < m; i++) {
      const c = row[n + i];
      if (!c) continue;
      const r = rels[i];
      r.cells.forEach((cell, q) => {
        if (!hidden(cell)) weight.set(cell, (weight.get(cell) ?? 0) + c * r.coefs[q]);
      });
    }
    out.push({ cell: vars[nonzero], witnesses: [...weight].filter(([, w]) => w !== 0).map(([cell]) => cell) });
  }
  return out;
}
