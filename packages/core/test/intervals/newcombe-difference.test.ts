import { describe, expect, it } from 'vitest';
// Imported from the source folder (not '@cjsnsa/core'), as intervals.test.ts does.
import { StatisticsError, newcombeDifferenceInterval, wilsonInterval } from '../../src/intervals/index.js';
import { messages } from '../../src/messages.js';

// Sources (published tables, 4 decimal places, so the tolerance is half a unit in the 4th place):
//  [N98a] Newcombe RG (1998) "Two-sided confidence intervals for the single proportion: comparison of
//         seven methods", Stat Med 17:857-872, Table I, method 3 (score interval without continuity correction = Wilson).
//  [N98b] Newcombe RG (1998) "Interval estimation for the difference between independent proportions:
//         comparison of eleven methods", Stat Med 17:873-890, Table II, method 10 (hybrid score, no continuity correction).
// Both tables were also re-computed from the published formulas with scipy (norm.ppf) outside this code, and agree.
const near4dp = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.00005 + 1e-12);

describe('wilsonInterval(x, n) against Newcombe (1998a) Table I, method 3', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i gives %f to %f', (x, n, lower, upper) => {
    const ci = wilsonInterval(x, n);
    near4dp(ci.lower, lower);
    near4dp(ci.upper, upper);
  });
});

describe('newcombeDifferenceInterval(x1, n1, x2, n2) against Newcombe (1998b) Table II, method 10', () => {
  it.each([
    ['(a)', 56, 70, 48, 80, 0.2, 0.0524, 0.3339],
    ['(b)', 9, 10, 3, 10, 0.6, 0.1705, 0.809],
    ['(c)', 6, 7, 2, 7, 4 / 7, 0.0582, 0.8062],
    ['(d)', 5, 56, 0, 29, 5 / 56, -0.0381, 0.1926],
    ['(e)', 0, 10, 0, 20, 0, -0.1611, 0.2775],
    ['(f)', 0, 10, 0, 10, 0, -0.2775, 0.2775],
    ['(g)', 10, 10, 0, 20, 1, 0.6791, 1],
    ['(h)', 10, 10, 0, 10, 1, 0.6075, 1],
  ])('example %s: %i/%i − %i/%i', (_label, x1, n1, x2, n2, difference, lower, upper) => {
    const d = newcombeDifferenceInterval(x1, n1, x2, n2);
    expect(d.difference).toBeCloseTo(difference, 12);
    near4dp(d.lower, lower);
    near4dp(d.upper, upper);
    expect(d.method).toBe('Newcombe hybrid score (Wilson)');
  });

  it('is antisymmetric: swapping the groups negates the difference and swaps the limits', () => {
    const a = newcombeDifferenceInterval(56, 70, 48, 80);
    const b = newcombeDifferenceInterval(48, 80, 56, 70);
    expect(b.difference).toBeCloseTo(-a.difference, 14);
    expect(b.lower).toBeCloseTo(-a.upper, 14);
    expect(b.upper).toBeCloseTo(-a.lower, 14);
  });

  it('rejects invalid counts and levels with the catalogued messages of wilsonInterval', () => {
    expect(() => newcombeDifferenceInterval(11, 10, 3, 10)).toThrow(StatisticsError);
    expect(() => newcombeDifferenceInterval(11, 10, 3, 10)).toThrow(messages.numeratorAboveDenominator(11, 10));
    expect(() => newcombeDifferenceInterval(1, 10, 3, 0)).toThrow(messages.negativeDenominator('denominator', 0));
    expect(() => newcombeDifferenceInterval(1, 10, 3, 10, 0.5)).toThrow(messages.invalidConfidence(0.5));
  });
});
