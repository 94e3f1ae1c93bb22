/**
 * The regularised lower incomplete gamma function far below its shape
 * (x ≪ a, a ≥ 10), where (x − a)/a rounds to near −1 and ln(1 + t) lost x/a's
 * digits. Reference: [SCRIPT] scripts/references/core_references.py
 * `gamma_functions` (mpmath at 40 digits: `mp.gammainc(a, 0, x,
 * regularized=True)`, and the root of log P(10, x) = log 1e-300 by
 * `mp.findroot`) -> test/fixtures/references.json.
 */
import { describe, expect, it } from 'vitest';
import { gammaQuantile } from '../../src/intervals/gammaQuantile.js';
import { regularisedGamma } from '../../src/intervals/regularisedGamma.js';
import { references } from '../fixtures/references.js';

const rel = (got: number, want: number) => Math.abs(got / want - 1);

describe('regularisedGamma(a, x) for x far below a', () => {
  const far: [number, number, number][] = references.gammaFunctions.far;
  it('has its three cases', () => expect(far.map(([a]) => a)).toEqual([10, 50, 12.5]));
  it.each(far)('P(%d, %d) to 1e-12 relative (mpmath)', (a, x, want) => {
    expect(rel(regularisedGamma(a, x).p, want)).toBeLessThan(1e-12);
  });

  it('and so gammaQuantile(1e-300, 10) (mpmath)', () => {
    const [p, a, u] = references.gammaFunctions.farQuantile as [number, number, number];
    expect(rel(gammaQuantile(p, a), u)).toBeLessThan(1e-10);
  });
});
