import { describe, expect, it } from 'vitest';
// Internal to disclosure control (not re-exported), so imported from its source file.
import { IntegerSet } from '../../src/disclosure/integer-set.js';

// Expected values are sets of whole numbers worked by hand: [a, b] is every whole number from a to b.
/** A set from disjoint intervals (the constructor is private): the hull with the gaps cut out. */
function fromIntervals(list: [number, number][]): IntegerSet {
  if (list.length === 0) return IntegerSet.range(1, 0);
  const sorted = [...list].sort((x, y) => x[0] - y[0]);
  let s = IntegerSet.range(sorted[0][0], Math.max(...sorted.map((x) => x[1])));
  for (let k = 1; k < sorted.length; k++) s = s.without(sorted[k - 1][1] + 1, sorted[k][0] - 1);
  return s;
}

describe('IntegerSet.range(lo, hi)', () => {
  it('holds the whole numbers from ⌈lo⌉ to ⌊hi⌋', () => {
    expect(IntegerSet.range(0, 10).intervals).toEqual([[0, 10]]);
    expect(IntegerSet.range(0.5, 3.5).intervals).toEqual([[1, 3]]);
    expect(IntegerSet.range(-2.5, -0.5).intervals).toEqual([[-2, -1]]);
    expect(IntegerSet.range(4, 4).intervals).toEqual([[4, 4]]);
  });

  it('is empty when no whole number lies between lo and hi', () => {
    expect(IntegerSet.range(5, 4).intervals).toEqual([]);
    expect(IntegerSet.range(0.2, 0.8).intervals).toEqual([]);
    expect(IntegerSet.range(5, 4).size()).toBe(0);
  });

  it('may have an infinite end', () => {
    expect(IntegerSet.range(5, Infinity).intervals).toEqual([[5, Infinity]]);
    expect(IntegerSet.range(-Infinity, 0).size()).toBe(Infinity);
  });
});

describe('IntegerSet#within(lo, hi) and #without(lo, hi)', () => {
  const gappy = fromIntervals([[0, 3], [6, 9], [12, 15]]);

  it('within keeps the members in [lo, hi], rounding lo up and hi down', () => {
    expect(gappy.within(2, 13).intervals).toEqual([[2, 3], [6, 9], [12, 13]]);
    expect(gappy.within(1.5, 12.5).intervals).toEqual([[2, 3], [6, 9], [12, 12]]);
    expect(gappy.within(4, 5).intervals).toEqual([]);
    expect(IntegerSet.range(0, Infinity).within(1, 4).intervals).toEqual([[1, 4]]);
  });

  it('without cuts [lo, hi] out of an interval, leaving both sides', () => {
    expect(IntegerSet.range(0, 10).without(1, 4).intervals).toEqual([[0, 0], [5, 10]]);
    expect(IntegerSet.range(0, 10).without(0, 4).intervals).toEqual([[5, 10]]);
    expect(IntegerSet.range(0, 10).without(6, 10).intervals).toEqual([[0, 5]]);
    expect(IntegerSet.range(0, Infinity).without(1, 4).intervals).toEqual([[0, 0], [5, Infinity]]);
  });

  it('without rounds lo up and hi down, and an empty cut changes nothing', () => {
    expect(IntegerSet.range(0, 10).without(0.5, 4.5).intervals).toEqual([[0, 0], [5, 10]]);
    expect(IntegerSet.range(0, 10).without(4.2, 4.8).intervals).toEqual([[0, 10]]);
    expect(IntegerSet.range(0, 10).without(7, 3).intervals).toEqual([[0, 10]]);
  });

  it('without keeps intervals that lie wholly on one side and drops those wholly inside', () => {
    expect(gappy.without(4, 5).intervals).toEqual([[0, 3], [6, 9], [12, 15]]);
    expect(gappy.without(6, 9).intervals).toEqual([[0, 3], [12, 15]]);
    expect(gappy.without(3, 12).intervals).toEqual([[0, 2], [13, 15]]);
    expect(gappy.without(-5, 20).intervals).toEqual([]);
  });
});

describe('IntegerSet#plus(other)', () => {
  it('adds two intervals end to end: [a, b] + [c, d] = [a + c, b + d]', () => {
    expect(IntegerSet.range(1, 4).plus(IntegerSet.range(1, 4)).intervals).toEqual([[2, 8]]);
    expect(IntegerSet.range(0, Infinity).plus(IntegerSet.range(5, 5)).intervals).toEqual([[5, Infinity]]);
  });

  it('is empty when either set is empty', () => {
    expect(IntegerSet.range(1, 0).plus(IntegerSet.range(1, 4)).intervals).toEqual([]);
    expect(IntegerSet.range(1, 4).plus(IntegerSet.range(1, 0)).intervals).toEqual([]);
  });

  it('widens each interval of a gappy set by a single interval, on either side of plus', () => {
    const gappy = fromIntervals([[0, 0], [10, 10]]);
    // {0, 10} + [1, 2] = {1, 2, 11, 12}; + [0, 9] closes the gap: [0, 19]
    expect(gappy.plus(IntegerSet.range(1, 2)).intervals).toEqual([[1, 2], [11, 12]]);
    expect(IntegerSet.range(1, 2).plus(gappy).intervals).toEqual([[1, 2], [11, 12]]);
    expect(gappy.plus(IntegerSet.range(0, 9)).intervals).toEqual([[0, 19]]);
    expect(IntegerSet.range(0, 8).plus(gappy).intervals).toEqual([[0, 8], [10, 18]]);
  });

  it('adds two gappy sets pair by pair, merging overlapping and touching results', () => {
    const a = fromIntervals([[0, 0], [5, 6]]);
    const b = fromIntervals([[0, 1], [10, 10]]);
    // sums: [0,1], [10,10], [5,7], [15,16] → sorted [0,1], [5,7], [10,10], [15,16]
    expect(a.plus(b).intervals).toEqual([[0, 1], [5, 7], [10, 10], [15, 16]]);
    expect(b.plus(a).intervals).toEqual([[0, 1], [5, 7], [10, 10], [15, 16]]);
    const c = fromIntervals([[0, 0], [2, 2]]);
    // {0, 2} + {0, 2} = {0, 2, 4}; {0, 2} + {0, 1, 3} = {0, 1, 3} ∪ {2, 3, 5} = {0, 1, 2, 3, 5}
    expect(c.plus(c).intervals).toEqual([[0, 0], [2, 2], [4, 4]]);
    expect(c.plus(fromIntervals([[0, 1], [3, 3]])).intervals).toEqual([[0, 3], [5, 5]]);
  });
});

describe('IntegerSet#shifted, #negated, #subtractedFrom', () => {
  const s = fromIntervals([[1, 2], [5, 9]]);

  it('shifted(d) adds d to every member', () => {
    expect(s.shifted(3).intervals).toEqual([[4, 5], [8, 12]]);
    expect(s.shifted(-1).intervals).toEqual([[0, 1], [4, 8]]);
  });

  it('negated() reverses the order of the intervals', () => {
    expect(s.negated().intervals).toEqual([[-9, -5], [-2, -1]]);
    expect(IntegerSet.range(0, Infinity).negated().intervals).toEqual([[-Infinity, -0]]);
  });

  it('subtractedFrom(t) is { t − x }', () => {
    expect(s.subtractedFrom(10).intervals).toEqual([[1, 5], [8, 9]]);
  });
});

describe('IntegerSet#intersect(other)', () => {
  it('keeps the members in both sets, walking both lists', () => {
    const a = fromIntervals([[0, 3], [6, 9], [12, 15]]);
    const b = fromIntervals([[2, 7], [9, 12]]);
    expect(a.intersect(b).intervals).toEqual([[2, 3], [6, 7], [9, 9], [12, 12]]);
    expect(b.intersect(a).intervals).toEqual([[2, 3], [6, 7], [9, 9], [12, 12]]);
  });

  it('is empty when the sets do not meet, and a single shared member is kept', () => {
    expect(IntegerSet.range(0, 3).intersect(IntegerSet.range(4, 8)).intervals).toEqual([]);
    expect(IntegerSet.range(0, 4).intersect(IntegerSet.range(4, 8)).intervals).toEqual([[4, 4]]);
    expect(IntegerSet.range(0, 4).intersect(IntegerSet.range(1, 0)).intervals).toEqual([]);
  });

  it('advances the list whose current interval ends first', () => {
    // [0, 10] against [1, 2], [4, 5], [8, 12]: the long interval must stay while the short ones pass
    const many = fromIntervals([[1, 2], [4, 5], [8, 12]]);
    expect(IntegerSet.range(0, 10).intersect(many).intervals).toEqual([[1, 2], [4, 5], [8, 10]]);
    expect(many.intersect(IntegerSet.range(0, 10)).intervals).toEqual([[1, 2], [4, 5], [8, 10]]);
  });
});

describe('IntegerSet#equals(other) and #size(cap)', () => {
  it('equals compares members', () => {
    expect(IntegerSet.range(1, 4).equals(IntegerSet.range(0.5, 4.5))).toBe(true);
    expect(IntegerSet.range(1, 4).equals(IntegerSet.range(1, 5))).toBe(false);
    expect(IntegerSet.range(1, 4).equals(IntegerSet.range(0, 4))).toBe(false);
    expect(IntegerSet.range(0, 9).without(3, 3).equals(IntegerSet.range(0, 9))).toBe(false);
    expect(IntegerSet.range(1, 0).equals(IntegerSet.range(3, 2))).toBe(true);
  });

  it('size counts the members, stopping at cap', () => {
    expect(IntegerSet.range(1, 4).size()).toBe(4);
    expect(fromIntervals([[0, 0], [5, 6]]).size()).toBe(3);
    expect(IntegerSet.range(1, 4).size(2)).toBe(2);
    expect(IntegerSet.range(7, 7).size(2)).toBe(1);
    expect(fromIntervals([[0, 0], [5, 5]]).size(2)).toBe(2);
    expect(IntegerSet.range(0, Infinity).size(2)).toBe(2);
  });
});
