import { describe, expect, it } from 'vitest';
import { chiSquareTrend } from '../../src/trend/index.js';
import { StatisticsError } from '../../src/intervals/StatisticsError.js';
import { references } from '../fixtures/references.js';

// Sources:
// [FT] ukhsa-collaboration/fingertips-open @678089724a516138232d273c4c7f511ed3c5a338,
//      PholioVisualisationWS/AnalysisTest/TrendMarkerCalculatorTest.cs, TestIsSignificantForProportionsReturnsTrue:
//      GetTrendDataForProportion_Set1 (2014 994/40299 … 2018 1367/44701), Math.Round(ChiSquare, 2) == 47.9.
// [SCRIPT] scripts/references/core_references.py `chiSquareTrend`: N·r² over the individuals, the slope, the
//      Pearson chi-square of the table and departure = Pearson − trend, all in exact rationals (Sxx, Sxy, Syy and
//      the expected counts), so every scipy release writes the same values; p-values by mpmath.
const ref = references.chiSquareTrend;
const rel = (a: number | null | undefined, b: number) => Math.abs((a as number) - b) / Math.abs(b);
const set1 = [
  { numerator: 994, denominator: 40299 }, { numerator: 1023, denominator: 41527 }, { numerator: 1199, denominator: 42811 },
  { numerator: 1332, denominator: 44064 }, { numerator: 1367, denominator: 44701 },
];

describe('chiSquareTrend (Cochran–Armitage)', () => {
  it('[FT] Fingertips proportion Set1: chi-square 47.9 to 2 dp', () => {
    const r = chiSquareTrend(set1);
    expect(Math.round((r.chiSquare as number) * 100) / 100).toBe(47.9);
    expect(r.direction).toBe('Increasing');
    expect(r.n).toBe(213402);
    expect(r.events).toBe(5915);
    expect(r.status).toBe('published');
  });

  it('[SCRIPT] Fingertips Set1 unrounded: chi-square, p, slope and departure from trend', () => {
    const r = chiSquareTrend(set1);
    const e = ref['fingertips proportion Set1'];
    expect(rel(r.chiSquare, e.chiSquare)).toBeLessThan(1e-9);
    expect(rel(r.pValue, e.pValue)).toBeLessThan(1e-9);
    expect(rel(r.slope, e.slope)).toBeLessThan(1e-9);
    expect(r.departure!.df).toBe(3);
    expect(rel(r.departure!.chiSquare, e.departure.chiSquare)).toBeLessThan(1e-9);
    expect(rel(r.departure!.pValue, e.departure.pValue)).toBeLessThan(1e-9);
  });

  it('[SCRIPT] unequal scores, falling proportion', () => {
    const r = chiSquareTrend([
      { numerator: 30, denominator: 100, score: 0 }, { numerator: 22, denominator: 95, score: 1 },
      { numerator: 15, denominator: 90, score: 2 }, { numerator: 8, denominator: 80, score: 4 },
    ]);
    const e = ref['scores 0,1,2,4'];
    expect(rel(r.chiSquare, e.chiSquare)).toBeLessThan(1e-9);
    expect(rel(r.pValue, e.pValue)).toBeLessThan(1e-9);
    expect(rel(r.slope, e.slope)).toBeLessThan(1e-9);
    expect(r.direction).toBe('Decreasing');
    expect(r.departure!.df).toBe(2);
    expect(rel(r.departure!.chiSquare, e.departure.chiSquare)).toBeLessThan(1e-9);
  });

  it('[SCRIPT] two groups: the 2×2 Pearson chi-square, no departure term', () => {
    const r = chiSquareTrend([{ numerator: 12, denominator: 150 }, { numerator: 25, denominator: 160 }]);
    const e = ref['two groups'];
    expect(rel(r.chiSquare, e.chiSquare)).toBeLessThan(1e-9);
    expect(rel(r.pValue, e.pValue)).toBeLessThan(1e-9);
    expect(rel(r.slope, e.slope)).toBeLessThan(1e-9);
    expect(r.departure).toBeNull();
  });

  it('shifting or scaling the scores does not change the chi-square (it is a correlation)', () => {
    const a = chiSquareTrend(set1);
    const b = chiSquareTrend(set1.map((g, i) => ({ ...g, score: 2014 + i })));
    const c = chiSquareTrend(set1.map((g, i) => ({ ...g, score: -3 * i })));
    expect(rel(b.chiSquare, a.chiSquare as number)).toBeLessThan(1e-9);
    expect(rel(c.chiSquare, a.chiSquare as number)).toBeLessThan(1e-9);
    expect(c.direction).toBe('Decreasing');
  });

  it('missing counts give not-available; no variation gives not-applicable', () => {
    const m = chiSquareTrend([{ numerator: 3, denominator: 10 }, { numerator: null, denominator: 10 }], { status: 'provisional' });
    expect(m.chiSquare).toBeNull();
    expect(m.status).toContain('not-available');
    const z = chiSquareTrend([{ numerator: 0, denominator: 10 }, { numerator: 0, denominator: 12 }]);
    expect(z.chiSquare).toBeNull();
    expect(z.status).toBe('not-applicable');
    const all = chiSquareTrend([{ numerator: 10, denominator: 10 }, { numerator: 12, denominator: 12 }]);
    expect(all.status).toBe('not-applicable');
  });

  it('rejects bad input', () => {
    expect(() => chiSquareTrend([{ numerator: 1, denominator: 10 }])).toThrow(StatisticsError);
    expect(() => chiSquareTrend([{ numerator: 1, denominator: 10, score: 1 }, { numerator: 2, denominator: 10, score: 1 }])).toThrow(StatisticsError);
    expect(() => chiSquareTrend([{ numerator: 11, denominator: 10 }, { numerator: 2, denominator: 10 }])).toThrow(StatisticsError);
    expect(() => chiSquareTrend([{ numerator: -1, denominator: 10 }, { numerator: 2, denominator: 10 }])).toThrow(StatisticsError);
  });
});
