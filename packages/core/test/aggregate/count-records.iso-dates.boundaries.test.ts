import { describe, expect, it } from 'vitest';
import { DataError, countRecords, messages } from '@cjsnsa/core';

// countRecords reads ISO date text by its character codes into a day number, year × 372 + (month − 1) × 31 +
// day − 1, and remembers each day's period. Text that is not a date must never be read as one: a character
// just outside 0–9 (':' is 10 after '0', '/' is −1), a month of 00 or 13, or a day of 00 or 32 would, without
// its check, land on the day number of a real date (its "twin": 2023-0:-01 on 2023-10-01, 2023-01-32 on
// 2023-02-01). With the twin counted first, its period is remembered for that day number, so a missing check
// would count the false date silently instead of refusing it.
const base = { indicator: 'x', area: 'council', date: 'when', periodKind: 'financial-year', source: 's' } as const;

/** The real date with the same day number as `text` read digit by digit (character code − 48), if there is one. */
function twinOf(text: string): string | null {
  const v = (i: number) => text.charCodeAt(i) - 48;
  const n = (v(0) * 1000 + v(1) * 100 + v(2) * 10 + v(3)) * 372 + (v(5) * 10 + v(6) - 1) * 31 + v(8) * 10 + v(9) - 1;
  const year = Math.floor(n / 372);
  const month = Math.floor((n % 372) / 31) + 1;
  const day = (n % 31) + 1;
  if (year < 0 || year > 9999) return null; // no four-digit year: no twin
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC reads years 0 to 99 as 1900 to 1999
  if (date.getUTCMonth() !== month - 1) return null; // 31 April and the like: no twin
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The problems countRecords reports for `dates`, one record each, in order (none: an empty list). */
function problems(dates: string[]): [number | null, string][] {
  try {
    countRecords(dates.map((when) => ({ council: 'A', when })), base);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).issues.map((i) => [i.row, i.message]);
  }
}

describe('countRecords: ISO date text that is not a date', () => {
  const valid = '2023-05-15';
  const positions = [0, 1, 2, 3, 5, 6, 8, 9];
  const cases = positions.flatMap((i) => [':', '/'].map((c) => valid.slice(0, i) + c + valid.slice(i + 1)));

  it.each(cases)('%s is refused, even after the real date it would be mistaken for', (fake) => {
    const twin = twinOf(fake);
    if (twin) expect(problems([twin, fake])).toEqual([[3, messages.invalidDate(fake)]]);
    expect(problems([fake])).toEqual([[2, messages.invalidDate(fake)]]);
  });

  it('most of those cases have a twin, so the remembered day is really there to be mistaken', () => {
    expect(cases.filter((c) => twinOf(c) !== null).length).toBeGreaterThanOrEqual(12);
  });

  it.each([
    ['2023-00-15', '2022-12-15'],
    ['2023-13-01', '2024-01-01'],
    ['2023-02-00', '2023-01-31'],
    ['2023-01-32', '2023-02-01'],
  ])('month or day out of range: %s is refused after %s', (fake, twin) => {
    expect(twinOf(fake)).toBe(twin);
    expect(problems([twin, fake])).toEqual([[3, messages.invalidDate(fake)]]);
  });

  it('the edges of the ranges are dates: months 01 and 12, days 01 and 31, digits 0 and 9 in every place', () => {
    expect(problems(['2023-01-01', '2023-12-31', '1999-09-09', '2000-10-10', '2009-09-29'])).toEqual([]);
    const out = countRecords(['2023-03-31', '2023-04-01', '2099-12-31'].map((when) => ({ council: 'A', when })), base).objects() as { period: string; numerator: number }[];
    const byPeriod = new Map(out.map((r) => [r.period, r.numerator]));
    expect([byPeriod.get('2022-23'), byPeriod.get('2023-24'), byPeriod.get('2099-00')]).toEqual([1, 1, 1]);
  });
});
