import { IntegerSet } from './integer-set.js';

/**
 * Internal to disclosure control (not re-exported). A published sum over
 * withheld cells: `Σ coefs[k] · cell[cells[k]] = constant` (coefficients ±1;
 * the constant is what a reader gets from the published total and cells).
 *
 * @example
 * ```ts
 * const row: SumRelation = { cells: [4, 7], coefs: [1, 1], constant: 6 }; // two withheld cells add up to 6
 * ```
 */
export interface SumRelation {
  cells: number[];
  coefs: number[];
  constant: number;
}

/**
 * Internal: narrow what a reader knows of each withheld count by working the
 * published sums against each other until nothing changes (bounds
 * propagation). Each cell starts from the values its status allows; each
 * sum then limits every cell in it to the values the others can make up.
 * This is how a reader finds, for example, that two withheld cells of a row
 * whose total is 0 are both 0, and then that the suppressed cell in the same
 * column as one of them equals the column total. A cell left with one value
 * is disclosed.
 *
 * @param relations - sums over withheld cells, with known constants
 * @param domains - starting values allowed for each withheld cell (not changed)
 * @returns the narrowed values of each withheld cell
 * @example
 * ```ts
 * narrowDomains(
 *   [{ cells: [0, 1], coefs: [1, 1], constant: 0 }, { cells: [1, 2], coefs: [1, 1], constant: 1 }],
 *   new Map([[0, IntegerSet.range(0, Infinity)], [1, IntegerSet.range(0, Infinity)], [2, IntegerSet.range(1, 4)]]),
 * ).get(2); // IntegerSet {1}: cells 0 and 1 are 0, so cell 2 is 1
 * ```
 */
export function narrowDomains(relations: readonly SumRelation[], domains: ReadonlyMap<number, IntegerSet>, maxPasses = 100): Map<number, IntegerSet> {
  const d = new Map(domains);
  const usable = relations.filter((r) => r.coefs.every((c) => c === 1 || c === -1));
  // the sums each cell is in: when a cell narrows, only those can narrow anything further
  const sumsOf = new Map<number, number[]>();
  usable.forEach((r, k) => {
    for (const c of new Set(r.cells)) {
      const list = sumsOf.get(c);
      if (list) list.push(k);
      else sumsOf.set(c, [k]);
    }
  });
  // A queue of sums to work, first every sum in order (one pass), then each sum again whenever one of its cells
  // narrowed (in the order that happened), until nothing changes: the same narrowed values as passing over every
  // sum until none changes, with at most `maxPasses` passes' worth of work.
  const queue = usable.map((_, k) => k);
  const queued = new Uint8Array(usable.length).fill(1);
  let budget = maxPasses * usable.length;
  const narrow = (cell: number, values: IntegerSet) => {
    d.set(cell, values);
    for (const k of sumsOf.get(cell)!) {
      if (!queued[k]) {
        queued[k] = 1;
        queue.push(k);
      }
    }
  };
  for (let head = 0; head < queue.length && budget > 0; head++, budget--) {
    const k = queue[head];
    queued[k] = 0;
    const r = usable[k];
    const n = r.cells.length;
    const priors = r.cells.map((c) => d.get(c)!);
    if (priors.every((p) => p.isInterval)) {
      // every cell one interval: the sums are intervals too, worked with numbers
      // (lows are finite or −∞, highs finite or +∞, so no sum is ∞ − ∞)
      const lo = new Float64Array(n);
      const hi = new Float64Array(n);
      priors.forEach((p, q) => {
        lo[q] = r.coefs[q] === 1 ? p.lo : -p.hi;
        hi[q] = r.coefs[q] === 1 ? p.hi : -p.lo;
      });
      const beforeLo = new Float64Array(n);
      const beforeHi = new Float64Array(n);
      for (let q = 0; q < n - 1; q++) {
        beforeLo[q + 1] = beforeLo[q] + lo[q];
        beforeHi[q + 1] = beforeHi[q] + hi[q];
      }
      let afterLo = 0;
      let afterHi = 0;
      for (let j = n - 1; j >= 0; j--) {
        const restLo = beforeLo[j] + afterLo;
        const restHi = beforeHi[j] + afterHi;
        // coef · x = constant − rest
        const [allowedLo, allowedHi] = r.coefs[j] === 1 ? [r.constant - restHi, r.constant - restLo] : [restLo - r.constant, restHi - r.constant];
        const prior = d.get(r.cells[j])!;
        if (allowedLo > prior.lo || allowedHi < prior.hi) narrow(r.cells[j], prior.within(allowedLo, allowedHi));
        afterLo += lo[j];
        afterHi += hi[j];
      }
      continue;
    }
    // sums of the cells before and after each position, so each "all but one" sum costs one addition
    const terms = priors.map((p, q) => (r.coefs[q] === 1 ? p : p.negated()));
    const before: IntegerSet[] = [IntegerSet.range(0, 0)];
    for (let q = 0; q < n - 1; q++) before.push(before[q].plus(terms[q]));
    let after = IntegerSet.range(0, 0);
    for (let j = n - 1; j >= 0; j--) {
      const rest = before[j].plus(after);
      // coef · x = constant − rest
      const allowed = r.coefs[j] === 1 ? rest.subtractedFrom(r.constant) : rest.shifted(-r.constant);
      const prior = d.get(r.cells[j])!;
      const narrowed = prior.intersect(allowed);
      if (!narrowed.equals(prior)) narrow(r.cells[j], narrowed);
      after = after.plus(terms[j]);
    }
  }
  return d;
}
