import { describe, expect, it } from 'vitest';
import { PeriodError, messages, poolPeriods } from '@cjsnsa/core';
import { plain } from '../fixtures/plain.js';

const rows = [
  { indicator: 'x', area: 'A', period: '2020-21', numerator: 2, denominator: 900, status: 'published' },
  { indicator: 'x', area: 'A', period: '2021-22', numerator: 3, denominator: 910, status: 'published' },
  { indicator: 'x', area: 'A', period: '2022-23', numerator: 4, denominator: 950, status: 'provisional' },
  { indicator: 'x', area: 'B', period: '2021-22', numerator: 8, denominator: 1000, status: 'published' },
  { indicator: 'x', area: 'B', period: '2022-23', numerator: 9, denominator: 1010, status: 'published' },
  { indicator: 'x', area: 'A', period: '2019-20', numerator: 99, denominator: 1, status: 'published' },
];

describe('poolPeriods', () => {
  it("poolPeriods(rows, three years) sums each area's counts over the years", () => {
    const out = plain(poolPeriods(rows, ['2020-21', '2021-22', '2022/23']));
    expect(out[0]).toEqual({ indicator: 'x', area: 'A', period: '2020-21 to 2022-23', numerator: 9, denominator: 2760, status: 'provisional' });
  });

  it('a series lacking one of the periods is null, not-available (never fewer years than the label)', () => {
    const out = plain(poolPeriods(rows, ['2020-21', '2021-22', '2022-23']));
    expect(out[1]).toMatchObject({ area: 'B', numerator: null, denominator: null, status: 'not-available' });
  });

  it('takes a label and joins non-contiguous periods by default', () => {
    expect(plain(poolPeriods(rows, ['2021-22', '2022-23'], 'Two years'))[0].period).toBe('Two years');
    expect(plain(poolPeriods(rows, ['2020-21', '2022-23']))[0].period).toBe('2020-21, 2022-23');
  });

  it('needs at least two periods of one kind', () => {
    expect(() => poolPeriods(rows, ['2022-23'])).toThrow(messages.invalidPoolPeriods(['2022-23']));
    expect(() => poolPeriods(rows, ['2022-23', '2022'])).toThrow(PeriodError);
  });
});
