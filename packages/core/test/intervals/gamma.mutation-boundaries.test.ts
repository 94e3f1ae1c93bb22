/**
 * Boundary cases of gammaQuantile and regularisedGamma that the mutation run of packages/core/src/intervals
 * (2026-12-07) left alive: the comment above each group names the mutants it kills.
 *
 * Reference: [SCRIPT] scripts/references/core_references.py `gamma_functions` -> test/fixtures/references.json
 * (mpmath at 40 digits): `lowerTailLarge` (the root in v of log P(a, eᵛ) = log p by `mp.findroot`),
 * and `switchSmallShape` (P and Q at x = a + 1), each rounded to the nearest double. The tolerance is
 * relative.
 */
import { describe, expect, it } from 'vitest';
import { gammaQuantile } from '../../src/intervals/gammaQuantile.js';
import { regularisedGamma } from '../../src/intervals/regularisedGamma.js';
import { references } from '../fixtures/references.js';

const g = references.gammaFunctions;
const rel = (got: number, want: number) => Math.abs(got / want - 1);

describe('gammaQuantile far in the lower tail of a large shape', () => {
  // [p, a, u], u from 0.39a to 0.95a. Here @stdlib's start is within 2e-15 of the answer, and Newton soon
  // gives next = u, which the convergence test returns. Three kinds of mutant put u
  // where Newton on P itself, which moves only about 3 a step this far down the tail, cannot come back from
  // within the 100 iterations:
  // - the convergence test never met (made false, or |next + u| for |next − u|): next = u is not strictly
  //   inside (lo, hi) and, no upper bound being known yet, u is doubled (p = 1e-200, a = 1361: from 1055
  //   to 834 in the 99 iterations left, where P is 7.5e-63; the answer is 527.5);
  // - the start taken as 4 times @stdlib's (`* 2` for `/ 2`): 834 again;
  // - `next <= lo` for `next > lo`, which sends every step inside the bracket to bisection or doubling and
  //   lets a step below lo through (p = 1e-50, a = 100000: −6.8e83).
  const cases: [number, number, number][] = g.lowerTailLarge;
  it('has its five cases', () => expect(cases.map(([, a]) => a)).toEqual([1361, 2000, 5000, 10000, 100000]));
  it.each(cases)('p = %s, a = %s: %s (mpmath), to 1e-13', (p, a, want) => {
    expect(rel(gammaQuantile(p, a), want)).toBeLessThan(1e-13);
  });
});

describe('regularisedGamma at the switch x = a + 1 for small shapes', () => {
  // [a, x, P, Q] with x the double a + 1. There the continued fraction gives Q to full relative accuracy;
  // the series (`x <= a + 1` for `x < a + 1`) gives P and then Q = 1 − P, which loses Q's last digits
  // when Q is small (1e-11 relative at a = 0.001, 3e-11 at 0.0001).
  const cases: [number, number, number, number][] = g.switchSmallShape;
  it('has x exactly a + 1', () => {
    expect(cases.length).toBe(2);
    for (const [a, x] of cases) expect(x).toBe(a + 1);
  });
  it.each(cases)('a = %s, x = %s: P = %s, Q = %s (mpmath), to 1e-13', (a, x, p, q) => {
    const r = regularisedGamma(a, x);
    expect(rel(r.p, p)).toBeLessThan(1e-13);
    expect(rel(r.q, q)).toBeLessThan(1e-13);
  });
});
