import { describe, expect, it } from 'vitest';
import { recentTrend, type TrendPoint } from '../../src/trend/index.js';
import { messages } from '../../src/messages.js';
import { references as R } from '../fixtures/references.js';

// Sources:
//  [FT]  ukhsa-collaboration/fingertips-open PholioVisualisationWS/AnalysisTest/TrendMarkerCalculatorTest.cs,
//        GetTrendData_Set1 (IsSignificant, Math.Round(ChiSquare, 2) == 46.77), the five points labelled here as quarters:
//        the test weighs points by their order only, so five consecutive quarters give the published result.
//  [SCRIPT] scripts/references/core_references.py -> test/fixtures/references.json, recentTrend 'fingertips Set1'.

const ftSet1 = [
  { numerator: 994, denominator: 40299, value: 24.67, lower: 23.16, upper: 26.25 },
  { numerator: 1023, denominator: 41527, value: 24.6, lower: 23.15, upper: 26.19 },
  { numerator: 1199, denominator: 42811, value: 28, lower: 26.44, upper: 29.64 },
  { numerator: 1332, denominator: 44064, value: 30.2, lower: 28.63, upper: 31.9 },
  { numerator: 1367, denominator: 44701, value: 30.6, lower: 28.98, upper: 32.25 },
];
const labelled = (labels: string[]): TrendPoint[] => ftSet1.map((p, i) => ({ ...p, period: labels[i]! }));

describe('recentTrend(quarterly points)', () => {
  it('tests 5 consecutive financial-year quarters as Fingertips tests 5 years, across the turn of the year', () => {
    const r = recentTrend(labelled(['2022-23 Q3', '2022-23 Q4', '2023-24 Q1', '2023-24 Q2', '2023-24 Q3']), { polarity: 'low-is-good' });
    expect(r.marker).toBe('Increasing');
    expect(r.direction).toBe('getting worse');
    expect(Math.round((r.chiSquare as number) * 100) / 100).toBe(46.77); // [FT]
    expect(Math.abs((r.chiSquare as number) - R.recentTrend['fingertips Set1'].chiSquare)).toBeLessThan(1e-9 * 47); // [SCRIPT]
    expect(r.periods).toEqual(['2022-23 Q3', '2022-23 Q4', '2023-24 Q1', '2023-24 Q2', '2023-24 Q3']);
  });

  it('uses the last 5 of a longer quarterly series, in quarter order whatever the input order', () => {
    const early = { numerator: 1, denominator: 100, value: 1, lower: 0.2, upper: 5.4, period: '2021-22 Q4' };
    const pts = labelled(['2022-23 Q1', '2022-23 Q2', '2022-23 Q3', '2022-23 Q4', '2023-24 Q1']);
    const r = recentTrend([pts[4]!, early, pts[2]!, pts[0]!, pts[3]!, pts[1]!]);
    expect(r.periods).toEqual(['2022-23 Q1', '2022-23 Q2', '2022-23 Q3', '2022-23 Q4', '2023-24 Q1']);
    expect(Math.round((r.chiSquare as number) * 100) / 100).toBe(46.77); // [FT]
  });

  it('cannot be calculated over a missing quarter, or with years and quarters mixed', () => {
    const gap = recentTrend(labelled(['2022-23 Q1', '2022-23 Q2', '2022-23 Q4', '2023-24 Q1', '2023-24 Q2']));
    expect(gap.reason).toBe(messages.trendGap('2022-23 Q2', '2022-23 Q4'));
    const mixed = recentTrend(labelled(['2021-22', '2022-23 Q2', '2022-23 Q3', '2022-23 Q4', '2023-24 Q1']));
    expect(mixed.reason).toBe(messages.trendNotAnnual('2022-23 Q2'));
    const notFinancial = recentTrend(labelled(['2022-24 Q1', '2022-23 Q2', '2022-23 Q3', '2022-23 Q4', '2023-24 Q1']));
    expect(notFinancial.marker).toBe('Cannot be calculated');
  });
});
