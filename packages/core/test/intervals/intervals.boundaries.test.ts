import { describe, expect, it } from 'vitest';
import { byarInterval, confidenceLevels, wilsonInterval } from '../../src/intervals/index.js';
import { byarLimits } from '../../src/intervals/limitsWithZ.js';
import { messages } from '../../src/messages.js';

// Exact ends and boundaries the intervals' definitions state (docs/methods.md, intervals table; the TSDoc of
// byarInterval, wilsonInterval's limits and confidenceLevels). Added for survivors of the mutation run. Each
// expected value is stated by the definition, not computed by the code.

describe('Byar limits at their ends', () => {
  it('the lower limit is 0 for a count of 0 (TSDoc: "The lower limit is 0 for x = 0"), at 95% and 99.8%', () => {
    expect(byarInterval(0).lower).toBe(0);
    expect(byarInterval(0, 0.998).lower).toBe(0);
  });

  it('a base of exactly 0 gives a lower limit of 0, not null (null only where the cubed base is negative)', () => {
    // base = 1 − 1/(9x) − z/(3√x) = 0 when z = 3√x(1 − 1/(9x)): x = 1, z = 8/3; x = 4, z = 6 · 35/36 = 35/6
    // (both z are the doubles nearest 8/3 and 35/6, for which the base is exactly 0 in binary as well)
    expect(byarLimits(1, 8 / 3).lower).toBe(0);
    expect(byarLimits(4, 35 / 6).lower).toBe(0);
  });
});

describe('Wilson limits at their ends', () => {
  it('x = n gives an upper limit of exactly 1 and x = 0 a lower limit of exactly 0', () => {
    // the formula, (2n + z² + z·|z|)/(2(n + z²)), is 1 algebraically but can round to 1 ± 2⁻⁵² (e.g. n = 3 and 15)
    for (const n of [1, 3, 4, 15, 16, 1000]) {
      expect(wilsonInterval(n, n).upper, String(n)).toBe(1);
      expect(wilsonInterval(n, n, 0.998).upper, String(n)).toBe(1);
      expect(wilsonInterval(0, n).lower, String(n)).toBe(0);
    }
  });
});

describe('confidenceLevels pairs', () => {
  it('a pair is 95% then 99.8% only: another first level with 99.8% second is rejected', () => {
    expect(() => confidenceLevels([0.99, 0.998])).toThrow(messages.invalidConfidencePair([0.99, 0.998]));
    expect(() => confidenceLevels([99.8, 99.8])).toThrow(messages.invalidConfidencePair([99.8, 99.8]));
    expect(() => confidenceLevels([0.95, 0.99])).toThrow(messages.invalidConfidencePair([0.95, 0.99]));
  });
});
