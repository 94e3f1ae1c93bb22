import { describe, expect, it } from 'vitest';
import { PeriodError, messages, periodOfDate } from '@cjsnsa/core';

describe('periodOfDate', () => {
  it.each([
    ['2023-03-31', 'financial-year', '2022-23'],
    ['2023-04-01', 'financial-year', '2023-24'],
    ['31/03/2023', 'financial-year', '2022-23'],
    ['01/04/2023', 'financial-year', '2023-24'],
    ['2023-01-15', 'calendar-year', '2023'],
    ['2022-04-01', 'quarter', '2022-23 Q1'],
    ['2022-06-30', 'quarter', '2022-23 Q1'],
    ['2022-07-01', 'quarter', '2022-23 Q2'],
    ['2022-12-31', 'quarter', '2022-23 Q3'],
    ['2023-01-01', 'quarter', '2022-23 Q4'],
    ['2023-03-31', 'quarter', '2022-23 Q4'],
    ['2024-02-29', 'financial-year', '2023-24'],
  ] as const)("periodOfDate('%s', '%s') gives %s", (date, kind, label) => {
    expect(periodOfDate(date, kind).label).toBe(label);
  });

  it('a Date is read by its UTC date parts', () => {
    expect(periodOfDate(new Date('2023-03-31T23:30:00Z'), 'financial-year').label).toBe('2022-23');
    expect(periodOfDate(new Date(Date.UTC(2023, 3, 1)), 'financial-year').label).toBe('2023-24');
  });

  it('an ISO date-time keeps its written date (offset ignored)', () => {
    expect(periodOfDate('2023-03-31T23:30:00-05:00', 'financial-year').label).toBe('2022-23');
  });

  it.each(['2023-02-30', '31/13/2023', 'yesterday', '', '2023/03/31'])("periodOfDate('%s') throws PeriodError", (text) => {
    expect(() => periodOfDate(text, 'financial-year')).toThrow(messages.invalidDate(text));
  });

  it('an invalid Date and an unknown kind throw PeriodError', () => {
    expect(() => periodOfDate(new Date('nope'), 'quarter')).toThrow(PeriodError);
    expect(() => periodOfDate('2023-01-01', 'month' as 'quarter')).toThrow(messages.invalidPeriodKind('month'));
  });
});
