import { describe, expect, it } from 'vitest';
import { PeriodError, comparePeriods, financialYear, lastPeriods, messages, periodRange, sortPeriods } from '@cjsnsa/core';

describe('ordering periods', () => {
  it("comparePeriods('2021-22', '2022/23') is negative", () => {
    expect(comparePeriods('2021-22', '2022/23')).toBeLessThan(0);
    expect(comparePeriods('2022/23', '2022-2023')).toBe(0);
    expect(comparePeriods('2022-23 Q1', '2021-22 Q4')).toBeGreaterThan(0);
  });

  it('comparePeriods rejects mixed kinds', () => {
    expect(() => comparePeriods('2022', '2022-23')).toThrow(messages.mixedPeriodKinds('2022', '2022-23'));
  });

  it('sortPeriods gives canonical labels in time order, keeping duplicates', () => {
    expect(sortPeriods(['2023-24', '2021/22', '2022-2023', '2021-22'])).toEqual(['2021-22', '2021-22', '2022-23', '2023-24']);
    expect(sortPeriods(['2022-23 Q4', 'Q1 2023/24', '2022-23 Q3'])).toEqual(['2022-23 Q3', '2022-23 Q4', '2023-24 Q1']);
    expect(sortPeriods([])).toEqual([]);
  });

  it('sortPeriods rejects mixed kinds and bad labels', () => {
    expect(() => sortPeriods(['2022-23', '2023'])).toThrow(messages.mixedPeriodKinds('2022-23', '2023'));
    expect(() => sortPeriods(['2022-23', '22-23'])).toThrow(PeriodError);
  });

  it("periodRange('2019-20', '2022/23') lists four financial years", () => {
    expect(periodRange('2019-20', '2022/23')).toEqual(['2019-20', '2020-21', '2021-22', '2022-23']);
    expect(periodRange('2022-23 Q3', '2023-24 Q1')).toEqual(['2022-23 Q3', '2022-23 Q4', '2023-24 Q1']);
    expect(periodRange('2020', '2020')).toEqual(['2020']);
  });

  it('periodRange rejects a backward range and mixed kinds', () => {
    expect(() => periodRange('2022-23', '2019-20')).toThrow(messages.periodRangeReversed('2022-23', '2019-20'));
    expect(() => periodRange('2019', '2022-23')).toThrow(PeriodError);
  });

  it('lastPeriods(labels, 3) gives the latest three distinct periods, earliest first', () => {
    expect(lastPeriods(['2019-20', '2023-24', '2021-22', '2023-24', '2022-23'], 3)).toEqual(['2021-22', '2022-23', '2023-24']);
    expect(lastPeriods(['2022-23'], 5)).toEqual(['2022-23']);
  });

  it('lastPeriods rejects n below 1 or fractional', () => {
    expect(() => lastPeriods(['2022-23'], 0)).toThrow(messages.invalidPeriodCount(0));
    expect(() => lastPeriods(['2022-23'], 1.5)).toThrow(PeriodError);
  });

  it('financialYear(2022) is 2022-23', () => {
    expect(financialYear(2022).label).toBe('2022-23');
    expect(financialYear(1999).label).toBe('1999-00');
    expect(() => financialYear(2022.5)).toThrow(PeriodError);
  });
});
