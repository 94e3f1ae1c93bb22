import { describe, expect, it } from 'vitest';
import { slopeIndexOfInequality, type InequalityQuantile } from '../../src/inequality/index.js';
import { StatisticsError } from '../../src/intervals/StatisticsError.js';
import { references } from '../fixtures/references.js';

// Inputs: [PHE] ukhsa-collaboration/PHEindicatormethods @093fd288d8f8949dbcfbed70049dbbf385b6141d,
// tests/testthat/testdata_SII.xlsx, sheet testdata_SII rows 2-11 (area1) and 12-21 (area2), value_type 0 with
// StandardError. Expected: [SCRIPT] scripts/references/core_references.py `slopeIndexNormal`: the SII by numpy
// least squares and the exact limits of the simulation. For value_type 0 without transform the simulated SII is a
// linear combination of independent normals, so it is exactly N(SII, Σcᵢ²seᵢ²) and the simulated limits must lie
// within Monte Carlo error of SII ∓ z·sd. We allow 4 Monte Carlo standard errors of a sample quantile
// (√(p(1−p)/n)/φ(z_p)·sd, n = 100,000, also from the script): a limit further off means the simulation is wrong.
const ref = references.slopeIndexNormal;
const pops = [[7291, 7997, 6105, 7666, 5790, 6934, 5918, 5974, 7147, 7534],
  [21675, 20065, 19750, 24713, 20112, 19618, 22408, 19752, 18939, 19312]];
const values = [[75.9334590103081, 78.3442382727843, 83.8360631041654, 83.6375399664931, 80.4655031529559,
  81.1156759857022, 81.6930835718562, 84.1900062060987, 80.5955641081472, 86.2894349578624],
[70.54853186, 71.57155734, 72.48698671, 73.51985519, 73.14605425, 76.15898712, 78.65444871, 80.56476961,
  80.85486627, 79.9711253]];
const ses = [[1.638472426358545, 1.578192884542907, 1.5134355059640296, 1.7754906175801293, 1.7013390591981388,
  1.56412107376755, 1.3681148366878566, 1.4001418005940802, 2.4328463975781616, 1.5665181695934678],
[0.22959183673469533, 0.2598068010204095, 0.2992380841836735, 0.16075122704081746, 0.7918228954081618,
  0.7783196122448984, 0.39937532908163315, 0.2793955076530606, 0.22959183673469533, 0.3517537500000029]];
const area = (i: number): InequalityQuantile[] => pops[i].map((population, j) => ({ population, value: values[i][j], se: ses[i][j] }));
const rel = (a: number | null, b: number) => Math.abs((a as number) - b) / Math.abs(b);

describe('slopeIndexOfInequality: the simulation against its exact distribution', () => {
  for (const i of [0, 1]) {
    it(`[SCRIPT] area${i + 1}: point estimates, and 95% and 99.8% limits within 4 Monte Carlo SEs`, () => {
      const r = slopeIndexOfInequality(area(i), { confidence: [0.95, 0.998] });
      const e95 = ref[`area${i + 1} 95%`];
      const e998 = ref[`area${i + 1} 99.8%`];
      expect(rel(r.sii, e95.sii)).toBeLessThan(1e-9);
      expect(rel(r.intercept, e95.intercept)).toBeLessThan(1e-9);
      expect(rel(r.rii, e95.rii)).toBeLessThan(1e-9);
      expect(Math.abs(r.intervals[0].siiLower! - e95.lower)).toBeLessThan(4 * e95.monteCarloSe);
      expect(Math.abs(r.intervals[0].siiUpper! - e95.upper)).toBeLessThan(4 * e95.monteCarloSe);
      expect(Math.abs(r.intervals[1].siiLower! - e998.lower)).toBeLessThan(4 * e998.monteCarloSe);
      expect(Math.abs(r.intervals[1].siiUpper! - e998.upper)).toBeLessThan(4 * e998.monteCarloSe);
      expect(r.lower).toBe(r.intervals[0].siiLower);
      expect(r.method).toBe('simulation 100000 reps');
    });
  }

  it('is reproducible: the same seed gives the same limits, another seed different ones', () => {
    const a = slopeIndexOfInequality(area(0), { repetitions: 2000, seed: 7 });
    const b = slopeIndexOfInequality(area(0), { repetitions: 2000, seed: 7 });
    const c = slopeIndexOfInequality(area(0), { repetitions: 2000, seed: 8 });
    expect(b).toEqual(a);
    expect(c.lower).not.toBe(a.lower);
    expect(c.sii).toBe(a.sii);
  });

  it('a negative multiplier reverses the SII and inverts the RII and its limits', () => {
    const pos = slopeIndexOfInequality(area(0), { repetitions: 2000 });
    const neg = slopeIndexOfInequality(area(0), { repetitions: 2000, multiplier: -1 });
    expect(neg.sii).toBeCloseTo(-(pos.sii as number), 12);
    expect(neg.rii).toBeCloseTo(1 / (pos.rii as number), 12);
    // The limits are order statistics of the negated simulation at PHE's positions round(n·0.025) and
    // round(n·0.975), which mirror the positive ones' positions only to within one rank: equal up to the gap
    // between neighbouring simulated values, a small fraction of the interval's width.
    const width = (pos.upper as number) - (pos.lower as number);
    expect(Math.abs((neg.lower as number) + (pos.upper as number))).toBeLessThan(0.01 * width);
    expect(Math.abs((neg.upper as number) + (pos.lower as number))).toBeLessThan(0.01 * width);
    expect(neg.lower as number).toBeLessThan(neg.sii as number);
    expect(neg.upper as number).toBeGreaterThan(neg.sii as number);
    expect(neg.intervals[0].riiLower as number).toBeLessThan(neg.rii as number);
    expect(neg.intervals[0].riiUpper as number).toBeGreaterThan(neg.rii as number);
  });
});

describe('slopeIndexOfInequality: missing data and bad input', () => {
  it('a quantile without value or spread gives not-available; a zero population zero-denominator', () => {
    const q = area(0);
    expect(slopeIndexOfInequality(q.map((x, j) => (j === 3 ? { ...x, value: null } : x))).status).toBe('not-available');
    expect(slopeIndexOfInequality(q.map((x, j) => (j === 3 ? { population: x.population, value: x.value } : x))).sii).toBeNull();
    expect(slopeIndexOfInequality(q.map((x, j) => (j === 3 ? { ...x, population: 0 } : x))).status).toBe('zero-denominator');
  });

  it('rejects what PHE phe_sii rejects', () => {
    const q = area(0);
    expect(() => slopeIndexOfInequality(q.slice(0, 4))).toThrow(StatisticsError); // fewer than 5 quantiles
    expect(() => slopeIndexOfInequality(q, { repetitions: 999 })).toThrow(StatisticsError);
    expect(() => slopeIndexOfInequality(q, { confidence: 0.8 })).toThrow(StatisticsError);
    expect(() => slopeIndexOfInequality(q, { confidence: 135 })).toThrow(StatisticsError);
    expect(() => slopeIndexOfInequality(q, { transform: true, valueType: 'normal' })).toThrow(StatisticsError);
    expect(() => slopeIndexOfInequality(q, { transform: true, valueType: 'rate' })).toThrow(StatisticsError); // se given
    expect(() => slopeIndexOfInequality(q, { valueType: 'proportion' })).toThrow(StatisticsError); // values above 1
    expect(() => slopeIndexOfInequality(q.map((x, j) => (j === 0 ? { ...x, se: -1 } : x)))).toThrow(StatisticsError);
    expect(() => slopeIndexOfInequality(q.map((x, j) => (j === 0 ? { ...x, population: -5 } : x)))).toThrow(StatisticsError);
    // @ts-expect-error an unknown value type
    expect(() => slopeIndexOfInequality(q, { valueType: 'ratio' })).toThrow(StatisticsError);
  });
});
