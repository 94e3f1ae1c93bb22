import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { DataError, messages, sumCounts } from '@cjsnsa/core';
import { plain } from '../fixtures/plain.js';

const row = (area: string, numerator: number | null, denominator: number | null, status = 'published') => ({
  indicator: 'x', area, period: '2022-23', numerator, denominator, status, source: 'S',
});

describe('sumCounts', () => {
  it('sumCounts(rows, [indicator, period]) sums numerators and denominators, not rates', () => {
    // 10/100 and 30/200: pooled rate 40/300 = 13.3%, not the mean of 10% and 15%
    const out = plain(sumCounts([row('A', 10, 100), row('B', 30, 200)], ['indicator', 'period']));
    expect(out).toEqual([{ indicator: 'x', period: '2022-23', numerator: 40, denominator: 300, status: 'published', source: 'S' }]);
  });

  it('accepts an arquero table and keeps group order', () => {
    const t = aq.from([row('A', 1, null), { ...row('A', 2, null), period: '2021-22' }, row('B', 3, null)]);
    expect(plain(sumCounts(t, ['period'])).map((r) => [r.period, r.numerator, r.denominator])).toEqual([
      ['2022-23', 4, null],
      ['2021-22', 2, null],
    ]);
  });

  it('a suppressed contributor makes the sum null, derived-from-suppressed', () => {
    const out = plain(sumCounts([row('A', null, 100, 'suppressed'), row('B', 30, 200)], ['indicator', 'period']));
    expect(out[0]).toMatchObject({ numerator: null, denominator: 300, status: 'derived-from-suppressed' });
  });

  it('a withheld row is treated as missing even if it carries a number', () => {
    const out = plain(sumCounts([row('A', 3, 100, 'suppressed'), row('B', 30, 200)], ['indicator']));
    expect(out[0].numerator).toBeNull();
  });

  it('a null, not withheld contributor makes the sum null, not-available', () => {
    const out = plain(sumCounts([row('A', null, 100, 'not-available'), row('B', 30, 200)], ['indicator']));
    expect(out[0]).toMatchObject({ numerator: null, status: 'not-available' });
  });

  it("missing: 'zero' counts missing as 0 and records missing-as-zero", () => {
    const out = plain(sumCounts([row('A', null, 100, 'suppressed'), row('B', 30, 200)], ['indicator'], { missing: 'zero' }));
    expect(out[0]).toMatchObject({ numerator: 30, denominator: 300, status: 'missing-as-zero' });
  });

  it('caveat statuses of contributors are carried to the sum', () => {
    const out = plain(sumCounts([row('A', 1, null, 'synthetic'), row('B', 2, null, 'published; pandemic-caveat')], ['indicator']));
    expect(out[0].status).toBe('synthetic; pandemic-caveat');
  });

  it('a denominator missing in some contributors only makes the denominator null', () => {
    const out = plain(sumCounts([row('A', 1, 100), row('B', 2, null)], ['indicator']));
    expect(out[0]).toMatchObject({ numerator: 3, denominator: null, status: 'not-available' });
  });

  it('an empty table gives an empty table', () => {
    expect(sumCounts(aq.table({ indicator: [], numerator: [] }), ['indicator']).numRows()).toBe(0);
  });

  it('a missing groupBy column throws DataError from the catalogue', () => {
    expect(() => sumCounts([row('A', 1, null)], ['sex'])).toThrow(DataError);
    expect(() => sumCounts([row('A', 1, null)], ['sex'])).toThrow(messages.missingColumn('sex', ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source']));
  });
});
