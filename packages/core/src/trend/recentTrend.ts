import { messages } from '../messages.js';
import type { Polarity } from '../compare/Polarity.js';
import type { TrendPoint, TrendResult } from './TrendResult.js';

/**
 * Options of {@link recentTrend}.
 *
 * @example
 * ```ts
 * const o: RecentTrendOptions = { polarity: 'low-is-good', measure: 'proportion' };
 * ```
 */
export interface RecentTrendOptions {
  /** __Default value:__ `'no-judgement'` */
  polarity?: Polarity;
  /** Kind of value; 'count' is not trend-tested (Fingertips rule). __Default value:__ `'rate'` */
  measure?: 'proportion' | 'rate' | 'count' | 'dsr';
}

/**
 * χ²₁ 99.8% point, the Fingertips significance threshold (9.54953570608324).
 *
 * @example
 * ```ts
 * const significant = chiSquare > TREND_CHI_SQUARE_THRESHOLD; // 9.5495…: significant at the 99.8% level
 * ```
 */
export const TREND_CHI_SQUARE_THRESHOLD = 9.54953570608324;

const POINTS = 5;

/** Start year of an annual label ('2022-23', '2022/23', '2022-2023', '2022'); null for non-annual labels. */
function annualStart(label: string): number | null {
  const m = /^\s*(?:FY)?(\d{4})(?:\s*[-/]\s*(\d{2}|\d{4}))?\s*$/i.exec(label);
  if (!m) return null;
  const start = Number(m[1]);
  if (m[2] !== undefined) {
    const end = Number(m[2]);
    const endYear = m[2].length === 2 ? Math.floor(start / 100) * 100 + end + (end < start % 100 ? 100 : 0) : end;
    if (endYear !== start + 1) return null;
  }
  return start;
}

const QUARTER = /^\s*(\d{4})-(\d{2})\s*Q([1-4])\s*$/i;

/** Index of a financial-year quarter label ('2022-23 Q3': 4 × 2022 + 2); null for other labels. */
function quarterIndex(label: string): number | null {
  const m = QUARTER.exec(label);
  if (!m) return null;
  const start = Number(m[1]);
  if (Number(m[2]) !== (start + 1) % 100) return null;
  return start * 4 + Number(m[3]) - 1;
}

/** Weighted least-squares slope of y on t and its standard error (weights w). */
function weightedSlope(t: number[], y: number[], w: number[]): { slope: number; se: number } {
  let sw = 0, swt = 0, swt2 = 0, swy = 0, swty = 0;
  for (let i = 0; i < t.length; i++) {
    sw += w[i]; swt += w[i] * t[i]; swt2 += w[i] * t[i] * t[i]; swy += w[i] * y[i]; swty += w[i] * t[i] * y[i];
  }
  const d = sw * swt2 - swt * swt;
  return { slope: (sw * swty - swt * swy) / d, se: Math.sqrt(sw / d) };
}

/**
 * The Fingertips "recent trend" test on the last 5 annual points of a series,
 * or on the last 5 financial-year quarters of a quarterly series.
 *
 * Definition (Fingertips `TrendMarkers/TrendMarkerCalculator.cs` and
 * `TrendRequest.cs`, carried into FingertipsNext `trend-analysis`; methods.md
 * §9): for the 5 most recent points, t = 1…5, SEₜ = (U95 − L95)/3.92,
 * wₜ = 1/SEₜ²; b = weighted least-squares slope of value on t,
 * SE(b) = √(Σw / (Σw·Σwt² − (Σwt)²)), χ² = (b/SE(b))². Significant when
 * χ² > 9.5495 (χ²₁ at 99.8%) and the slope keeps its sign when each of the 5
 * points is left out in turn (6 slopes, all of one sign). Then 'Increasing' or
 * 'Decreasing', else 'No significant change'.
 *
 * 'Cannot be calculated' (with `reason` from the messages catalogue) when:
 * `measure` is 'count'; fewer than 5 points; a period is not annual (or, in a
 * series of quarters only, not a financial-year quarter such as `2022-23 Q3`;
 * years and quarters are never mixed) or appears twice; the last 5 periods
 * are not consecutive (years, or quarters: 2022-23 Q4 is followed by 2023-24 Q1); any of them lacks a value or a
 * 95% CI (or the CI has zero width); a numerator/denominator key is present
 * but null; or numerator = denominator. Points are sorted by period first.
 * Unlike FingertipsNext, a series without CIs is not reported as 'no change'.
 *
 * @param points - the series (any order), values on the output scale with 95% limits.
 * @param options - `polarity` (for `direction`) and `measure`.
 * @returns a {@link TrendResult}.
 * @example
 * ```ts
 * // Fingertips AnalysisTest TrendMarkerCalculatorTest, data set 1
 * recentTrend([
 *   { period: '2014', value: 24.67, lower: 23.16, upper: 26.25 },
 *   { period: '2015', value: 24.6, lower: 23.15, upper: 26.19 },
 *   { period: '2016', value: 28, lower: 26.44, upper: 29.64 },
 *   { period: '2017', value: 30.2, lower: 28.63, upper: 31.9 },
 *   { period: '2018', value: 30.6, lower: 28.98, upper: 32.25 },
 * ], { polarity: 'low-is-good' });
 * // { marker: 'Increasing', direction: 'getting worse', chiSquare: 46.77, ... }
 * ```
 */
export function recentTrend(points: readonly TrendPoint[], options: RecentTrendOptions = {}): TrendResult {
  const polarity = options.polarity ?? 'no-judgement';
  const measure = options.measure ?? 'rate';

  // a series of financial-year quarters is tested as a series of years is: its last 5 consecutive quarters
  const quarterly = points.length > 0 && points.every((p) => quarterIndex(p.period) !== null);
  const keyed = points.map((p) => ({ p, start: quarterly ? quarterIndex(p.period) : annualStart(p.period) }));
  const sorted = keyed.every((k) => k.start !== null) ? [...keyed].sort((a, b) => (a.start as number) - (b.start as number)) : keyed;
  const window = sorted.slice(-POINTS).map((k) => k.p);
  const periods = window.map((p) => p.period);
  const first = window[0];
  const last = window[window.length - 1];
  const from = first && typeof first.value === 'number' && Number.isFinite(first.value) ? first.value : null;
  const to = last && typeof last.value === 'number' && Number.isFinite(last.value) ? last.value : null;
  const change = {
    from, to,
    absolute: from !== null && to !== null ? to - from : null,
    percent: from !== null && to !== null && from !== 0 ? ((to - from) / Math.abs(from)) * 100 : null,
  };
  const fail = (reason: string): TrendResult => ({
    marker: 'Cannot be calculated', reason, direction: null, slope: null, chiSquare: null, periods, change,
  });

  if (measure === 'count') return fail(messages.trendMeasureNotSupported(measure));
  const bad = keyed.find((k) => k.start === null);
  if (bad) return fail(messages.trendNotAnnual(bad.p.period));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start === sorted[i - 1].start) return fail(messages.trendDuplicatePeriod(sorted[i].p.period));
  }
  if (sorted.length < POINTS) return fail(messages.trendTooFewPoints(sorted.length));
  const tail = sorted.slice(-POINTS);
  for (let i = 1; i < POINTS; i++) {
    if ((tail[i].start as number) !== (tail[i - 1].start as number) + 1) return fail(messages.trendGap(tail[i - 1].p.period, tail[i].p.period));
  }
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  for (const p of window) {
    if (!finite(p.value)) return fail(messages.trendMissingValue(p.period));
    if (('numerator' in p && !finite(p.numerator)) || ('denominator' in p && !finite(p.denominator))) {
      return fail(messages.trendMissingCounts(p.period));
    }
    if (finite(p.numerator) && finite(p.denominator) && p.numerator === p.denominator) {
      return fail(messages.trendCountEqualsDenominator(p.period));
    }
    if (!finite(p.lower) || !finite(p.upper) || !(p.upper > p.lower)) return fail(messages.trendMissingInterval(p.period));
  }

  const t = window.map((_, i) => i + 1);
  const y = window.map((p) => p.value as number);
  const w = window.map((p) => {
    const se = ((p.upper as number) - (p.lower as number)) / 3.92;
    return 1 / (se * se);
  });
  const { slope, se } = weightedSlope(t, y, w);
  const chiSquare = (slope / se) ** 2;
  let stable = slope !== 0;
  for (let i = 0; i < POINTS && stable; i++) {
    const keep = (_: number, j: number) => j !== i;
    const s = weightedSlope(t.filter(keep), y.filter(keep), w.filter(keep)).slope;
    if (Math.sign(s) !== Math.sign(slope)) stable = false;
  }
  if (!(chiSquare > TREND_CHI_SQUARE_THRESHOLD) || !stable) {
    return { marker: 'No significant change', reason: null, direction: null, slope, chiSquare, periods, change };
  }
  const increasing = slope > 0;
  const direction = polarity === 'no-judgement' ? null
    : (polarity === 'high-is-good') === increasing ? 'getting better' : 'getting worse';
  return { marker: increasing ? 'Increasing' : 'Decreasing', reason: null, direction, slope, chiSquare, periods, change };
}
