import { describe, expect, it } from 'vitest';
import { PeriodError, formatPeriod, messages, parsePeriod } from '@cjsnsa/core';

describe('parsePeriod', () => {
  it.each([
    ['2022-23', '2022-23'],
    ['2022/23', '2022-23'],
    ['2022-2023', '2022-23'],
    ['2022/2023', '2022-23'],
    ['FY2022/23', '2022-23'],
    ['FY 2022-23', '2022-23'],
    ['fy2022-23', '2022-23'],
    [' 2022 - 23 ', '2022-23'],
    ['1999-00', '1999-00'],
    ['1999-2000', '1999-00'],
  ])("parsePeriod('%s') gives financial year %s", (text, label) => {
    const p = parsePeriod(text);
    expect(p.label).toBe(label);
    expect(p.kind).toBe('financial-year');
  });

  it("parsePeriod('2022/23') gives start 2022-04-01 and end 2023-03-31", () => {
    expect(parsePeriod('2022/23')).toEqual({ kind: 'financial-year', label: '2022-23', year: 2022, quarter: null, start: '2022-04-01', end: '2023-03-31' });
  });

  it("parsePeriod('2022') gives the calendar year", () => {
    expect(parsePeriod('2022')).toEqual({ kind: 'calendar-year', label: '2022', year: 2022, quarter: null, start: '2022-01-01', end: '2022-12-31' });
  });

  it.each([
    ['2022-23 Q3', '2022-23 Q3'],
    ['2022/23 Q3', '2022-23 Q3'],
    ['Q3 2022-23', '2022-23 Q3'],
    ['Q3 2022/23', '2022-23 Q3'],
    ['q3 2022/2023', '2022-23 Q3'],
  ])("parsePeriod('%s') gives quarter %s", (text, label) => {
    expect(parsePeriod(text).label).toBe(label);
    expect(parsePeriod(text).kind).toBe('quarter');
  });

  it('financial-year quarters run Q1 April–June to Q4 January–March', () => {
    expect([1, 2, 3, 4].map((q) => [parsePeriod(`2022-23 Q${q}`).start, parsePeriod(`2022-23 Q${q}`).end])).toEqual([
      ['2022-04-01', '2022-06-30'],
      ['2022-07-01', '2022-09-30'],
      ['2022-10-01', '2022-12-31'],
      ['2023-01-01', '2023-03-31'],
    ]);
  });

  it.each([
    ['2022-24', messages.invalidFinancialYear('2022-24')],
    ['2022/2024', messages.invalidFinancialYear('2022/2024')],
    ['22-23', messages.invalidPeriod('22-23')],
    ['2022 Q5', messages.invalidPeriod('2022 Q5')],
    ['2022 Q3', messages.invalidPeriod('2022 Q3')],
    ['2022-23 Q5', messages.invalidQuarter('2022-23 Q5')],
    ['Q0 2022-23', messages.invalidQuarter('Q0 2022-23')],
    ['', messages.invalidPeriod('')],
    ['FY2022', messages.invalidPeriod('FY2022')],
    ['2022-23-24', messages.invalidPeriod('2022-23-24')],
  ])("parsePeriod('%s') throws PeriodError naming the text", (text, message) => {
    expect(() => parsePeriod(text)).toThrow(PeriodError);
    expect(() => parsePeriod(text)).toThrow(message);
    try {
      parsePeriod(text);
    } catch (e) {
      expect((e as PeriodError).text).toBe(text);
    }
  });

  it('parsePeriod(a non-string) throws PeriodError', () => {
    expect(() => parsePeriod(2022 as unknown as string)).toThrow(messages.invalidPeriod(2022));
  });

  it('formatPeriod gives canonical labels', () => {
    expect(formatPeriod('2022/2023')).toBe('2022-23');
    expect(formatPeriod(parsePeriod('Q1 2023/24'))).toBe('2023-24 Q1');
  });
});
