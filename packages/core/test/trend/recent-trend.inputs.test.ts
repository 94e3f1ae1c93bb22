import { describe, expect, it } from 'vitest';
// Imported from the source folders (not '@cjsnsa/core') so these tests run while other core folders are in progress.
import { recentTrend, type TrendPoint } from '../../src/trend/index.js';
import { messages } from '../../src/messages.js';

// Period labels, the 5-point window, invalid points and the change over the period.
// [FT] ukhsa-collaboration/fingertips-open @678089724a AnalysisTest/TrendMarkerCalculatorTest.cs, data set 1
//      (Increasing, Math.Round(ChiSquare, 2) = 46.77), oldest first here.
// Label rules: DESIGN.md data model ('2022-23' financial year, '2022' calendar year) and the recentTrend
// TSDoc ('2022-23', '2022/23', '2022-2023', '2022'; annual data only, methods.md §9).
const ftSet1 = [
  { value: 24.67, lower: 23.16, upper: 26.25 },
  { value: 24.6, lower: 23.15, upper: 26.19 },
  { value: 28, lower: 26.44, upper: 29.64 },
  { value: 30.2, lower: 28.63, upper: 31.9 },
  { value: 30.6, lower: 28.98, upper: 32.25 },
];
const labelled = (label: (i: number) => string): TrendPoint[] => ftSet1.map((p, i) => ({ ...p, period: label(i) }));
const chi2dp = (r: { chiSquare: number | null }) => Math.round((r.chiSquare as number) * 100) / 100;

describe('recentTrend(points) reads annual period labels', () => {
  it.each([
    ['2014', (i: number) => String(2014 + i)],
    ['2014-15', (i: number) => `${2014 + i}-${15 + i}`],
    ['2014/15', (i: number) => `${2014 + i}/${15 + i}`],
    ['2014-2015', (i: number) => `${2014 + i}-${2015 + i}`],
    ['2014 - 15 (spaced)', (i: number) => ` ${2014 + i} - ${15 + i} `],
    ['FY2014-15', (i: number) => `FY${2014 + i}-${15 + i}`],
    ['fy2014', (i: number) => `fy${2014 + i}`],
  ])('recentTrend(labels like %s) gives the Fingertips result', (_, label) => {
    const r = recentTrend(labelled(label));
    expect(r.marker).toBe('Increasing'); // [FT]
    expect(chi2dp(r)).toBe(46.77); // [FT]
    expect(r.periods[0]).toBe(label(0));
  });

  it('recentTrend(1996-97 … 2000-01) counts 1999-00 as the year after 1998-99', () => {
    const r = recentTrend(labelled((i) => `${1996 + i}-${String((97 + i) % 100).padStart(2, '0')}`));
    expect(r.periods).toEqual(['1996-97', '1997-98', '1998-99', '1999-00', '2000-01']);
    expect(r.marker).toBe('Increasing'); // [FT]
  });

  it.each(['2014-16', '2014-2016', '2014-14', '2014/13', 'x2014', '2014x', '14-15', '2014-5', 'FY'])(
    'recentTrend(points with %s) cannot be calculated: not an annual label',
    (bad) => {
      const r = recentTrend(labelled((i) => (i === 0 ? bad : String(2015 + i))));
      expect(r).toMatchObject({ marker: 'Cannot be calculated', reason: messages.trendNotAnnual(bad), chiSquare: null, slope: null });
    },
  );

  it('recentTrend(points with a non-annual label) reports the last 5 points as given, unsorted', () => {
    const r = recentTrend([{ period: '2018', value: 1, lower: 0, upper: 2 }, ...labelled((i) => (i === 2 ? '2022-23 Q1' : String(2017 - i)))]);
    expect(r.reason).toBe(messages.trendNotAnnual('2022-23 Q1'));
    expect(r.periods).toEqual(['2017', '2016', '2022-23 Q1', '2014', '2013']);
  });

  it('recentTrend(points in any order) sorts them by year and reports the last 5', () => {
    const shuffled = labelled((i) => String(2014 + i));
    const r = recentTrend([shuffled[3], shuffled[0], shuffled[4], shuffled[2], shuffled[1]]);
    expect(r.periods).toEqual(['2014', '2015', '2016', '2017', '2018']);
    expect(chi2dp(r)).toBe(46.77); // [FT]
  });

  it('recentTrend(points) rejects a repeated year outside the last 5 too', () => {
    const series = [{ period: '2012', value: 1, lower: 0, upper: 2 }, { period: '2012', value: 1, lower: 0, upper: 2 }, ...labelled((i) => String(2014 + i))];
    expect(recentTrend(series).reason).toBe(messages.trendDuplicatePeriod('2012'));
  });

  it('recentTrend(points) needs the last 5 years to be consecutive, whatever came before', () => {
    const older = { period: '2010', value: 1, lower: 0, upper: 2 };
    expect(recentTrend([older, ...labelled((i) => String(2014 + i))]).marker).toBe('Increasing');
    const gapInside = labelled((i) => String(i < 4 ? 2014 + i : 2019));
    expect(recentTrend(gapInside).reason).toBe(messages.trendGap('2017', '2019'));
  });
});

describe('recentTrend(points) with invalid points', () => {
  const years = (i: number) => String(2014 + i);

  it('a 95% CI of zero width, or upside down, cannot be used to weight a point', () => {
    const zero = labelled(years).map((p, i) => (i === 2 ? { ...p, lower: 28, upper: 28 } : p));
    expect(recentTrend(zero).reason).toBe(messages.trendMissingInterval('2016'));
    const flipped = labelled(years).map((p, i) => (i === 4 ? { ...p, lower: 32.25, upper: 28.98 } : p));
    expect(recentTrend(flipped).reason).toBe(messages.trendMissingInterval('2018'));
    const lowerOnly = labelled(years).map((p, i) => (i === 1 ? { ...p, upper: null } : p));
    expect(recentTrend(lowerOnly).reason).toBe(messages.trendMissingInterval('2015'));
  });

  it('a value, count or limit that is not finite is missing', () => {
    const inf = labelled(years).map((p, i) => (i === 0 ? { ...p, value: Infinity } : p));
    expect(recentTrend(inf).reason).toBe(messages.trendMissingValue('2014'));
    const nanDen = labelled(years).map((p, i) => (i === 3 ? { ...p, numerator: 5, denominator: NaN } : p));
    expect(recentTrend(nanDen).reason).toBe(messages.trendMissingCounts('2017'));
    const infUpper = labelled(years).map((p, i) => (i === 3 ? { ...p, upper: Infinity } : p));
    expect(recentTrend(infUpper).reason).toBe(messages.trendMissingInterval('2017'));
  });

  it('counts are optional, but a key that is present must hold a number', () => {
    const numeratorOnly = labelled(years).map((p) => ({ ...p, numerator: 100 }));
    expect(recentTrend(numeratorOnly).marker).toBe('Increasing'); // [FT] values unchanged
    const nullDenominator = labelled(years).map((p, i) => (i === 2 ? { ...p, numerator: 100, denominator: null } : p));
    expect(recentTrend(nullDenominator).reason).toBe(messages.trendMissingCounts('2016'));
  });

  it('a count equal to its denominator blocks the trend even when the CI is fine', () => {
    // Fingertips TrendRequest.cs: any point with count = denominator blocks the trend (methods.md §9)
    const full = labelled(years).map((p, i) => ({ ...p, numerator: i === 4 ? 50 : 10, denominator: 50 }));
    expect(recentTrend(full).reason).toBe(messages.trendCountEqualsDenominator('2018'));
  });

  it('measure "proportion", "rate" and "dsr" are tested; "count" is not', () => {
    for (const measure of ['proportion', 'rate', 'dsr'] as const) expect(recentTrend(labelled(years), { measure }).marker).toBe('Increasing');
    const r = recentTrend(labelled(years), { measure: 'count' });
    expect(r).toMatchObject({ marker: 'Cannot be calculated', reason: messages.trendMeasureNotSupported('count') });
    expect(r.periods).toEqual(['2014', '2015', '2016', '2017', '2018']);
  });
});

describe('recentTrend(points).change', () => {
  const years = (i: number) => String(2014 + i);
  const withValues = (values: (number | null)[]) =>
    values.map((value, i) => ({ period: years(i), value, lower: value === null ? null : value - 1, upper: value === null ? null : value + 1 }));

  it('is the change from the first to the last of the 5 points, in units and % of the first', () => {
    const r = recentTrend(withValues([20, 21, 22, 23, 25]));
    expect(r.change).toEqual({ from: 20, to: 25, absolute: 5, percent: 25 }); // (25 − 20) / 20 = 25%
  });

  it('measures the % change against the size of a negative first value', () => {
    const r = recentTrend(withValues([-10, -9, -8, -7, -5]));
    expect(r.change).toEqual({ from: -10, to: -5, absolute: 5, percent: 50 }); // 5 / |−10| = 50%
  });

  it('has no % change from zero', () => {
    const r = recentTrend(withValues([0, 1, 2, 3, 4]));
    expect(r.change).toEqual({ from: 0, to: 4, absolute: 4, percent: null });
  });

  it('is null where the first or last value is missing, and still reported when the trend cannot be calculated', () => {
    const noFirst = recentTrend(withValues([null, 1, 2, 3, 4]));
    expect(noFirst.marker).toBe('Cannot be calculated');
    expect(noFirst.change).toEqual({ from: null, to: 4, absolute: null, percent: null });
    const noLast = recentTrend(withValues([1, 2, 3, 4, null]));
    expect(noLast.change).toEqual({ from: 1, to: null, absolute: null, percent: null });
    const tooFew = recentTrend(withValues([1, 2, 4]));
    expect(tooFew.change).toEqual({ from: 1, to: 4, absolute: 3, percent: 300 });
    expect(tooFew.periods).toEqual(['2014', '2015', '2016']);
  });

  it('is empty for an empty series', () => {
    const r = recentTrend([]);
    expect(r).toMatchObject({ marker: 'Cannot be calculated', reason: messages.trendTooFewPoints(0), periods: [] });
    expect(r.change).toEqual({ from: null, to: null, absolute: null, percent: null });
  });
});
