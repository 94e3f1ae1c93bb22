import { describe, expect, it } from 'vitest';
import { references } from '../fixtures/references.js';
import { gammaQuantile } from '../../src/intervals/gammaQuantile.js';
import { regularisedGamma } from '../../src/intervals/regularisedGamma.js';

// The two internal gamma functions behind the exact Poisson limits and the SPC rate comparer, on inputs built
// to reach the parts the Poisson references do not: both branches of regularisedGamma next to where it
// switches (x = a + 1), shapes below 1 and from 10 up (where the prefactor changes form), far tails; and
// gammaQuantile for shapes below 1, where Newton's step overshoots and the bracket and bisection carry the
// search. Added for survivors of the mutation run.
//
// Reference: [SCRIPT] scripts/references/core_references.py `gamma_functions` -> test/fixtures/references.json:
// scipy.special.gammainc / gammaincc (P and Q) and gammaincinv (the quantile); mpmath at 40 digits for shapes
// from 2,000 up. The tolerance is relative.

const g = references.gammaFunctions;
// [a, x, P(a, x), Q(a, x)]
const gamma: [number, number, number, number][] = g.gamma;
// a from 2,000 to 100,000 near the mean, where the prefactor's two forms differ most (mpmath at 40 digits): [a, x, P, Q]
const large: [number, number, number, number][] = g.large;
// [p, a, the u with P(a, u) = p]
const quantiles: [number, number, number][] = g.quantiles;
// a lower-tail case solved to 1e-13 (solving it on the upper tail loses about 4e-13)
const tight: [number, number, number] = g.tight;
expect(gamma.length).toBe(26);
expect(large.length).toBe(6);
expect(quantiles.length).toBe(16);

const rel = (got: number, want: number) => (want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want));

describe('regularisedGamma against scipy', () => {
  it.each(gamma)('P and Q at a = %s, x = %s', (a, x, p, q) => {
    const r = regularisedGamma(a, x);
    expect(rel(r.p, p)).toBeLessThan(1e-13);
    expect(rel(r.q, q)).toBeLessThan(1e-13);
  });
});

describe('regularisedGamma for large shapes', () => {
  it.each(large)('P and Q at a = %s, x = %s, to 2e-14', (a, x, p, q) => {
    const r = regularisedGamma(a, x);
    expect(rel(r.p, p)).toBeLessThan(2e-14);
    expect(rel(r.q, q)).toBeLessThan(2e-14);
  });
});

describe('gammaQuantile against scipy', () => {
  it('p = 0.0005, a = 0.5 to 1e-13', () => {
    const [p, a, u] = tight;
    expect(rel(gammaQuantile(p, a), u)).toBeLessThan(1e-13);
  });

  it.each(quantiles)('p = %s, a = %s', (p, a, u) => {
    expect(rel(gammaQuantile(p, a), u)).toBeLessThan(1e-12);
  });
});
