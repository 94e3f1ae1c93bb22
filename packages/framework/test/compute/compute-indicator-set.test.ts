import { describe, expect, it } from 'vitest';
import { COUNCIL_AREAS, SCOTLAND, computeIndicatorSet, messages, type BreakdownCount, type ResultRow } from '../../src/index.js';

// One data item, bail supervision cases commenced (NI3b, a count), in one period: every area 40,
// except Clackmannanshire (S12000005), whose count and its split by sex are given per test.
const ITEM = 'bail-supervision-commenced';
const PERIOD = '2019-20';
const CLACKS = 'S12000005';
function observations(clacks: number) {
  return COUNCIL_AREAS.map((a) => ({ indicator: ITEM, area: a.code, period: PERIOD, numerator: a.code === CLACKS ? clacks : 40, denominator: null, status: 'published', source: 'test' }));
}
const bySex = (f: number, m: number, item = ITEM): BreakdownCount[] => [
  { item, breakdown: 'sex', category: 'F', area: CLACKS, period: PERIOD, count: f },
  { item, breakdown: 'sex', category: 'M', area: CLACKS, period: PERIOD, count: m },
];
const run = (clacks: number, breakdowns: BreakdownCount[]) => {
  const set = computeIndicatorSet({ observations: observations(clacks), indicators: ['NI3b'], breakdowns });
  const results = set.results.objects() as ResultRow[];
  return { results, breakdowns: set.breakdowns, count: results.find((r) => r.area === CLACKS)! };
};

describe('computeIndicatorSet({ breakdowns })', () => {
  it('never leaves F = 1, M = 5 under a published total of 6 (the count or the whole split is withheld)', () => {
    // by hand: F suppressed (1..4) and M secondary (0 or 5+) under a published 6 give F = 1, M = 5
    const { count, breakdowns } = run(6, bySex(1, 5));
    const f = breakdowns.find((b) => b.category === 'F')!;
    const m = breakdowns.find((b) => b.category === 'M')!;
    expect(f.count).toBeNull();
    expect(m.count).toBeNull();
    const pinned = count.numerator === 6 && f.status.includes('suppressed') && !f.status.includes('withheld-with-group') && m.status.includes('secondary-suppressed');
    expect(pinned).toBe(false);
  });

  it('returns a total row per breakdown that agrees with the results count it adds up to', () => {
    const { count, breakdowns } = run(30, bySex(12, 18));
    const total = breakdowns.find((b) => b.category === null)!;
    expect(total).toMatchObject({ breakdown: 'sex', area: CLACKS, period: PERIOD, count: 30, total_of: 'results' });
    expect(count.numerator).toBe(30);
    expect(breakdowns.filter((b) => b.category !== null).map((b) => [b.category, b.count, b.status])).toEqual([
      ['F', 12, 'published'],
      ['M', 18, 'published'],
    ]);
  });

  it('withholds a small breakdown cell with a second one, and keeps the area count published where the split can protect it', () => {
    // F = 3 (suppressed), M = 27 goes too (else F = 30 − 27); M = 30 − F is 26..29, outside 1..4, so F keeps 1..4 under the published 30
    const { count, breakdowns } = run(30, bySex(3, 27));
    expect(breakdowns.filter((b) => b.category !== null).map((b) => b.status)).toEqual(['suppressed', 'secondary-suppressed']);
    expect(count.numerator).toBe(30);
  });

  it('withholds the area count in the results, and protects it across Scotland, when only that protects a split', () => {
    // total 7 = 3 + 4: both suppressed, F + M = 7 would narrow each to 3..4, so the count or the split goes
    const { results, count, breakdowns } = run(7, bySex(3, 4));
    const cells = breakdowns.filter((b) => b.category !== null);
    expect(cells.every((b) => b.count === null)).toBe(true);
    const countWithheld = count.numerator === null;
    const splitWhole = cells.every((b) => b.status.includes('withheld-with-group'));
    expect(countWithheld || splitWhole).toBe(true);
    if (countWithheld) expect(results.filter((r) => r.area_type === 'council' && r.numerator === null).length).toBeGreaterThanOrEqual(2);
    expect(results.find((r) => r.area === SCOTLAND.code)!.numerator).toBe(31 * 40 + 7);
  });

  it('controls a breakdown whose cells do not add up to the results count against its own total (total_of "breakdown")', () => {
    const { breakdowns } = run(30, bySex(10, 19));
    expect(breakdowns.find((b) => b.category === null)).toMatchObject({ count: 29, total_of: 'breakdown' });
  });

  it('throws a catalogued error for a breakdown cell outside the council areas or with a count that is not a whole number', () => {
    expect(() => run(30, [{ item: ITEM, breakdown: 'sex', category: 'F', area: SCOTLAND.code, period: PERIOD, count: 3 }])).toThrow(messages.breakdownArea(ITEM, 'sex', SCOTLAND.code));
    expect(() => run(30, [{ item: ITEM, breakdown: 'sex', category: 'F', area: CLACKS, period: PERIOD, count: 2.5 }])).toThrow(messages.breakdownCount(ITEM, 'sex', CLACKS, PERIOD, 2.5));
  });

  it('withholds whole the breakdown of a count the supplier already withheld (it could add back to it)', () => {
    const obs = observations(30).map((o) => (o.area === CLACKS ? { ...o, numerator: null, status: 'suppressed' } : o));
    const set = computeIndicatorSet({ observations: obs as never, indicators: ['NI3b'], breakdowns: bySex(12, 18) });
    expect(set.breakdowns.map((b) => [b.category, b.count, b.status])).toEqual([
      [null, null, 'suppressed'],
      ['F', null, 'withheld-with-group'],
      ['M', null, 'withheld-with-group'],
    ]);
  });

  it('with disclosure: false returns the breakdowns as given', () => {
    const set = computeIndicatorSet({ observations: observations(6), indicators: ['NI3b'], breakdowns: bySex(1, 5), disclosure: false });
    expect(set.breakdowns.map((b) => b.count)).toEqual([1, 5]);
  });
});
