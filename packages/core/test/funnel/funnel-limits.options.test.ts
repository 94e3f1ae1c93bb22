import { describe, expect, it } from 'vitest';
// Imported from the source folders (not '@cjsnsa/core') so these tests run while other core folders are in progress.
import { funnelLimits } from '../../src/funnel/index.js';
import { messages } from '../../src/messages.js';
import { references } from '../fixtures/references.js';

// Options and input checks of funnelLimits. Reference values:
//  [P-out] ukhsa-collaboration/PHEindicatormethods tests/testthat/testdata_funnel_prop_outputs.csv (baseline 80.642448 %):
//          population 20 -> 63.326743, 97.958152, 53.341156, 100 (6 dp).
//  [R-out] same, testdata_funnel_rate_outputs.csv (per 100,000, baseline 116.1720835): at 10 events the limits are
//          63.17010446 (lower95), 242.2579623 (upper95); PHE finds Poisson means by bisection, so 1e-4 relative.
//  [SCRIPT] scripts/references/core_references.py `funnelBoundaries`: the exact Poisson upper bounds of 0 events,
//          χ²(0.975; 2)/2 = 3.6889 and χ²(0.999; 2)/2 = 6.9078 (scipy; they equal −ln α, χ² with 2 df being exponential).
//  [SCRIPT] `funnelLimitsExact`: limits that are exact by definition. Proportions: the roots of the funnel quadratic
//          (1 + a)p² − (2c + a)p + (c² − a²/4), a = z²/n, c = P(1 + a) − a/2, in exact rationals, which are a double
//          root at 0 for P = 0 and at 1 for P = 1 whatever z is ([H]: every limit is 0 around 0%, 100% around 100%).
//          Rates around a baseline of 0 (E = 0): no count's exact upper bound is 0, so the lower limit is clamped
//          to 0; the count whose exact lower bound is 0 is 0 ([H]).
//          `funnelSizes`: the geometric steps of a range, min·(max/min)^(i/(points − 1)) (mpmath).
//  Left as typed: inputs, the ends of a range and the sizes of a list (the input echoed), 1000 as the clamp of a
//  per-1000 scale (the multiplier given), the tolerances, and the [P-out]/[R-out] figures quoted from PHE.
const X = references.funnelLimitsExact;

describe('funnelLimits(options) checks its options', () => {
  it('rejects an unknown type', () => {
    // @ts-expect-error a type that does not exist
    expect(() => funnelLimits({ type: 'ratio', baseline: 1, sizes: [10] })).toThrow(messages.unknownOption('type', 'ratio', ['proportion', 'rate']));
  });

  it.each([0, -1, NaN, Infinity])('rejects multiplier %s', (multiplier) => {
    expect(() => funnelLimits({ type: 'rate', baseline: 1, sizes: [10], multiplier })).toThrow(messages.invalidMultiplier(multiplier));
  });

  it('accepts baselines from 0 to the multiplier for proportions, and any non-negative rate', () => {
    // [SCRIPT] around a baseline of 0 both lower limits are 0 (× 100 for per cent)
    const at0 = { lower95: X['proportion baseline 0 n 10 95%'][0] * 100, lower998: X['proportion baseline 0 n 10 99.8%'][0] * 100 };
    expect(funnelLimits({ type: 'proportion', baseline: 0, sizes: [10] })[0]).toMatchObject(at0);
    // [SCRIPT] around a baseline of 100% both upper limits are 100% (to rounding); [H] the quadratic is (1 + a)(p − 1)²
    const at100 = { upper95: X['proportion baseline 1 n 10 95%'][1] * 100, upper998: X['proportion baseline 1 n 10 99.8%'][1] * 100 };
    expect(funnelLimits({ type: 'proportion', baseline: 100, sizes: [10] })[0]).toMatchObject({ upper95: expect.closeTo(at100.upper95, 10), upper998: expect.closeTo(at100.upper998, 10) });
    expect(funnelLimits({ type: 'proportion', baseline: 1, multiplier: 1, sizes: [10] })[0].upper95).toBeCloseTo(X['proportion baseline 1 n 10 95%'][1], 12);
    expect(() => funnelLimits({ type: 'proportion', baseline: 1.5, multiplier: 1, sizes: [10] })).toThrow(messages.invalidFunnelBaseline(1.5));
    expect(() => funnelLimits({ type: 'proportion', baseline: 100.001, sizes: [10] })).toThrow(messages.invalidFunnelBaseline(100.001));
    expect(funnelLimits({ type: 'rate', baseline: 150000, sizes: [10] })).toHaveLength(1);
  });

  it.each([-0.001, NaN, Infinity])('rejects baseline %s', (baseline) => {
    expect(() => funnelLimits({ type: 'rate', baseline, sizes: [10] })).toThrow(messages.invalidFunnelBaseline(baseline));
  });

  it.each([0, -5, NaN, Infinity])('rejects size %s in a list', (size) => {
    expect(() => funnelLimits({ type: 'proportion', baseline: 50, sizes: [10, size] })).toThrow(messages.invalidFunnelSize(size));
  });

  it('rejects a range that starts at 0 or ends before it starts', () => {
    expect(() => funnelLimits({ type: 'proportion', baseline: 50, sizes: { min: 0, max: 5 } })).toThrow(messages.invalidFunnelSize('0..5'));
    expect(() => funnelLimits({ type: 'proportion', baseline: 50, sizes: { min: 5, max: 4 } })).toThrow(messages.invalidFunnelSize('5..4'));
  });
});

describe('funnelLimits(options).sizes', () => {
  it('a range gives 100 geometric steps by default, ending exactly at max', () => {
    const out = funnelLimits({ type: 'proportion', baseline: 50, sizes: { min: 1, max: 1000 } });
    expect(out).toHaveLength(100);
    expect(out[0].size).toBe(1);
    expect(out[99].size).toBe(1000);
    // each step multiplies by 1000^(1/99) ([SCRIPT] funnelSizes)
    expect(out[1].size / out[0].size).toBeCloseTo(references.funnelSizes['range 1..1000 100 points step'], 12);
  });

  it('a range of 4 points from 1 to 1000 is 1, 10, 100, 1000', () => {
    const out = funnelLimits({ type: 'proportion', baseline: 50, sizes: { min: 1, max: 1000 }, points: 4 });
    const [, ten, hundred] = references.funnelSizes['range 1..1000 4 points'] as number[]; // [SCRIPT] 10, 100
    expect(out.map((r) => r.size)).toEqual([1, expect.closeTo(ten, 10), expect.closeTo(hundred, 10), 1000]); // the ends are the inputs
  });

  it('a range of 2 points is its two ends', () => {
    expect(funnelLimits({ type: 'proportion', baseline: 50, sizes: { min: 20, max: 40 }, points: 2 }).map((r) => r.size)).toEqual([20, 40]);
  });

  it('a range with min = max, or fewer than 2 points, is one size', () => {
    expect(funnelLimits({ type: 'proportion', baseline: 50, sizes: { min: 20, max: 20 } }).map((r) => r.size)).toEqual([20]);
    expect(funnelLimits({ type: 'proportion', baseline: 50, sizes: { min: 20, max: 40 }, points: 1 }).map((r) => r.size)).toEqual([20]);
  });

  it('a list is used as given, in its order', () => {
    expect(funnelLimits({ type: 'proportion', baseline: 50, sizes: [41, 20, 41] }).map((r) => r.size)).toEqual([41, 20, 41]);
  });
});

describe('funnelLimits(options) scales', () => {
  it('proportion limits on a per-1000 scale are the per-cent limits × 10', () => {
    // [P-out] population 20
    const [row] = funnelLimits({ type: 'proportion', baseline: 806.42448, multiplier: 1000, sizes: [20] });
    expect(Math.abs(row.lower95 - 633.26743)).toBeLessThan(2e-5);
    expect(Math.abs(row.upper95 - 979.58152)).toBeLessThan(2e-5);
    expect(Math.abs(row.lower998 - 533.41156)).toBeLessThan(2e-5);
    expect(row.upper998).toBe(1000); // clamped to the multiplier
  });

  it('rate limits per 1000 are the per-100,000 limits / 100', () => {
    // [R-out] 10 events: lower95 63.17010446 and upper95 242.2579623 per 100,000
    const lower = funnelLimits({ type: 'rate', baseline: 1.161720835, multiplier: 1000, sizes: [(10 * 1000) / 0.6317010446] })[0];
    expect(Math.abs(lower.lower95 / 0.6317010446 - 1)).toBeLessThan(1e-4);
    const upper = funnelLimits({ type: 'rate', baseline: 1.161720835, multiplier: 1000, sizes: [(10 * 1000) / 2.422579623] })[0];
    expect(Math.abs(upper.upper95 / 2.422579623 - 1)).toBeLessThan(1e-4);
  });

  it('rate limits around a baseline of 0 are all 0', () => {
    // [H] E = 0: no count is low, and the count whose exact lower bound reaches 0 is 0. [SCRIPT] the counts; the
    // limit is count / size × multiplier (size 1000, default multiplier 100,000)
    const rate = (count: number) => (count / 1000) * 100000;
    const [row] = funnelLimits({ type: 'rate', baseline: 0, sizes: [1000] });
    expect(row.lower95).toBe(rate(X['rate baseline 0 95%'].lowerCount));
    expect(row.lower998).toBe(rate(X['rate baseline 0 99.8%'].lowerCount));
    expect(Math.abs(row.upper95 - rate(X['rate baseline 0 95%'].upperCount))).toBeLessThan(1e-6);
    expect(Math.abs(row.upper998 - rate(X['rate baseline 0 99.8%'].upperCount))).toBeLessThan(1e-6);
  });

  it('the rate lower limit where 0 events is just not low: E = the exact upper 95% bound of 0 events', () => {
    // [SCRIPT] E = 3.6889, the exact upper 95% bound of 0 events: the lower 95% limit is the count whose exact
    // upper bound is E, i.e. 0
    const E = references.funnelBoundaries['exact 0 95%'][1] as number;
    const [row] = funnelLimits({ type: 'rate', baseline: E, multiplier: 1, sizes: [1] });
    expect(row.lower95).toBeLessThan(1e-6);
    // a little above E the lower 95% limit is above 0
    expect(funnelLimits({ type: 'rate', baseline: E * 1.01, multiplier: 1, sizes: [1] })[0].lower95).toBeGreaterThan(1e-3);
    // and the lower 99.8% limit is 0, since the exact upper 99.8% bound of 0 events (6.9078) is above E
    expect(references.funnelBoundaries['exact 0 99.8%'][1]).toBeGreaterThan(E);
    expect(row.lower998).toBe(0);
  });
});
