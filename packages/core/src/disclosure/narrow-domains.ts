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
  const term = (cell: number, coef: number) => (coef === 1 ? d.get(cell)! : d.get(cell)!.negated());
  let changed = true;
  for (let pass = 0; changed && pass < maxPasses; pass++) {
    changed = false;
    for (const r of relations) {
      if (r.coefs.some((c) => c !== 1 && c !== -1)) continue;
      const n = r.cells.length;
      // sums of the cells before and after each position, so each "all but one" sum costs one addition
      const terms = r.cells.map((c, k) => term(c, r.coefs[k]));
      const before: IntegerSet[] = [IntegerSet.range(0, 0)];
      for (let k = 0; k < n - 1; k++) before.push(before[k].plus(terms[k]));
      let after = IntegerSet.range(0, 0);
      for (let j = n - 1; j >= 0; j--) {
        const rest = before[j].plus(after);
        // coef · x = constant − rest
        const allowed = r.coefs[j] === 1 ? rest.subtractedFrom(r.constant) : rest.shifted(-r.constant);
        const prior = d.get(r.cells[j])!;
        const narrowed = prior.intersect(allowed);
        if (!narrowed.equals(prior)) {
          d.set(r.cells[j], narrowed);
          changed = true;
        }
        after = after.plus(terms[j]);
      }
    }
  }
  return d;
}
