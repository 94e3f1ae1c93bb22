/**
 * slopeIndexOfInequality's `reliability` (PHE phe_sii `reliability_stat`):
 * nine further simulations drawn from the same stream after the first, and the
 * mean absolute difference (MAD) of their limits from the first set's. The
 * reference is the sampling theory of a simulated quantile, not the code: for
 * a normal value type the simulated slope is normal with variance Σ cᵢ² seᵢ²
 * (cᵢ the weighted least-squares coefficients of the slope), the p-quantile
 * of n draws has standard deviation √(p(1−p)/n) / φ(Φ⁻¹(p)) × σ, and two
 * independent estimates differ by 2/√π times that on average.
 *
 * Expected values: [SCRIPT] scripts/references/core_references.py,
 * slopeIndexReliability (σ from numpy's least squares as in slopeIndexNormal,
 * φ and Φ⁻¹ by scipy), for 2,000 and 8,000 repetitions.
 */
import { describe, expect, it } from 'vitest';
import { slopeIndexOfInequality } from '../../src/index.js';
import { references } from '../fixtures/references.js';

// PHE's own example (phe_sii documentation, Area1, first five deciles), with standard errors
const QUANTILES = [
  { population: 7291, value: 75.9, se: 1.64 },
  { population: 7997, value: 78.3, se: 1.58 },
  { population: 6105, value: 83.8, se: 1.51 },
  { population: 7666, value: 83.6, se: 1.78 },
  { population: 5790, value: 80.5, se: 1.7 },
];

// [H] σ of the simulated slope, from the weighted regression on relative rank: shares aᵢ = populationᵢ / Σ,
// mid-ranks bᵢ = a₁ + … + aᵢ₋₁ + aᵢ/2, b̄ = Σ aᵢbᵢ, Sxx = Σ aᵢ(bᵢ − b̄)², cᵢ = aᵢ(bᵢ − b̄)/Sxx, σ = √(Σ cᵢ² seᵢ²) = 2.6294.
// Then at p = 0.025, n = 2000: √(p(1−p)/n) / φ(1.96) × σ = 0.1571 and the expected MAD 2/√π × 0.1571 = 0.1772
// ([SCRIPT] slopeIndexReliability '95% n=2000'); at n = 8000 half that, 0.0886 ('95% n=8000').
const R = references.slopeIndexReliability;

describe('slopeIndexOfInequality(quantiles, { reliability: true })', () => {
  it('reports the first set\'s limits, the same as without it, and adds the MAD of each interval', () => {
    const plain = slopeIndexOfInequality(QUANTILES, { repetitions: 2000, seed: 7, confidence: [0.95, 0.998] });
    const reliable = slopeIndexOfInequality(QUANTILES, { repetitions: 2000, seed: 7, confidence: [0.95, 0.998], reliability: true });
    expect(reliable.sii).toBe(plain.sii);
    expect([reliable.lower, reliable.upper]).toEqual([plain.lower, plain.upper]);
    expect(reliable.intervals.map(({ siiMad, riiMad, ...limits }) => limits)).toEqual(plain.intervals);
    expect(plain.intervals[0]).not.toHaveProperty('siiMad');
    for (const iv of reliable.intervals) {
      expect(iv.siiMad).toBeGreaterThan(0);
      expect(iv.riiMad).toBeGreaterThan(0);
    }
    // the 99.8% limits sit further in the tails, where fewer draws fall: they move more
    expect(reliable.intervals[1]!.siiMad!).toBeGreaterThan(reliable.intervals[0]!.siiMad!);
  });

  it('is on average what sampling theory gives for the 95% limits of a normal value type (40 seeds, within 20%)', () => {
    const n = 2000;
    const expected = R['95% n=2000'].expectedMad; // [SCRIPT] 0.17723
    let sum = 0;
    const seeds = 40;
    for (let seed = 1; seed <= seeds; seed++) sum += slopeIndexOfInequality(QUANTILES, { repetitions: n, seed, reliability: true }).intervals[0]!.siiMad!;
    const mean = sum / seeds;
    // the spread of one MAD is about 40% of its mean: the mean of 40 is within about 7% (one sd); 20% is three
    expect(Math.abs(mean / expected - 1)).toBeLessThan(0.2);
    // and it shrinks like 1/√n: four times the repetitions, about half the MAD
    let sum4 = 0;
    for (let seed = 1; seed <= 20; seed++) sum4 += slopeIndexOfInequality(QUANTILES, { repetitions: 4 * n, seed, reliability: true }).intervals[0]!.siiMad!;
    expect(Math.abs(sum4 / 20 / R['95% n=8000'].expectedMad - 1)).toBeLessThan(0.25); // [SCRIPT] 0.08861
  }, 60_000);

  it('scales with the multiplier, and gives no MAD when a quantile lacks data', () => {
    const one = slopeIndexOfInequality(QUANTILES, { repetitions: 1000, seed: 3, reliability: true });
    const hundred = slopeIndexOfInequality(QUANTILES, { repetitions: 1000, seed: 3, reliability: true, multiplier: 100 });
    expect(hundred.intervals[0]!.siiMad!).toBeCloseTo(100 * one.intervals[0]!.siiMad!, 9);
    const missing = slopeIndexOfInequality([...QUANTILES.slice(0, 4), { population: 5790, value: null, se: 1.7 }], { repetitions: 1000, reliability: true });
    expect(missing.status).toBe('not-available');
    expect(missing.intervals[0]!.siiMad ?? null).toBeNull();
  });
});
