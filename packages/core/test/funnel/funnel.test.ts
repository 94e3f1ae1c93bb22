import { describe, expect, it } from 'vitest';
// Imported from the source folders (not '@cjsnsa/core') so these tests run while other core folders are in progress.
import { funnelLimits, funnelSignificance } from '../../src/funnel/index.js';
import { messages } from '../../src/messages.js';
import { references } from '../fixtures/references.js';

// Sources (ukhsa-collaboration/PHEindicatormethods tests/testthat, read through the code index):
//  [P-out] testdata_funnel_prop_outputs.csv @63894a9: Population, Lower2s0025limit, Upper2s0025limit,
//          Lower3s0001limit, Upper3s0001limit, Baseline (80.642448 %), printed to 6 dp.
//  [P-in]  testdata_funnel_prop_inputs.csv @3352ce5: Area, numerator, denominator, significance.
//  [R-out] testdata_funnel_rate_outputs.csv @39d5df1 (dsr per 100,000, baseline 116.1720835, years_of_data 3):
//          limits at k events; the population on each limit line is k × 100000 / limit.
//  [R-in]  testdata_funnel_rate_dsr_inputs.csv @5adcb8c: count, pop, crude_per_100000_with_0 significance.
// methods.md §14: PHE finds Poisson means by bisection, so do not assert tighter than 1e-4 relative.
//  [SCRIPT] scripts/references/core_references.py: `funnelSizes` (geometric sizes of a range) and `funnelLimitsExact`
//          (a lower limit clamped to 0). 1 as the upper 99.8% limit on the 0–1 scale is the clamp to the multiplier.

describe('funnelLimits({type: "proportion", ...})', () => {
  it('reproduces PHE Wilson funnel limits', () => {
    // [P-out] rows: Population -> lower95, upper95, lower998, upper998 (per cent); tolerance 2e-6 (6 dp output)
    const rows: [number, number, number, number, number][] = [
      [1, 3.204264, 100, 0, 100],
      [3, 35.933491, 100, 10.150815, 100],
      [20, 63.326743, 97.958152, 53.341156, 100],
      [41, 68.548635, 92.73626, 61.574398, 99.710497],
      [1008, 78.203374, 83.081521, 76.796814, 84.488082],
      [110000, 80.408963, 80.875933, 80.274317, 81.010578],
    ];
    const out = funnelLimits({ type: 'proportion', baseline: 80.642448, sizes: rows.map((r) => r[0]) });
    rows.forEach(([size, l95, u95, l998, u998], i) => {
      expect(out[i].size).toBe(size);
      expect(Math.abs(out[i].lower95 - l95)).toBeLessThan(2e-6);
      expect(Math.abs(out[i].upper95 - u95)).toBeLessThan(2e-6);
      expect(Math.abs(out[i].lower998 - l998)).toBeLessThan(2e-6);
      expect(Math.abs(out[i].upper998 - u998)).toBeLessThan(2e-6);
    });
  });

  it('clamps to [0, multiplier] and works on the 0–1 scale', () => {
    // [P-out] population 20 -> lower95 63.326743 %; the same on multiplier 1 is 0.63326743
    const [row] = funnelLimits({ type: 'proportion', baseline: 0.80642448, multiplier: 1, sizes: [20] });
    expect(Math.abs(row.lower95 - 0.63326743)).toBeLessThan(2e-8);
    expect(row.upper998).toBe(1);
  });

  it('builds geometric sizes from a range', () => {
    const out = funnelLimits({ type: 'proportion', baseline: 50, sizes: { min: 10, max: 1000 }, points: 3 });
    const [, middle] = references.funnelSizes['range 10..1000 3 points'] as number[]; // [SCRIPT] 100
    expect(out.map((r) => r.size)).toEqual([10, expect.closeTo(middle, 9), 1000]); // the ends are the inputs
  });

  it('rejects sizes <= 0 and baselines out of range', () => {
    expect(() => funnelLimits({ type: 'proportion', baseline: 50, sizes: [0] })).toThrow(messages.invalidFunnelSize(0));
    expect(() => funnelLimits({ type: 'proportion', baseline: 150, sizes: [10] })).toThrow(messages.invalidFunnelBaseline(150));
  });
});

describe('funnelLimits({type: "rate", ...})', () => {
  it('reproduces PHE Poisson rate funnel limits', () => {
    // [R-out] (events, limit): each limit is asserted at population = events × 100000 / limit; tolerance 1e-4 relative
    const baseline = 116.1720835;
    const check = (events: number, limit: number, key: 'lower95' | 'upper95' | 'lower998' | 'upper998') => {
      const [row] = funnelLimits({ type: 'rate', baseline, sizes: [(events * 100000) / limit] });
      expect(Math.abs(row[key] / limit - 1)).toBeLessThan(1e-4);
    };
    check(1, 20.85059119, 'lower95');
    check(10, 63.17010446, 'lower95');
    check(10, 242.2579623, 'upper95');
    check(10, 48.13632908, 'lower998');
    check(10, 392.4043292, 'upper998');
    check(1, 116108.569, 'upper998');
    check(104, 95.87787415, 'lower95');
    check(104, 142.1808715, 'upper95');
    check(1360, 106.9073359, 'lower998');
    check(1360, 126.5084525, 'upper998');
  });

  it('is 0 at the lower limit when even zero events would not be low', () => {
    // exact upper bound of 0 events is 3.6889 (methods.md §2): expected events below it give a zero lower limit
    // E = 100 × 3000 / 100000 = 3 < 3.6889; [SCRIPT] funnelLimitsExact 'rate E 3 lower 95%' (0, clamped)
    const [row] = funnelLimits({ type: 'rate', baseline: 100, multiplier: 100000, sizes: [3000] });
    expect(row.lower95).toBe(references.funnelLimitsExact['rate E 3 lower 95%']);
  });
});

// [P-in] rows (numerator, denominator, PHE significance); baseline 80.642448 % from [P-out]
const propRows: [number, number, string][] = [
  [35078.488, 41980, 'High (0.001)'],
  [24803.6256, 31824, 'Low (0.001)'],
  [50050.7443, 61921, 'Not significant'],
  [24648.7596, 30521, 'Not significant'],
  [26789.238, 33012, 'High (0.025)'],
  [36850.0492, 45449, 'High (0.025)'],
  [30277.5312, 37828, 'Low (0.025)'],
  [21139.2936, 25992, 'High (0.025)'],
  [18365.4621, 29277, 'Low (0.001)'],
  [14493.3552, 17964, 'Not significant'],
  [18504.9982, 22739, 'High (0.025)'],
  [29709.0543, 36583, 'High (0.025)'],
];

// [R-in] (count, pop, crude_per_100000_with_0)
const rateRows: [number, number, string][] = [
  [2419, 264102, 'High (0.001)'], [2337, 259711, 'High (0.001)'], [2291, 289247, 'High (0.001)'],
  [2242, 265029, 'High (0.001)'], [2218, 284649, 'High (0.001)'], [2159, 293578, 'High (0.001)'],
  [2130, 286718, 'High (0.001)'], [2111, 307381, 'Not significant'], [2105, 274145, 'High (0.001)'],
  [2083, 297424, 'High (0.025)'], [2078, 272628, 'High (0.001)'], [2062, 269656, 'High (0.001)'],
  [2061, 294692, 'High (0.025)'], [2033, 277710, 'High (0.001)'], [2033, 259213, 'High (0.001)'],
  [2010, 285516, 'High (0.025)'], [2004, 269449, 'High (0.001)'], [2002, 290888, 'Not significant'],
  [1977, 287112, 'Not significant'], [1944, 286492, 'Not significant'], [1932, 287012, 'Not significant'],
  [1922, 291277, 'Not significant'], [1912, 289859, 'Not significant'], [1881, 289653, 'Not significant'],
  [1844, 282519, 'Not significant'], [1835, 274220, 'Not significant'], [1833, 280271, 'Not significant'],
  [1825, 284206, 'Not significant'], [1816, 274508, 'Not significant'], [1809, 288384, 'Low (0.025)'],
  [1798, 287072, 'Low (0.025)'], [1754, 282744, 'Low (0.001)'], [1746, 289208, 'Low (0.001)'],
  [1709, 287736, 'Low (0.001)'], [1694, 296175, 'Low (0.001)'], [1688, 303255, 'Low (0.001)'],
  [1649, 285959, 'Low (0.001)'], [1553, 274661, 'Low (0.001)'], [1332, 281425, 'Low (0.001)'],
  [0, 297820, 'Low (0.001)'],
];

describe('funnelSignificance(options)', () => {
  it('matches PHE significance for proportions', () => {
    for (const [x, n, expected] of propRows) {
      expect(funnelSignificance({ type: 'proportion', numerator: x, denominator: n, baseline: 80.642448 }), `${x}/${n}`).toBe(expected);
    }
  });

  it('matches PHE significance for crude rates (baseline = pooled rate of all areas)', () => {
    // PHE: baseline = Σcount / Σpopulation over all areas (methods.md §7), here computed from [R-in]
    const baseline = (rateRows.reduce((s, r) => s + r[0], 0) / rateRows.reduce((s, r) => s + r[1], 0)) * 100000;
    for (const [x, n, expected] of rateRows) {
      expect(funnelSignificance({ type: 'rate', numerator: x, denominator: n, baseline }), `${x}/${n}`).toBe(expected);
    }
  });

  it('returns null for missing input and rejects negative counts', () => {
    expect(funnelSignificance({ type: 'rate', numerator: null, denominator: 100, baseline: 10 })).toBeNull();
    expect(funnelSignificance({ type: 'proportion', numerator: 1, denominator: 0, baseline: 10 })).toBeNull();
    expect(() => funnelSignificance({ type: 'rate', numerator: -1, denominator: 100, baseline: 10 })).toThrow(messages.negativeCount('numerator', -1));
  });
});
