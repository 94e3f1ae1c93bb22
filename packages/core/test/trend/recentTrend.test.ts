import { describe, expect, it } from 'vitest';
// Imported from the source folders (not '@cjsnsa/core') so these tests run while other core folders are in progress.
import { recentTrend, type TrendPoint } from '../../src/trend/index.js';
import { messages } from '../../src/messages.js';
import { references as R } from '../fixtures/references.js';

// Sources:
//  [FT]  ukhsa-collaboration/fingertips-open @678089724a PholioVisualisationWS/AnalysisTest/TrendMarkerCalculatorTest.cs
//        (GetTrendData_Set1: IsSignificant, Math.Round(ChiSquare, 2) == 46.77; Set2: not significant;
//         GetTrendDataForProportion_Set2: CannotBeCalculated). Inputs copied as the peer gives them (Set1 newest first).
//  [FTN] dhsc-govuk/FingertipsNext trend-analysis/TrendAnalysisApp.UnitTests/Legacy/TrendMarkerCalculatorTests.cs
//        (diabetes QOF prevalence: Increasing; Yorkshire MMR: Decreasing; diabetic eye disease crude rate: Increasing)
//  [SCRIPT] scripts/references/core_references.py -> test/fixtures/references.json, recentTrend 'fingertips Set1':
//        the weighted-regression χ² on the [FT] Set1 inputs, unrounded (46.7653; the methods note §9 quotes the same).

const ftSet1: TrendPoint[] = [
  { numerator: 1367, denominator: 44701, value: 30.6, lower: 28.98, upper: 32.25, period: '2018' },
  { numerator: 1332, denominator: 44064, value: 30.2, lower: 28.63, upper: 31.9, period: '2017' },
  { numerator: 1199, denominator: 42811, value: 28, lower: 26.44, upper: 29.64, period: '2016' },
  { numerator: 1023, denominator: 41527, value: 24.6, lower: 23.15, upper: 26.19, period: '2015' },
  { numerator: 994, denominator: 40299, value: 24.67, lower: 23.16, upper: 26.25, period: '2014' },
];

const ftSet2: TrendPoint[] = [
  { numerator: 209, denominator: 1017, value: 20.5506, lower: 18.1803, upper: 23.1427, period: '2014' },
  { numerator: 213, denominator: 1087, value: 19.5952, lower: 17.3444, upper: 22.0602, period: '2015' },
  { numerator: 213, denominator: 1119, value: 19.0349, lower: 16.8421, upper: 21.4394, period: '2016' },
  { numerator: 239, denominator: 1117, value: 21.3966, lower: 19.0918, upper: 23.8975, period: '2017' },
  { numerator: 210, denominator: 1139, value: 18.4372, lower: 16.2925, upper: 20.7941, period: '2018' },
];

describe('recentTrend(points, options)', () => {
  it('reproduces the Fingertips weighted-regression test (chi-square 46.77, Increasing)', () => {
    const r = recentTrend(ftSet1);
    expect(r.marker).toBe('Increasing');
    expect(r.reason).toBeNull();
    expect(Math.round((r.chiSquare as number) * 100) / 100).toBe(46.77); // [FT] rounded to 2 dp
    const ref = R.recentTrend['fingertips Set1'];
    expect(Math.abs((r.chiSquare as number) - ref.chiSquare)).toBeLessThan(1e-9 * ref.chiSquare); // [SCRIPT] 46.7653
    expect(Math.abs((r.slope as number) - ref.slope)).toBeLessThan(1e-9 * Math.abs(ref.slope)); // [SCRIPT]
    expect(r.slope).toBeGreaterThan(0);
    expect(r.periods).toEqual(['2014', '2015', '2016', '2017', '2018']);
    // change over the period, from the [FT] values 24.67 -> 30.6
    expect(r.change.from).toBe(24.67);
    expect(r.change.to).toBe(30.6);
    // [SCRIPT] recentTrendChange, exact rationals; [H] 30.6 − 24.67 = 5.93, 5.93 / 24.67 × 100 = 24.04%
    expect(r.change.absolute).toBeCloseTo(R.recentTrendChange['fingertips Set1'].absolute, 10);
    expect(r.change.percent).toBeCloseTo(R.recentTrendChange['fingertips Set1'].percent, 10);
  });

  it('reads direction from polarity', () => {
    expect(recentTrend(ftSet1, { polarity: 'low-is-good' }).direction).toBe('getting worse');
    expect(recentTrend(ftSet1, { polarity: 'high-is-good' }).direction).toBe('getting better');
    expect(recentTrend(ftSet1, { polarity: 'no-judgement' }).direction).toBeNull();
  });

  it('gives No significant change for Fingertips data set 2', () => {
    const r = recentTrend(ftSet2, { measure: 'proportion', polarity: 'high-is-good' });
    expect(r.marker).toBe('No significant change'); // [FT] IsSignificant false
    expect(r.direction).toBeNull();
    expect(r.chiSquare).not.toBeNull();
  });

  it('cannot be calculated when a count equals its denominator (Fingertips proportion set 2)', () => {
    const set: TrendPoint[] = [
      { numerator: 5, denominator: 5, value: 100, lower: 0, upper: 0, period: '2012' },
      { numerator: 3, denominator: 5, value: 60, lower: 0, upper: 0, period: '2013' },
      { numerator: 1, denominator: 5, value: 20, lower: 0, upper: 0, period: '2014' },
      { numerator: 1, denominator: 4, value: 25, lower: 0, upper: 0, period: '2015' },
      { numerator: 2, denominator: 4, value: 50, lower: 0, upper: 0, period: '2016' },
    ];
    const r = recentTrend(set, { measure: 'proportion' });
    expect(r.marker).toBe('Cannot be calculated'); // [FT] TrendMarker.CannotBeCalculated
    expect(r.reason).toBe(messages.trendCountEqualsDenominator('2012'));
    expect(r.chiSquare).toBeNull();
  });

  it('agrees with the FingertipsNext legacy-calculator markers', () => {
    // [FTN] diabetic eye disease (crude rate per 100,000): Increasing
    const eye: TrendPoint[] = [
      { numerator: 1502, denominator: 49866388, value: 3.0121, lower: 2.8616, upper: 3.1683, period: '2024' },
      { numerator: 1415, denominator: 49300918, value: 2.8701, lower: 2.7225, upper: 3.0237, period: '2023' },
      { numerator: 1344, denominator: 48753376, value: 2.7567, lower: 2.6113, upper: 2.9082, period: '2022' },
      { numerator: 935, denominator: 48440507, value: 1.93028, lower: 1.8085, upper: 2.058, period: '2021' },
      { numerator: 1416, denominator: 48246126, value: 2.935, lower: 2.7841, upper: 3.0919, period: '2020' },
    ];
    expect(recentTrend(eye, { measure: 'rate' }).marker).toBe('Increasing');
    // [FTN] Yorkshire MMR one dose (proportion %): Decreasing
    const mmr: TrendPoint[] = [
      { numerator: 53185, denominator: 59028, value: 90.1013, lower: 89.8578, upper: 90.3396, period: '2024' },
      { numerator: 51767, denominator: 57508, value: 90.017, lower: 89.7694, upper: 90.2594, period: '2023' },
      { numerator: 53681, denominator: 59074, value: 90.8708, lower: 90.6358, upper: 91.1004, period: '2022' },
      { numerator: 55865, denominator: 60511, value: 92.3221, lower: 92.1072, upper: 92.5315, period: '2021' },
      { numerator: 57274, denominator: 61834, value: 92.6254, lower: 92.4168, upper: 92.8288, period: '2020' },
    ];
    const m = recentTrend(mmr, { measure: 'proportion', polarity: 'high-is-good' });
    expect(m.marker).toBe('Decreasing');
    expect(m.direction).toBe('getting worse');
    // [FTN] diabetes QOF prevalence (proportion %): Increasing
    const diabetes: TrendPoint[] = [
      { numerator: 3938080, denominator: 51441896, value: 7.6554, lower: 7.6481, upper: 7.6669, period: '2024' },
      { numerator: 3774801, denominator: 50649129, value: 7.4528, lower: 7.4456, upper: 7.4643, period: '2023' },
      { numerator: 3625401, denominator: 49956777, value: 7.2571, lower: 7.2499, upper: 7.2684, period: '2022' },
      { numerator: 3491868, denominator: 49122259, value: 7.1085, lower: 7.1013, upper: 7.1199, period: '2021' },
      { numerator: 3455176, denominator: 48783947, value: 7.0826, lower: 7.0754, upper: 7.094, period: '2020' },
    ];
    expect(recentTrend(diabetes, { measure: 'proportion' }).marker).toBe('Increasing');
  });

  it('reports a missing CI instead of a silent no-change (deliberate difference from FingertipsNext)', () => {
    // [FTN] GP registered population 65+ has no CIs and FingertipsNext returns NoChange; methods.md §14 calls this a pitfall.
    const gp: TrendPoint[] = [
      { numerator: 11246440, denominator: 63227624, value: 17.7872, lower: null, upper: null, period: '2024' },
      { numerator: 11034431, denominator: 62418295, value: 17.6782, lower: null, upper: null, period: '2023' },
      { numerator: 10851467, denominator: 61625745, value: 17.6087, lower: null, upper: null, period: '2022' },
      { numerator: 10547929, denominator: 60744002, value: 17.3646, lower: null, upper: null, period: '2021' },
      { numerator: 10588957, denominator: 60458658, value: 17.5144, lower: null, upper: null, period: '2020' },
    ];
    const r = recentTrend(gp, { measure: 'proportion' });
    expect(r.marker).toBe('Cannot be calculated');
    expect(r.reason).toBe(messages.trendMissingInterval('2020'));
  });

  it('uses only the last 5 annual points and accepts financial-year labels', () => {
    const fy = ftSet1.map((p) => ({ ...p, period: `${p.period}-${String(Number(p.period.slice(2)) + 1).padStart(2, '0')}` }));
    const older = { period: '2012-13', value: null, lower: null, upper: null };
    const r = recentTrend([older, ...fy]);
    expect(r.marker).toBe('Increasing');
    expect(r.periods).toEqual(['2014-15', '2015-16', '2016-17', '2017-18', '2018-19']);
    expect(Math.round((r.chiSquare as number) * 100) / 100).toBe(46.77);
  });

  it('cannot be calculated with fewer than 5 points, a gap, a missing value, quarters or counts', () => {
    expect(recentTrend(ftSet1.slice(0, 4)).reason).toBe(messages.trendTooFewPoints(4));
    const gap = ftSet1.map((p) => (p.period === '2014' ? { ...p, period: '2012' } : p));
    expect(recentTrend(gap).reason).toBe(messages.trendGap('2012', '2015'));
    const missing = ftSet1.map((p) => (p.period === '2016' ? { ...p, value: null } : p));
    expect(recentTrend(missing)).toMatchObject({ marker: 'Cannot be calculated', reason: messages.trendMissingValue('2016'), slope: null });
    const nullCount = ftSet1.map((p) => (p.period === '2017' ? { ...p, numerator: null } : p));
    expect(recentTrend(nullCount).reason).toBe(messages.trendMissingCounts('2017'));
    const quarters = ftSet1.map((p, i) => ({ ...p, period: `2022-23 Q${i + 1}` }));
    expect(recentTrend(quarters).reason).toBe(messages.trendNotAnnual('2022-23 Q1'));
    expect(recentTrend(ftSet1, { measure: 'count' }).reason).toBe(messages.trendMeasureNotSupported('count'));
    const dup = ftSet1.map((p) => (p.period === '2014' ? { ...p, period: '2015' } : p));
    expect(recentTrend(dup).reason).toBe(messages.trendDuplicatePeriod('2015'));
  });
});
