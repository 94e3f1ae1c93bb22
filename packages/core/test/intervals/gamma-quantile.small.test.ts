/**
 * gammaQuantile where the quantile is far below 1 (shapes below 1 and tiny p, or shapes below about 0.002
 * and any p): @stdlib's chi-square quantile, the search's start, is 0 there below about 1e-150, and
 * gammaQuantile returned that 0. Reference: [SCRIPT]
 * scripts/references/core_references.py `gamma_functions` -> test/fixtures/references.json
 * `gammaFunctions.smallQuantiles` (mpmath at 40 digits: the root in v of log P(a, eᵛ) = log p by
 * `mp.findroot`, rounded to the nearest double, so 0 where the quantile is below the smallest subnormal).
 */
import { describe, expect, it } from 'vitest';
import { gammaQuantile } from '../../src/intervals/gammaQuantile.js';
import { regularisedGamma } from '../../src/intervals/regularisedGamma.js';
import { references } from '../fixtures/references.js';

const small: [number, number, number][] = references.gammaFunctions.smallQuantiles;

describe('gammaQuantile(p, a) far below 1', () => {
  it('has shapes 0.0001 to 2 and p from 1e-300 to 0.99, with quantiles from 0 to 1e-4', () => {
    expect([...new Set(small.map(([, a]) => a))].sort((x, y) => x - y)).toEqual([0.0001, 0.001, 0.002, 0.01, 0.1, 0.5, 0.9, 1, 2]);
    expect(Math.min(...small.map(([p]) => p))).toBe(1e-300);
    // the upper tail too (p ≥ ½), where @stdlib's start is also 0 for shapes below about 0.002
    expect(small.filter(([p, , u]) => p >= 0.5 && u > 0 && u < 1e-150).length).toBeGreaterThan(0);
    // results of every kind: 0 (below the smallest double), subnormal, normal below 1e-300, and above
    expect(small.some(([, , u]) => u === 0)).toBe(true);
    expect(small.some(([, , u]) => u > 0 && u < 2.2250738585072014e-308)).toBe(true);
    expect(small.some(([, , u]) => u > 2.2250738585072014e-308 && u < 1e-300)).toBe(true);
    expect(small.filter(([, , u]) => u >= 1e-300 && u < 1e-150).length).toBeGreaterThan(5);
  });

  // 1e-12 relative (plus one subnormal step, 4.9e-324). Below a shape of 0.01 the quantile's relative error
  // is P's divided by a (ln u = (ln p + lnΓ(a+1))/a): lnΓ(1.001) is 1.8e-15 off in absolute terms (a sum of
  // terms near 15), so the bound is 5e-15/a: 5e-12 at a = 0.001 (p = 0.49 is 1.9e-12 off), 5e-11 at 0.0001.
  it.each(small)('p = %s, a = %s: %s (mpmath)', (p, a, want) => {
    const got = gammaQuantile(p, a);
    expect(Math.abs(got - want)).toBeLessThanOrEqual(Math.max(1e-12, 5e-15 / a) * want + 5e-324);
  });

  it('a quantile between 1e-300 and 1e-100 gives back p through regularisedGamma', () => {
    for (const [p, a, want] of small) {
      if (!(want >= 1e-300 && want < 1e-100)) continue;
      const P = regularisedGamma(a, gammaQuantile(p, a)).p;
      expect(Math.abs(P / p - 1)).toBeLessThan(1e-12);
    }
  });
});

describe('gammaQuantile outside its domain', () => {
  // p above 1 has no chi-square start (NaN), which the small-x branch would otherwise turn into a number
  it('is NaN for p above 1 or below 0, and for a shape of 0 or below', () => {
    for (const [p, a] of [[1.5, 2], [1 + 2 ** -52, 0.5], [2, 0.001], [-0.1, 2], [-1e-300, 0.5], [0.5, 0], [0.5, -1], [NaN, 1], [0.5, NaN]]) {
      expect(gammaQuantile(p, a), `p = ${p}, a = ${a}`).toBeNaN();
    }
  });
});
