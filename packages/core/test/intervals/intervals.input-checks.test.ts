import { describe, expect, it } from 'vitest';
import { byarInterval, confidenceLevels, exactPoissonInterval, normaliseConfidence, StatisticsError, wilsonInterval } from '../../src/intervals/index.js';
import { messages } from '../../src/messages.js';

// Input checks and edge cases of the interval functions that the mutation run found untested
// (docs/methods.md, "Mutation testing"). No numbers are worked here: each case is an error, a limit
// that is 0 or infinite by definition (confidence 100%), or a check that a result cannot be changed
// through the cache.

describe('interval functions reject what is not a count', () => {
  it.each([NaN, Infinity])('byarInterval(%s) and exactPoissonInterval(%s) throw notANumber', (x) => {
    expect(() => byarInterval(x)).toThrow(messages.notANumber('count', x));
    expect(() => exactPoissonInterval(x)).toThrow(messages.notANumber('count', x));
  });

  it('byarInterval rejects a negative count but accepts 0', () => {
    expect(() => byarInterval(-1)).toThrow(messages.negativeCount('count', -1));
    expect(() => byarInterval(0)).not.toThrow();
  });

  it.each([NaN, Infinity])('wilsonInterval rejects numerator or denominator %s', (v) => {
    expect(() => wilsonInterval(v, 10)).toThrow(messages.notANumber('numerator', v));
    expect(() => wilsonInterval(5, v)).toThrow(messages.notANumber('denominator', v));
  });

  it('errors are StatisticsErrors by name', () => {
    expect(new StatisticsError('x').name).toBe('StatisticsError');
  });
});

describe('confidence 100% gives the whole range', () => {
  it('byarInterval and exactPoissonInterval at 100% are 0 to Infinity', () => {
    expect(byarInterval(5, 1)).toEqual({ lower: 0, upper: Infinity });
    expect(exactPoissonInterval(5, 100)).toEqual({ lower: 0, upper: Infinity });
  });
});

describe('exactPoissonInterval remembers intervals without sharing them', () => {
  it('changing a returned interval does not change the next one', () => {
    const first = exactPoissonInterval(7, 0.95);
    const upper = first.upper;
    first.upper = -1;
    expect(exactPoissonInterval(7, 0.95).upper).toBe(upper);
  });
});

describe('confidence levels', () => {
  it('normaliseConfidence accepts 90 (a percentage at the bottom of the range)', () => {
    expect(normaliseConfidence(90)).toBe(0.9);
  });

  it('normaliseConfidence rejects a number written as text', () => {
    expect(() => normaliseConfidence('95' as unknown as number)).toThrow(messages.invalidConfidence('95'));
  });

  it('confidenceLevels takes two levels only as [0.95, 0.998], in that order', () => {
    expect(() => confidenceLevels([0.95])).toThrow(messages.invalidConfidencePair([0.95]));
    expect(() => confidenceLevels([0.95, 0.998, 0.9])).toThrow(messages.invalidConfidencePair([0.95, 0.998, 0.9]));
    expect(() => confidenceLevels([0.998, 0.95])).toThrow(messages.invalidConfidencePair([0.998, 0.95]));
    // a level that is not allowed at all is reported as a bad pair, not as a single bad level
    expect(() => confidenceLevels([0.5, 0.998])).toThrow(messages.invalidConfidencePair([0.5, 0.998]));
    expect(confidenceLevels([95, 99.8])).toEqual([0.95, 0.998]);
  });
});

describe('gammaQuantile (internal) outside its domain', () => {
  it('gives NaN for a shape that is not positive or a probability outside 0..1, and the ends at 0 and 1', async () => {
    const { gammaQuantile } = await import('../../src/intervals/gammaQuantile.js');
    for (const [p, a] of [[-0.01, 2], [1.01, 2], [NaN, 2], [0.5, 0], [0.5, -1], [0.5, NaN]]) expect(gammaQuantile(p, a)).toBeNaN();
    expect(gammaQuantile(0, 3)).toBe(0);
    expect(gammaQuantile(1, 3)).toBe(Infinity);
  });
});

describe('regularisedGamma (internal) outside its domain and at its ends', () => {
  it('NaN for a shape that is not positive or a negative x; 0 and Infinity give the ends; P + Q = 1 on both branches', async () => {
    const { regularisedGamma } = await import('../../src/intervals/regularisedGamma.js');
    for (const [a, x] of [[0, 1], [-1, 1], [NaN, 1], [1, -1], [1, NaN]]) {
      const r = regularisedGamma(a, x);
      expect(r.p).toBeNaN();
      expect(r.q).toBeNaN();
    }
    expect(regularisedGamma(3, 0)).toEqual({ p: 0, q: 1 });
    expect(regularisedGamma(3, Infinity)).toEqual({ p: 1, q: 0 });
    // x below a + 1 (series) and above it (continued fraction): each half is a probability and they add to 1
    for (const [a, x] of [[5, 2], [2, 10]]) {
      const r = regularisedGamma(a, x);
      expect(r.p).toBeGreaterThan(0);
      expect(r.p).toBeLessThan(1);
      expect(Math.abs(r.p + r.q - 1)).toBeLessThan(1e-15);
    }
  });
});
