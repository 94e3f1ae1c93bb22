import { describe, expect, it } from 'vitest';
// Imported from the source folders (not '@cjsnsa/core') so these tests run while other core folders are in progress.
import {
  StatisticsError, byarInterval, confidenceLevels, exactPoissonInterval, normaliseConfidence, wilsonInterval, zQuantile,
} from '../../src/intervals/index.js';
import { messages } from '../../src/messages.js';
import { references as R } from '../fixtures/references.js';

/** |a − b| ≤ 1e-12 relative (two independent double-precision implementations). */
const close = (a: number | null, b: number) => expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));

// Sources:
//  [SCRIPT] scripts/references/core_references.py -> test/fixtures/references.json (R below): scipy.stats
//       chi2.ppf / norm.ppf and the published formulas, independent of this code; references.test.ts re-runs it.
//       The rounded figures quoted in comments are those of the methods note (/work/shared/methods.md).
//  [FT] Fingertips AnalysisTest TrendMarkerCalculatorTest.cs (ukhsa-collaboration/fingertips-open @678089724a)
//  [FTN] FingertipsNext trend-analysis/TrendAnalysisApp.UnitTests/Legacy/TrendMarkerCalculatorTests.cs (dhsc-govuk/FingertipsNext)

describe('zQuantile(confidence)', () => {
  it('is the exact normal quantile, never 1.96', () => {
    // [SCRIPT] zQuantile: norm.ppf(0.975) = 1.959963985, norm.ppf(0.999) = 3.090232306; tolerance 1e-12
    close(zQuantile(0.95), R.zQuantile['0.95']);
    close(zQuantile(95), R.zQuantile['0.95']);
    close(zQuantile(0.998), R.zQuantile['0.998']);
    close(zQuantile(99.8), R.zQuantile['0.998']);
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
    // [SCRIPT] wilson '0/100 95%': upper 3.699%; tolerance 1e-12
    const ci = wilsonInterval(0, 100);
    expect(ci.lower).toBe(0);
    close(ci.upper, R.wilson['0/100 95%'][1]);
  });
  it('gives n/(n+z²) and exactly 1 for a full numerator', () => {
    // [SCRIPT] wilson '100/100 95%': lower n/(n + z²); the upper limit is 1 exactly
    const ci = wilsonInterval(100, 100);
    expect(ci.upper).toBe(1);
    close(ci.lower, R.wilson['100/100 95%'][0]);
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
    // [SCRIPT] wilson '0.445/1': 95% 0.0438174–0.9334621; 99.8% 0.0193470–0.9702260; tolerance 1e-12
    const a = wilsonInterval(0.445, 1);
    close(a.lower, R.wilson['0.445/1 95%'][0]);
    close(a.upper, R.wilson['0.445/1 95%'][1]);
    const b = wilsonInterval(0.445, 1, 99.8);
    close(b.lower, R.wilson['0.445/1 99.8%'][0]);
    close(b.upper, R.wilson['0.445/1 99.8%'][1]);
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
    // [SCRIPT] exactPoisson '0 95%' = [0, 3.6889], '0 99.8%' = [0, 6.9078]; tolerance 1e-12
    expect(exactPoissonInterval(0).lower).toBe(0);
    close(exactPoissonInterval(0).upper, R.exactPoisson['0 95%'][1]);
    close(exactPoissonInterval(0, 0.998).upper, R.exactPoisson['0 99.8%'][1]);
  });
  it('matches chi-square quantiles at 9 events', () => {
    // [SCRIPT] chi2.ppf(0.025,18)/2 = 4.1153731, chi2.ppf(0.975,20)/2 = 17.0848035; 99.8%: 2.4524244, 22.6573733; tolerance 1e-12
    const a = exactPoissonInterval(9);
    close(a.lower, R.exactPoisson['9 95%'][0]);
    close(a.upper, R.exactPoisson['9 95%'][1]);
    const b = exactPoissonInterval(9, 99.8);
    close(b.lower, R.exactPoisson['9 99.8%'][0]);
    close(b.upper, R.exactPoisson['9 99.8%'][1]);
  });
  it('rejects a negative count', () => {
    expect(() => exactPoissonInterval(-1)).toThrow(messages.negativeCount('count', -1));
  });
});

describe('byarInterval(x, confidence)', () => {
  it("matches Byar's formula at 10 events", () => {
    // [SCRIPT] byar '10': 95% 4.7874499–18.3914586; 99.8% 2.9163184–24.1937249; tolerance 1e-12
    const a = byarInterval(10);
    close(a.lower, R.byar['10 95%'][0]);
    close(a.upper, R.byar['10 95%'][1]);
    const b = byarInterval(10, 0.998);
    close(b.lower, R.byar['10 99.8%'][0]);
    close(b.upper, R.byar['10 99.8%'][1]);
  });
  it('gives a null lower limit where the formula goes negative (x = 1 at 99.8%, PHE returns NA)', () => {
    // [SCRIPT] byar '1 99.8%': the lower formula is negative (PHE byars_lower returns NA); upper 9.3622
    expect(R.byar['1 99.8%'][0]).toBeNull();
    expect(byarInterval(1, 0.998).lower).toBeNull();
    close(byarInterval(1, 0.998).upper, R.byar['1 99.8%'][1]);
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
