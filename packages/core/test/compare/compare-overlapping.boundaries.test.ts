import { describe, expect, it } from 'vitest';
import { compareOverlappingIntervals } from '../../src/compare/index.js';
import { StatisticsError } from '../../src/intervals/StatisticsError.js';

// Missing and non-finite figures and a bad polarity for the double-overlapping-intervals comparer (docs/methods.md,
// "Fingertips' other comparers": 'Not compared' when either value or any of the four limits is missing). Added for
// survivors of the mutation run. The intervals are Fingertips' DoubleOverlappingCIsComparerTest.cs TestDifferent
// pair (see fingertips-comparers.test.ts), which do not overlap; each case removes or spoils one figure, so
// that a comparer which went on would answer Better or Worse instead.
const d1 = { value: 3.0, lower: 2.7, upper: 3.1 };
const d2 = { value: 4.0, lower: 3.5, upper: 4.5 };
const low = { polarity: 'low-is-good' as const };

describe('compareOverlappingIntervals with missing or non-finite figures', () => {
  it.each([null, undefined, NaN, Infinity])('a value of %s on either side is Not compared', (v) => {
    expect(compareOverlappingIntervals({ ...d1, value: v }, d2, low)).toBe('Not compared');
    expect(compareOverlappingIntervals(d1, { ...d2, value: v }, low)).toBe('Not compared');
    expect(compareOverlappingIntervals({ ...d2, value: v }, d1, low)).toBe('Not compared');
    expect(compareOverlappingIntervals(d2, { ...d1, value: v }, low)).toBe('Not compared');
  });

  it.each(['lower', 'upper'] as const)('one missing or NaN %s limit on either side is Not compared', (key) => {
    for (const v of [null, NaN]) {
      expect(compareOverlappingIntervals({ ...d1, [key]: v }, d2, low)).toBe('Not compared');
      expect(compareOverlappingIntervals(d1, { ...d2, [key]: v }, low)).toBe('Not compared');
      expect(compareOverlappingIntervals({ ...d2, [key]: v }, d1, low)).toBe('Not compared');
      expect(compareOverlappingIntervals(d2, { ...d1, [key]: v }, low)).toBe('Not compared');
    }
  });
});

describe('compareOverlappingIntervals with a bad polarity', () => {
  it('throws, naming the option', () => {
    // @ts-expect-error unknown polarity
    expect(() => compareOverlappingIntervals(d1, d2, { polarity: 'up' })).toThrow(StatisticsError);
    // @ts-expect-error unknown polarity
    expect(() => compareOverlappingIntervals(d1, d2, { polarity: 'up' })).toThrow(/polarity "up"/);
  });
});
