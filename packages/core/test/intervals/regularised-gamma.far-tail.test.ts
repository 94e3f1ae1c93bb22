/**
 * The regularised lower incomplete gamma function far below its shape
 * (x ≪ a, a ≥ 10), where (x − a)/a rounds to near −1 and ln(1 + t) lost x/a's
 * digits: references from mpmath at 40 digits (`mp.gammainc(a, 0, x,
 * regularized=True)`, and the root of log P(10, x) = log 1e-300 by
 * `mp.findroot`), copied with their inputs.
 */
import { describe, expect, it } from 'vitest';
import { gammaQuantile } from '../../src/intervals/gammaQuantile.js';
import { regularisedGamma } from '../../src/intervals/regularisedGamma.js';

const rel = (got: number, want: number) => Math.abs(got / want - 1);

describe('regularisedGamma(a, x) for x far below a', () => {
  it.each([
    [10, 4.5e-10, 9.383440504322591490325501790423451628112e-101],
    [50, 1e-3, 3.284727517040998388624980892257996020515e-215],
    [12.5, 1e-8, 5.846099954286043020657672444429141398571e-110],
  ])('P(%d, %d) to 1e-12 relative (mpmath)', (a, x, want) => {
    expect(rel(regularisedGamma(a, x).p, want)).toBeLessThan(1e-12);
  });

  it('and so gammaQuantile(1e-300, 10) (mpmath: e^−67.56711153251381899)', () => {
    expect(rel(gammaQuantile(1e-300, 10), Math.exp(-67.56711153251381899101717270760540748824))).toBeLessThan(1e-10);
  });
});
