import { describe, expect, it } from 'vitest';
// Imported from the source folders (not '@cjsnsa/core') so these tests run while other core folders are in progress.
import { recentTrend, TREND_CHI_SQUARE_THRESHOLD, type TrendPoint } from '../../src/trend/index.js';
import { references } from '../fixtures/references.js';

const B = references.recentTrendBoundaries;

// Boundaries of the Fingertips recent-trend test (methods.md §9). Sources:
//  [FTN] dhsc-govuk/FingertipsNext trend-analysis/TrendAnalysisApp/Calculator/Legacy/TrendMarkerCalculator.cs:
//        ChiSquareConfidence = 9.54953570608324, significant when `_chi2 > ChiSquareConfidence` (strictly)
//        and the 6 slopes (all points, then each point left out) share a sign.
//  [T]   Standard tables: z(0.999) = 3.090232 (one-sided 0.1% point of the normal), so the 99.8% point of
//        χ² with 1 df is z² = 9.5495 (χ²₁ tables print 9.550).
//  [H]   Worked by hand. Every series below gives all 5 points the same CI width W, so the weights are
//        equal: w = (3.92 / W)². With t = 1..5: Σw = 5w, Σwt = 15w, Σwt² = 55w, so
//        Σw·Σwt² − (Σwt)² = 50w², the weighted slope is the ordinary least-squares slope
//        b = Σ(t − 3)·y / 10, SE(b)² = 5w / 50w² = 1 / (10w) and χ² = 10·w·b².
//        With W = 3.92 (w = 1) a straight line of slope b gives χ² = 10b².
//  [SCRIPT] scripts/references/core_references.py, recentTrendBoundaries: the same χ² and slopes computed by the
//        weighted regression in numpy (not from the closed forms above), and chi2.ppf(0.998, 1); the tests
//        compare with these, the [H] working stays as the explanation. recentTrendLeaveOneOut: the leave-one-out
//        cases' slopes, χ² and refitted slopes, in exact rationals. recentTrendExtraBoundaries: the flat series
//        (slope and χ² 0, exact rationals), the line of slope −0.9772, and the two lines whose CI width is set to
//        give χ² = 9.54952 and 9.54955. zQuantile['0.998']: z(0.999) by scipy, for the [T] check.
//  Left as typed: 9.54953570608324 ([FTN]'s constant, quoted from its source), the inputs (slopes, widths, the
//  χ² values 9.54952 and 9.54955 that set a width), markers and directions.
const E = references.recentTrendExtraBoundaries;

/** Five annual points 2019..2023 with the given values and CI widths (one for all, default 3.92 so SE = 1, or one each). */
function series(values: readonly number[], width: number | readonly number[] = 3.92): TrendPoint[] {
  const widthOf = (i: number) => (typeof width === 'number' ? width : width[i]);
  return values.map((value, i) => ({ period: String(2019 + i), value, lower: value - widthOf(i) / 2, upper: value + widthOf(i) / 2 }));
}

/** A straight line 20 + b·t, t = 1..5. */
function line(b: number, width?: number): TrendPoint[] {
  return series([1, 2, 3, 4, 5].map((t) => 20 + b * t), width);
}

describe('recentTrend(points) at the χ² critical value', () => {
  it('TREND_CHI_SQUARE_THRESHOLD is the 99.8% point of χ² with 1 df', () => {
    expect(TREND_CHI_SQUARE_THRESHOLD).toBe(9.54953570608324); // [FTN] ChiSquareConfidence, to the digit
    expect(TREND_CHI_SQUARE_THRESHOLD).toBeCloseTo(references.zQuantile['0.998'] ** 2, 12); // [SCRIPT] z(0.999)²; [T] 3.090232² = 9.5495
    expect(Math.abs(TREND_CHI_SQUARE_THRESHOLD - B['chi2 1df 99.8%'])).toBeLessThan(1e-12); // [SCRIPT] chi2.ppf(0.998, 1)
  });

  it('recentTrend(line of slope 0.9773) is Increasing: χ² = 9.5511529 is just above 9.5495', () => {
    const r = recentTrend(line(0.9773));
    expect(r.chiSquare).toBeCloseTo(B['slope 0.9773 width 3.92'].chiSquare, 9); // [SCRIPT]; [H] 10 × 0.9773² = 9.5511529
    expect(r.slope).toBeCloseTo(B['slope 0.9773 width 3.92'].slope, 12); // [SCRIPT] 0.9773
    expect(r.marker).toBe('Increasing'); // [FTN] 9.5511529 > 9.54953570608324
    expect(r.direction).toBeNull(); // no polarity given: no judgement
  });

  it('recentTrend(line of slope 0.9772) is No significant change: χ² = 9.5491984 is just below 9.5495', () => {
    const r = recentTrend(line(0.9772));
    expect(r.chiSquare).toBeCloseTo(B['slope 0.9772 width 3.92'].chiSquare, 9); // [SCRIPT]; [H] 10 × 0.9772² = 9.5491984
    expect(r.marker).toBe('No significant change'); // [FTN] 9.5491984 < 9.54953570608324
    expect(r.direction).toBeNull();
  });

  it('recentTrend(line of slope −0.9773) is Decreasing, and of slope −0.9772 not significant', () => {
    const down = recentTrend(line(-0.9773), { polarity: 'low-is-good' });
    expect(down.chiSquare).toBeCloseTo(B['slope -0.9773 width 3.92'].chiSquare, 9); // [SCRIPT]
    expect(down.slope).toBeCloseTo(B['slope -0.9773 width 3.92'].slope, 12); // [SCRIPT]
    expect(down).toMatchObject({ marker: 'Decreasing', direction: 'getting better' });
    const up = recentTrend(line(-0.9772));
    expect(up.chiSquare).toBeCloseTo(E['slope -0.9772 width 3.92'].chiSquare, 9); // [SCRIPT]; [H] 10 × 0.9772² = 9.5491984
    expect(up.marker).toBe('No significant change');
  });

  it('recentTrend(points) compares with the exact 9.549536, not the rounded 9.5495', () => {
    // [H] slope 1 and width W = 3.92·√(10/χ²) give exactly that χ², so χ² can sit between 9.5495 and 9.549536.
    const at = (chiSquare: number) => recentTrend(line(1, 3.92 * Math.sqrt(10 / chiSquare)));
    const between = at(9.54952);
    expect(between.chiSquare).toBeCloseTo(E['slope 1 chi2 9.54952'].chiSquare, 9); // [SCRIPT] 9.54952
    expect(between.marker).toBe('No significant change'); // [FTN] 9.54952 < 9.54953570608324
    const above = at(9.54955);
    expect(above.chiSquare).toBeCloseTo(E['slope 1 chi2 9.54955'].chiSquare, 9); // [SCRIPT] 9.54955
    expect(above.marker).toBe('Increasing'); // [FTN] 9.54955 > 9.54953570608324
  });

  it('recentTrend(points) weights each point by 1/SE² with SE = CI width / 3.92', () => {
    // [H] W = 7.84: SE = 2, w = 1/4, χ² = 10 × b² / 4 = 2.5 b².
    const above = recentTrend(line(1.9545, 7.84));
    expect(above.chiSquare).toBeCloseTo(B['slope 1.9545 width 7.84'].chiSquare, 9); // [SCRIPT]; [H] 2.5 × 1.9545² = 9.550175625
    expect(above.marker).toBe('Increasing');
    const below = recentTrend(line(1.9544, 7.84));
    expect(below.chiSquare).toBeCloseTo(B['slope 1.9544 width 7.84'].chiSquare, 9); // [SCRIPT]; [H] 2.5 × 1.9544² = 9.5491984
    expect(below.marker).toBe('No significant change');
  });

  it('recentTrend(flat series) has slope 0 and χ² 0', () => {
    const r = recentTrend(series([7, 7, 7, 7, 7]));
    const flat = E['flat 7 width 3.92'];
    // [SCRIPT] 0 and 0; [H] every point equals the mean, so Σ(t − 3)·y = 7·Σ(t − 3) = 0
    expect(r).toMatchObject({ marker: 'No significant change', slope: flat.slope, chiSquare: flat.chiSquare, direction: null });
  });
});

describe('recentTrend(points) leave-one-out sign check', () => {
  // [SCRIPT] core_references.py, recentTrendLeaveOneOut: each series' slope and χ², and the 5 slopes refitted with
  // one point left out (t = 1..5 in turn, keeping the weights of the points kept), in exact rationals. The
  // marker follows from them by [FTN]'s rule (χ² above 9.5495 and the 6 slopes of one sign). The [H] working
  // beside each case shows why the sign is plain.
  const L = references.recentTrendLeaveOneOut;
  const signs = (key: string): number[] => (L[key].leaveOneOut as number[]).map(Math.sign);

  it('is No significant change when leaving out the last point turns a rise into a fall', () => {
    // [H] y = 1, 0.9, 0.8, 0.7, 10: b = (−2·1 − 0.9 + 0.7 + 2·10) / 10 = 1.78, χ² = 10 × 1.78² = 31.684 (well
    // above 9.5495); without the last point the slope over t = 1..4 is −0.1. [FTN]: slopes differ in sign.
    const key = 'y 1,0.9,0.8,0.7,10 widths 3.92,3.92,3.92,3.92,3.92';
    expect(signs(key)).toEqual([1, 1, 1, 1, -1]); // [SCRIPT] only leaving out t = 5 turns the slope negative
    const r = recentTrend(series([1, 0.9, 0.8, 0.7, 10]));
    expect(r.slope).toBeCloseTo(L[key].slope, 12); // [SCRIPT] 1.78
    expect(r.chiSquare).toBeCloseTo(L[key].chiSquare, 9); // [SCRIPT] 31.684
    expect(r.marker).toBe('No significant change');
    expect(r.direction).toBeNull();
  });

  it('is No significant change when leaving out the first point turns a fall into a rise', () => {
    // [H] y = 10, 0.7, 0.8, 0.9, 1: b = (−2·10 − 0.7 + 0.9 + 2·1) / 10 = −1.78, χ² = 31.684; without the
    // first point the slope is +0.1.
    const key = 'y 10,0.7,0.8,0.9,1 widths 3.92,3.92,3.92,3.92,3.92';
    expect(signs(key)).toEqual([1, -1, -1, -1, -1]); // [SCRIPT] only leaving out t = 1 turns the slope positive
    const r = recentTrend(series([10, 0.7, 0.8, 0.9, 1]), { polarity: 'high-is-good' });
    expect(r.slope).toBeCloseTo(L[key].slope, 12); // [SCRIPT] −1.78
    expect(r.chiSquare).toBeCloseTo(L[key].chiSquare, 9); // [SCRIPT] 31.684
    expect(r.marker).toBe('No significant change');
  });

  it('is No significant change when leaving out the second point flips the sign', () => {
    // [H] y = 0, 10, 1, 2, 3: b = (−2·0 − 10 + 0 + 2 + 2·3) / 10 = −0.2; with W = 0.392 (w = 100)
    // χ² = 10 × 100 × 0.04 = 40. Without t = 2: t = 1, 3, 4, 5 (mean 3.25) and y = 0, 1, 2, 3 give
    // Σ(t − 3.25)·y = −0.25 + 1.5 + 5.25 = 6.5 > 0, so the slope turns positive.
    const key = 'y 0,10,1,2,3 widths 0.392,0.392,0.392,0.392,0.392';
    expect(signs(key)).toEqual([-1, 1, -1, -1, -1]); // [SCRIPT] only leaving out t = 2 turns the slope positive
    const r = recentTrend(series([0, 10, 1, 2, 3], 0.392));
    expect(r.slope).toBeCloseTo(L[key].slope, 12); // [SCRIPT] −0.2
    expect(r.chiSquare).toBeCloseTo(L[key].chiSquare, 6); // [SCRIPT] 40
    expect(r.marker).toBe('No significant change');
  });

  it('keeps the trend when every leave-one-out slope has the sign of the full slope', () => {
    // [H] y = 1, 2, 3, 4, 10: b = (−2 − 2 + 0 + 4 + 20) / 10 = 2, χ² = 40; leaving out any point leaves a
    // strictly increasing series, whose least-squares slope is positive.
    const key = 'y 1,2,3,4,10 widths 3.92,3.92,3.92,3.92,3.92';
    expect(signs(key)).toEqual([1, 1, 1, 1, 1]); // [SCRIPT]
    const r = recentTrend(series([1, 2, 3, 4, 10]), { polarity: 'high-is-good' });
    expect(r.slope).toBeCloseTo(L[key].slope, 12); // [SCRIPT] 2
    expect(r.chiSquare).toBeCloseTo(L[key].chiSquare, 9); // [SCRIPT] 40
    expect(r).toMatchObject({ marker: 'Increasing', direction: 'getting better' });
  });

  it('refits each leave-one-out slope with the weights of the points it keeps', () => {
    // [H] y = 0, 0, 1, 1, 0 with widths 0.392 × 4 and 3.92: w = 100, 100, 100, 100, 1.
    // Σw = 401, Σwt = 1005, Σwt² = 3025, Σwy = 200, Σwty = 700, so Σw·Σwt² − (Σwt)² = 203000,
    // b = (401·700 − 1005·200) / 203000 = 79700 / 203000 = 0.39261 and χ² = 79700² / (203000 · 401) = 78.03.
    // Leaving out t = 1: Σw = 301, Σwt = 905, Σwt² = 2925, Σwy = 200, Σwty = 700, slope = 29700 / 61400 > 0;
    // the other four refits are 0.3498, 0.3499, 0.4738 and 0.4 — all positive, so the rise stands.
    // (Refitting without t = 1 but with the weights of t = 1..4 would give a slope of 0, and no trend.)
    const key = 'y 0,0,1,1,0 widths 0.392,0.392,0.392,0.392,3.92';
    expect(L[key].leaveOneOut[0]).toBeCloseTo(29700 / 61400, 12); // [SCRIPT] = [H]
    expect(signs(key)).toEqual([1, 1, 1, 1, 1]); // [SCRIPT]
    const r = recentTrend(series([0, 0, 1, 1, 0], [0.392, 0.392, 0.392, 0.392, 3.92]));
    expect(r.slope).toBeCloseTo(L[key].slope, 12); // [SCRIPT] 79700 / 203000
    expect(r.chiSquare).toBeCloseTo(L[key].chiSquare, 9); // [SCRIPT] 79700² / (203000 · 401)
    expect(r.marker).toBe('Increasing');
  });
});
