import { describe, expect, it } from 'vitest';
// Imported from the source folders (not '@cjsnsa/core') so these tests run while other core folders are in progress.
import { chiSquareTrend, recentTrend, TREND_CHI_SQUARE_THRESHOLD, type TrendPoint } from '../../src/trend/index.js';
import { StatisticsError } from '../../src/intervals/StatisticsError.js';
import { messages } from '../../src/messages.js';
import { addStatus } from '../../src/status.js';
import { references } from '../fixtures/references.js';

// Boundaries of `recentTrend` and `chiSquareTrend` added for the survivors of the mutation run of the `trend`
// folder (docs/methods.md, "Mutation testing"). Expected values are the documented rule (a message, a status,
// a label), the same computation on an equivalent input (annual labels, a table without its empty group), the
// peer's rule ([FTN] FingertipsNext TrendMarkerCalculator.cs: significant when χ² > 9.54953570608324, strictly),
// or [SCRIPT] scripts/references/core_references.py `chiSquareTrend` (exact rationals, p-values by mpmath), as
// said at each test; the arithmetic of the small tables is shown beside them as the reason, not as the reference.

/** Five points with the given labels, values 1..5 and CI width 3.92 (SE 1: slope 1, χ² = 10, so Increasing). */
function labelled(periods: readonly string[]): TrendPoint[] {
  return periods.map((period, i) => ({ period, value: i + 1, lower: i + 1 - 1.96, upper: i + 1 + 1.96 }));
}

const QUARTERS = ['2022-23 Q1', '2022-23 Q2', '2022-23 Q3', '2022-23 Q4', '2023-24 Q1'];
/** The same values on five consecutive years: what five consecutive quarters must give. */
const annual = recentTrend(labelled(['2019', '2020', '2021', '2022', '2023']));

describe('recentTrend: financial-year quarter labels', () => {
  it('allows spaces around a quarter label and none before Q', () => {
    expect(annual.marker).toBe('Increasing');
    for (const periods of [
      QUARTERS.map((p) => `  ${p}`), // leading spaces
      QUARTERS.map((p) => `${p} `), // a trailing space
      QUARTERS.map((p) => p.replace(' Q', 'Q')), // '2022-23Q1'
    ]) {
      expect(recentTrend(labelled(periods)), periods[0]).toEqual({ ...annual, periods });
    }
  });

  it('does not take a label with text before or after the quarter for a quarter', () => {
    for (const odd of ['x2022-23 Q1', '2022-23 Q1x']) {
      const r = recentTrend(labelled([odd, ...QUARTERS.slice(1)]));
      expect(r.marker, odd).toBe('Cannot be calculated');
      expect(r.reason).toBe(messages.trendNotAnnual(odd));
    }
  });
});

describe('recentTrend: counts and the threshold', () => {
  it('a numerator without a denominator is not a count equal to its denominator', () => {
    const points = labelled(['2019', '2020', '2021', '2022', '2023']).map((p) => ({ ...p, numerator: 5 }));
    expect(recentTrend(points)).toEqual(annual);
    const equal = points.map((p, i) => (i === 2 ? { ...p, denominator: 5 } : p));
    expect(recentTrend(equal)).toMatchObject({ marker: 'Cannot be calculated', reason: messages.trendCountEqualsDenominator('2021') });
  });

  it('a χ² exactly equal to 9.54953570608324 is not significant (strictly greater, [FTN])', () => {
    // values 0..4 (slope 1) and a CI width W = 4.011390471557278: χ² = 10 / (W / 3.92)², which in double
    // precision comes out at exactly the threshold (found by stepping W one unit in the last place at a time
    // from 3.92·√(10 / 9.54953570608324)).
    const W = 4.011390471557278;
    const points = [0, 1, 2, 3, 4].map((value, i) => ({ period: String(2019 + i), value, lower: value - W / 2, upper: value + W / 2 }));
    const r = recentTrend(points);
    expect(r.chiSquare).toBe(TREND_CHI_SQUARE_THRESHOLD);
    expect(r.marker).toBe('No significant change');
    // with every upper limit 2e-15 lower the CIs are a little narrower and χ² a little above the threshold
    expect(recentTrend(points.map((p) => ({ ...p, upper: (p.upper as number) - 2e-15 }))).marker).toBe('Increasing');
  });
});

describe('chiSquareTrend: input checks name what is wrong', () => {
  const ok = { numerator: 2, denominator: 10 };
  it('a NaN or undefined count is missing (not-available), not an error', () => {
    for (const numerator of [NaN, undefined, null]) {
      const r = chiSquareTrend([{ numerator, denominator: 10 }, ok]);
      expect(r, String(numerator)).toMatchObject({ chiSquare: null, status: 'not-available' });
    }
    expect(chiSquareTrend([ok, { numerator: 1, denominator: undefined }]).status).toBe('not-available');
  });

  it('scores, numerators and denominators must be finite; counts not negative', () => {
    expect(() => chiSquareTrend([{ ...ok, score: 1 }, { ...ok, score: NaN }])).toThrow(messages.notANumber('score', NaN));
    expect(() => chiSquareTrend([{ ...ok, score: 1 }, { ...ok, score: Infinity }])).toThrow(messages.notANumber('score', Infinity));
    expect(() => chiSquareTrend([{ numerator: Infinity, denominator: 10 }, ok])).toThrow(messages.notANumber('numerator', Infinity));
    expect(() => chiSquareTrend([{ numerator: 1, denominator: Infinity }, ok])).toThrow(messages.notANumber('denominator', Infinity));
    expect(() => chiSquareTrend([{ numerator: -1, denominator: 10 }, ok])).toThrow(messages.negativeCount('numerator', -1));
    expect(() => chiSquareTrend([{ numerator: 0, denominator: -1 }, ok])).toThrow(messages.negativeDenominator('denominator', -1));
  });

  it('one group, or scores all equal, is an error', () => {
    expect(() => chiSquareTrend([ok])).toThrow(messages.trendTestGroups(1));
    expect(() => chiSquareTrend([{ ...ok, score: 3 }, { numerator: 5, denominator: 10, score: 3 }])).toThrow(messages.trendTestGroups(2));
    expect(() => chiSquareTrend([ok])).toThrow(StatisticsError);
  });
});

describe('chiSquareTrend: empty groups, no trend and statuses', () => {
  it('a group with denominator 0 is allowed and adds nothing, also to the departure from trend', () => {
    // the same table with and without an empty group at score 0: N, X, the sums and the Pearson χ² are equal,
    // and the departure has k − 2 = 1 df from the three groups that have people.
    const groups = [{ numerator: 2, denominator: 20, score: 1 }, { numerator: 5, denominator: 20, score: 2 }, { numerator: 6, denominator: 20, score: 3 }];
    const plain = chiSquareTrend(groups);
    const withEmpty = chiSquareTrend([{ numerator: 0, denominator: 0, score: 0 }, ...groups]);
    expect(withEmpty).toEqual(plain);
    expect(plain.departure).not.toBeNull();
    expect(plain.departure!.df).toBe(1);
    expect(Number.isFinite(plain.departure!.chiSquare)).toBe(true);
  });

  it('when every group with people has the same score there is no spread: not-applicable', () => {
    // scores 1, 2, 2 but the group at score 1 is empty: N = 20, Σnt = 40, Σnt² = 80, N·Σnt² − (Σnt)² = 0
    // (n and events are the input's totals)
    const groups = [{ numerator: 0, denominator: 0, score: 1 }, { numerator: 1, denominator: 10, score: 2 }, { numerator: 2, denominator: 10, score: 2 }];
    expect(chiSquareTrend(groups)).toEqual({
      chiSquare: null, df: 1, pValue: null, slope: null, direction: null, departure: null, n: 20, events: 3, status: 'not-applicable',
    });
    expect(chiSquareTrend(groups, { status: 'provisional' }).status).toBe(addStatus('provisional', 'not-applicable'));
  });

  it('equal proportions: slope 0, χ² 0, p 1, direction No trend', () => {
    // 1/10 and 1/10: N·Σxt − X·Σnt = 20·3 − 2·30 = 0
    const e = references.chiSquareTrend['equal proportions']; // [SCRIPT] slope 0, χ² 0, p 1
    const r = chiSquareTrend([{ numerator: 1, denominator: 10 }, { numerator: 1, denominator: 10 }]);
    expect(r).toMatchObject({ slope: e.slope, chiSquare: e.chiSquare, pValue: e.pValue, direction: 'No trend' });
  });

  it('three groups have a departure from trend on 1 df', () => {
    const e = references.chiSquareTrend['three groups']; // [SCRIPT]
    const r = chiSquareTrend([{ numerator: 30, denominator: 100 }, { numerator: 22, denominator: 95 }, { numerator: 15, denominator: 90 }]);
    expect(r.departure).not.toBeNull();
    expect(r.departure!.df).toBe(e.departure.df);
    expect(Math.abs(r.departure!.chiSquare / e.departure.chiSquare - 1)).toBeLessThan(1e-9);
    expect(Math.abs((r.chiSquare as number) / e.chiSquare - 1)).toBeLessThan(1e-9);
  });

  it('keeps the input status, on a result and with missing or no-variation data; an empty status is published', () => {
    const groups = [{ numerator: 12, denominator: 150 }, { numerator: 25, denominator: 160 }];
    expect(chiSquareTrend(groups, { status: 'provisional' }).status).toBe('provisional');
    expect(chiSquareTrend(groups, { status: '' }).status).toBe('published');
    expect(chiSquareTrend(groups).status).toBe('published');
    const missing = chiSquareTrend([{ numerator: null, denominator: 10 }, groups[0]], { status: 'provisional' });
    expect(missing.status).toBe(addStatus('provisional', 'not-available'));
    const none = chiSquareTrend([{ numerator: 0, denominator: 10 }, { numerator: 0, denominator: 12 }], { status: 'provisional' });
    expect(none.status).toBe(addStatus('provisional', 'not-applicable'));
    expect(none).toMatchObject({ n: 22, events: 0 });
  });
});
