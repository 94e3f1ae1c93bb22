import { describe, expect, it } from 'vitest';
import { DataError, countRecords, messages, readTable } from '@cjsnsa/core';
import { plain } from '../fixtures/plain.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const base = { indicator: 'diversion-referrals', area: 'council', date: 'referral_date', periodKind: 'financial-year', source: 'local extract' } as const;

describe('countRecords', () => {
  it('countRecords(records) gives one row per area × period, with zero counts for absent combinations', async () => {
    const records = await readTable(fixture('records.csv'));
    const out = plain(countRecords(records, base));
    expect(out.map((r) => [r.area, r.period, r.numerator])).toEqual([
      ['S12000013', '2022-23', 1],
      ['S12000013', '2023-24', 0],
      ['S12000039', '2022-23', 1],
      ['S12000039', '2023-24', 2],
    ]);
    expect(out[0]).toEqual({ indicator: 'diversion-referrals', area: 'S12000013', period: '2022-23', numerator: 1, denominator: null, status: 'published', source: 'local extract' });
  });

  it('by: [sex] counts each breakdown value, blank as Unknown, absent as 0', async () => {
    const records = await readTable(fixture('records.csv'));
    const t = plain(countRecords(records.filter((d: { council: string }) => d.council === 'S12000039'), { ...base, by: ['sex'] }));
    expect(t.map((r) => [r.period, r.breakdown, r.numerator])).toEqual([
      ['2022-23', 'Female', 1], ['2022-23', 'Male', 0], ['2022-23', 'Unknown', 0],
      ['2023-24', 'Female', 0], ['2023-24', 'Male', 1], ['2023-24', 'Unknown', 1],
    ]);
    expect(t[0]).toMatchObject({ sex: 'Female', group: 'sex', breakdown: 'Female' });
  });

  it('countRecords(readTable(xlsx)) counts Date cells and UK date text alike', async () => {
    const records = await readTable(fixture('records.xlsx'));
    const out = plain(countRecords(records, { ...base, area: 'Council', date: 'Referral date', by: ['Sex'] }));
    expect(out.filter((r) => r.numerator !== 0).map((r) => [r.period, r.breakdown, r.numerator])).toEqual([
      ['2022-23', 'Female', 1], ['2022-23', 'Unknown', 1], ['2023-24', 'Male', 1],
    ]);
  });

  it('a frame adds areas, periods and categories with no records as 0', () => {
    const out = plain(countRecords([{ council: 'A', referral_date: '2023-05-01' }], {
      ...base, frame: { area: ['A', 'B'], period: ['2022-23', '2023-24'] },
    }));
    expect(out.map((r) => [r.area, r.period, r.numerator])).toEqual([
      ['A', '2022-23', 0], ['A', '2023-24', 1], ['B', '2022-23', 0], ['B', '2023-24', 0],
    ]);
  });

  it('area: { value } counts a single-area extract; quarters and Dates work', () => {
    const out = plain(countRecords([{ d: new Date(Date.UTC(2023, 0, 2)) }, { d: '2022-12-31' }], {
      indicator: 'x', area: { value: 'S12000039' }, date: 'd', periodKind: 'quarter', source: 's',
    }));
    expect(out.map((r) => [r.period, r.numerator])).toEqual([['2022-23 Q3', 1], ['2022-23 Q4', 1]]);
  });

  it('area: { value } with no records gives no rows, unless the frame lists the area', async () => {
    const empty = await readTable({ name: 'e.csv', data: 'd\n' });
    const options = { indicator: 'x', area: { value: 'S12000039' }, date: 'd', periodKind: 'financial-year', source: 's' } as const;
    expect(countRecords(empty, { ...options, frame: { period: ['2022-23'] } }).numRows()).toBe(0);
    expect(plain(countRecords(empty, { ...options, frame: { area: ['S12000039'], period: ['2022-23'] } })).map((r) => [r.area, r.period, r.numerator])).toEqual([
      ['S12000039', '2022-23', 0],
    ]);
  });

  it('gaps between the first and last period seen are zero, not missing', () => {
    const out = plain(countRecords([{ council: 'A', referral_date: '2019-05-01' }, { council: 'A', referral_date: '2021-05-01' }], base));
    expect(out.map((r) => [r.period, r.numerator])).toEqual([['2019-20', 1], ['2020-21', 0], ['2021-22', 1]]);
  });

  it('an unparseable date throws DataError naming the row and column, not dropping the record', () => {
    const records = [
      { council: 'A', referral_date: '2023-05-01' },
      { council: 'A', referral_date: '2023-02-30' },
      { council: '', referral_date: '2023-05-01' },
      { council: 'A', referral_date: null },
    ];
    try {
      countRecords(records, base);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).issues).toEqual([
        { file: null, row: 3, column: 'referral_date', columnLetter: null, message: messages.invalidDate('2023-02-30') },
        { file: null, row: 4, column: 'council', columnLetter: null, message: messages.blankKey('council') },
        { file: null, row: 5, column: 'referral_date', columnLetter: null, message: messages.blankKey('referral_date') },
      ]);
    }
  });

  it('an impossible day is an error even after a valid day of the same month', () => {
    // 2023 is not a leap year, 2024 is (Gregorian calendar)
    const records = ['2023-02-28', '2023-02-30', '2023-02-29', '2024-02-29', '2023-02-01'].map((d) => ({ council: 'A', referral_date: d }));
    try {
      countRecords(records, base);
      expect.unreachable();
    } catch (e) {
      expect((e as DataError).issues.map((i) => [i.row, i.message])).toEqual([
        [3, messages.invalidDate('2023-02-30')],
        [4, messages.invalidDate('2023-02-29')],
      ]);
    }
  });

  it('dates centuries apart are both counted, with every year between them', () => {
    const out = plain(countRecords([{ council: 'A', referral_date: '1700-05-01' }, { council: 'A', referral_date: '2300-05-01' }, { council: 'A', referral_date: new Date(Date.UTC(2300, 0, 1)) }], {
      ...base, periodKind: 'calendar-year',
    }));
    expect(out.length).toBe(601); // 1700 to 2300 inclusive
    expect([out[0].period, out[0].numerator, out[600].period, out[600].numerator]).toEqual(['1700', 1, '2300', 2]);
    expect(out.reduce((s, r) => s + (r.numerator as number), 0)).toBe(3);
  });

  it('an ordered table is read in its order: problems are numbered as the rows are shown', async () => {
    const records = await readTable({ name: 'r.csv', data: 'council,referral_date\nB,2023-05-01\nA,\nC,2023-05-01\n' });
    const ordered = records.orderby('council');
    expect(() => countRecords(ordered, base)).toThrow(DataError);
    try {
      countRecords(ordered, base);
    } catch (e) {
      // ordered: A (blank date) is the first record shown, so row 2
      expect((e as DataError).issues.map((i) => [i.row, i.column])).toEqual([[2, 'referral_date']]);
    }
  });

  it('a record outside the frame is an error', () => {
    expect(() => countRecords([{ council: 'C', referral_date: '2023-05-01' }], { ...base, frame: { area: ['A', 'B'] } }))
      .toThrow(messages.valueNotInFrame('council', 'C'));
  });

  it('a missing column throws DataError', () => {
    expect(() => countRecords([{ council: 'A' }], base)).toThrow(DataError);
  });
});
