import { describe, expect, it } from 'vitest';
// Imported from the source folders (not '@cjsnsa/core') so these tests run while other core folders are in progress.
import {
  StatisticsError, byarInterval, confidenceLevels, exactPoissonInterval, normaliseConfidence, wilsonInterval, zQuantile,
} from '../../src/intervals/index.js';
import { messages } from '../../src/messages.js';

// Sources:
//  [M]  /work/shared/methods.md (team methods note; values checked there against PHEindicatormethods @093fd28)
//  [S]  scipy 1.17.1, independent implementation: scipy.stats.chi2.ppf / norm.ppf and the published
//       formulas typed out in Python (run by hand, not by this code)
//  [FT] Fingertips AnalysisTest TrendMarkerCalculatorTest.cs (ukhsa-collaboration/fingertips-open @678089724a)
//  [FTN] FingertipsNext trend-analysis/TrendAnalysisApp.UnitTests/Legacy/TrendMarkerCalculatorTests.cs (dhsc-govuk/FingertipsNext)

describe('zQuantile(confidence)', () => {
  it('is the exact normal quantile, never 1.96', () => {
    // [M] "1.959963985 at 95% and 3.090232306 at 99.8%"; tolerance 1e-9
    expect(zQuantile(0.95)).toBeCloseTo(1.959963985, 9);
    expect(zQuantile(95)).toBeCloseTo(1.959963985, 9);
    expect(zQuantile(0.998)).toBeCloseTo(3.090232306, 9);
    expect(zQuantile(99.8)).toBeCloseTo(3.090232306, 9);
    expect(zQuantile(0.95)).not.toBe(1.96);
  });

  it('rejects levels below 0.9, between 1 and 90, and above 100 with the catalogued message', () => {
    // PHEindicatormethods tests/testthat/testWilson.R: 0.7, 14 and 125 are errors
    for (const bad of [0.7, 0.5, 14, 1.5, 89.9, 125, -95, Number.NaN]) {
      expect(() => zQuantile(bad)).toThrow(StatisticsError);
      expect(() => zQuantile(bad)).toThrow(messages.invalidConfidence(bad));
    }
  });
});

describe('normaliseConfidence(confidence) and confidenceLevels(option)', () => {
  it('accepts fractions and percentages', () => {
    expect(normaliseConfidence(95)).toBe(0.95);
    expect(normaliseConfidence(99.8)).toBe(0.998);
    expect(normaliseConfidence(0.9)).toBe(0.9);
    expect(normaliseConfidence(100)).toBe(1);
  });
  it('gives [0.95] by default and accepts only the pair [0.95, 0.998]', () => {
    expect(confidenceLevels(undefined)).toEqual([0.95]);
    expect(confidenceLevels([95, 99.8])).toEqual([0.95, 0.998]);
    expect(confidenceLevels([0.95, 0.998])).toEqual([0.95, 0.998]);
    expect(() => confidenceLevels([0.95, 0.99])).toThrow(messages.invalidConfidencePair([0.95, 0.99]));
    expect(() => confidenceLevels([0.998, 0.95])).toThrow(messages.invalidConfidencePair([0.998, 0.95]));
    expect(() => confidenceLevels([0.95])).toThrow(messages.invalidConfidencePair([0.95]));
  });
});

describe('wilsonInterval(x, n, confidence)', () => {
  it('gives 0 and z²/(n+z²) for a zero numerator', () => {
    // [M] "0/100 at 95% gives an upper limit of 3.699%"; tolerance 5e-6 (rounded to 3 dp of a percentage)
    const ci = wilsonInterval(0, 100);
    expect(ci.lower).toBe(0);
    expect(ci.upper).toBeCloseTo(0.03699, 5);
  });
  it('gives n/(n+z²) and exactly 1 for a full numerator', () => {
    // [M] "x = n gives upper = 1 exactly and lower = n/(n + z²)"; z² = 3.841458821 [S]
    const ci = wilsonInterval(100, 100);
    expect(ci.upper).toBe(1);
    expect(ci.lower).toBeCloseTo(100 / (100 + 3.841458821), 9);
  });
  it('matches Fingertips published Wilson limits', () => {
    // [FT] GetTrendData_Set2: 209/1017 -> 18.1803–23.1427 %; 239/1117 -> 19.0918–23.8975 %; tolerance 1e-4 %
    const a = wilsonInterval(209, 1017);
    expect(a.lower * 100).toBeCloseTo(18.1803, 3);
    expect(a.upper * 100).toBeCloseTo(23.1427, 3);
    const b = wilsonInterval(239, 1117);
    expect(b.lower * 100).toBeCloseTo(19.0918, 3);
    expect(b.upper * 100).toBeCloseTo(23.8975, 3);
    // [FTN] Yorkshire MMR 2024: 53185/59028 -> 89.8578–90.3396 %
    const c = wilsonInterval(53185, 59028);
    expect(c.lower * 100).toBeCloseTo(89.8578, 3);
    expect(c.upper * 100).toBeCloseTo(90.3396, 3);
  });
  it('accepts a non-integer numerator (PHE test case 0.445/1)', () => {
    // [S] Wilson formula at x = 0.445, n = 1: 95% 0.0438174–0.9334621; 99.8% 0.0193470–0.9702260; tolerance 1e-7
    const a = wilsonInterval(0.445, 1);
    expect(a.lower).toBeCloseTo(0.0438174477, 7);
    expect(a.upper).toBeCloseTo(0.9334621277, 7);
    const b = wilsonInterval(0.445, 1, 99.8);
    expect(b.lower).toBeCloseTo(0.0193470061, 7);
    expect(b.upper).toBeCloseTo(0.9702259947, 7);
  });
  it('gives [0, 1] at confidence 1 (PHE testWilson.R)', () => {
    expect(wilsonInterval(65, 100, 1)).toEqual({ lower: 0, upper: 1 });
  });
  it('rejects negative x, n <= 0 and x > n with catalogued messages', () => {
    // PHEindicatormethods testWilson.R error cases
    expect(() => wilsonInterval(-4, 1)).toThrow(messages.negativeCount('numerator', -4));
    expect(() => wilsonInterval(1, -6)).toThrow(messages.negativeDenominator('denominator', -6));
    expect(() => wilsonInterval(0, 0)).toThrow(messages.negativeDenominator('denominator', 0));
    expect(() => wilsonInterval(80, 50)).toThrow(messages.numeratorAboveDenominator(80, 50));
  });
});

describe('exactPoissonInterval(x, confidence)', () => {
  it('gives [0, 3.6889] at 95% and [0, 6.9078] at 99.8% for zero events', () => {
    // [M] "A zero count gives the interval [0, 3.6889/n] at 95% and [0, 6.9078/n] at 99.8%"; tolerance 5e-5
    expect(exactPoissonInterval(0)).toEqual({ lower: 0, upper: expect.closeTo(3.6889, 4) });
    expect(exactPoissonInterval(0, 0.998).upper).toBeCloseTo(6.9078, 4);
  });
  it('matches chi-square quantiles at 9 events', () => {
    // [S] chi2.ppf(0.025,18)/2 = 4.1153731, chi2.ppf(0.975,20)/2 = 17.0848035; 99.8%: 2.4524244, 22.6573733; tolerance 1e-6
    const a = exactPoissonInterval(9);
    expect(a.lower).toBeCloseTo(4.115373097, 6);
    expect(a.upper).toBeCloseTo(17.084803451, 6);
    const b = exactPoissonInterval(9, 99.8);
    expect(b.lower).toBeCloseTo(2.452424404, 6);
    expect(b.upper).toBeCloseTo(22.657373309, 6);
  });
  it('rejects a negative count', () => {
    expect(() => exactPoissonInterval(-1)).toThrow(messages.negativeCount('count', -1));
  });
});

describe('byarInterval(x, confidence)', () => {
  it("matches Byar's formula at 10 events", () => {
    // [S] Byar (Breslow & Day 1987) typed out in Python: 95% 4.7874499–18.3914586; 99.8% 2.9163184–24.1937249; tolerance 1e-6
    const a = byarInterval(10);
    expect(a.lower).toBeCloseTo(4.787449914, 6);
    expect(a.upper).toBeCloseTo(18.391458606, 6);
    const b = byarInterval(10, 0.998);
    expect(b.lower).toBeCloseTo(2.916318375, 6);
    expect(b.upper).toBeCloseTo(24.193724928, 6);
  });
  it('gives a null lower limit where the formula goes negative (x = 1 at 99.8%, PHE returns NA)', () => {
    // [M] "The raw Byar helper returns NA when its lower limit would be negative ... x = 1 and 99.8%"
    expect(byarInterval(1, 0.998).lower).toBeNull();
  });
  it('matches Fingertips published Byar rates', () => {
    // [FT] GetTrendData_Set1 (rates per 1,000, 2 dp): 1367/44701 -> 28.98–32.25; 994/40299 -> 23.16–26.25; tolerance 0.006
    const a = byarInterval(1367);
    expect(Math.abs(((a.lower as number) / 44701) * 1000 - 28.98)).toBeLessThan(0.006);
    expect(Math.abs((a.upper / 44701) * 1000 - 32.25)).toBeLessThan(0.006);
    const b = byarInterval(994);
    expect(Math.abs(((b.lower as number) / 40299) * 1000 - 23.16)).toBeLessThan(0.006);
    expect(Math.abs((b.upper / 40299) * 1000 - 26.25)).toBeLessThan(0.006);
  });
});
