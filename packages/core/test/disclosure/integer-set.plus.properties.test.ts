import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Internal to disclosure control (not re-exported), so imported from its source file.
import { IntegerSet } from '../../src/disclosure/integer-set.js';

// IntegerSet#plus takes different paths by shape (two single intervals, one single interval, few or many pairs of
// intervals); each must give { x + y : x in a, y in b }, checked here by listing the members.
const members = (s: IntegerSet) => s.intervals.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, k) => lo + k));

/** A set of whole numbers from 0 to 60 with up to `maxGaps` gaps, from random members. */
const smallSet = (maxMembers: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 0, maxLength: maxMembers }).map((xs) => {
    let s = IntegerSet.range(0, 60);
    const keep = new Set(xs);
    for (let x = 0; x <= 60; x++) if (!keep.has(x)) s = s.without(x, x);
    return s;
  });

describe('IntegerSet#plus against the sums of the members', () => {
  it('equals every pairwise sum, merged, for sets of 0 to 12 intervals on either side', () => {
    fc.assert(
      fc.property(smallSet(14), smallSet(14), (a, b) => {
        const sums = new Set<number>();
        for (const x of members(a)) for (const y of members(b)) sums.add(x + y);
        expect(members(a.plus(b))).toEqual([...sums].sort((p, q) => p - q));
        // and the result is in canonical form: sorted, disjoint, not touching
        const ends = a.plus(b).intervals;
        for (let k = 1; k < ends.length; k++) expect(ends[k]![0]).toBeGreaterThan(ends[k - 1]![1] + 1);
      }),
      { numRuns: 600 },
    );
  });

  it('covers each path: one interval each, one on one side, few pairs and more than 32 pairs', () => {
    const six = IntegerSet.range(0, 24).without(1, 2).without(5, 6).without(9, 10).without(13, 14).without(17, 18).without(21, 22);
    expect(six.intervals.length).toBe(7);
    // 49 pairs of intervals (the sorted path); 7 × 1 and 1 × 1 (the single-interval paths)
    expect(members(six.plus(six))).toEqual([...new Set(members(six).flatMap((x) => members(six).map((y) => x + y)))].sort((p, q) => p - q));
  });
});
