import { describe, expect, it } from 'vitest';
import { exactPoissonInterval } from '../../src/intervals/index.js';
import { countWithInterval } from '../../src/measures/index.js';
import { funnelLimits } from '../../src/funnel/index.js';
import { references } from '../fixtures/references.js';

// Source: [SCRIPT] scripts/references/core_references.py -> test/fixtures/references.json,
// scipy.stats.chi2.ppf (the quantile R's qchisq computes): exact limits χ²((1−c)/2; 2x)/2 and
// χ²(c + (1−c)/2; 2x+2)/2 at 0–200 events, counts up to 100,000 (including 1,360, 1,810 and 1,878,
// where @stdlib's chi-square quantile 0.2.3 went wrong) and non-integer counts.
// Tolerance 1e-12 relative: far below any rounding a report shows, far above double-precision noise
// in two independent implementations (our Newton refinement and Boost's inverse in scipy).

const rel = (a: number, b: number) => (b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b));

describe('exactPoissonInterval against scipy from 0 to 100,000 events', () => {
  const grid = references.exactPoissonGrid as { x: number; confidence: number; lower: number; upper: number }[];
  it(`holds for all ${grid.length} reference rows to 1e-12 relative`, () => {
    const bad: string[] = [];
    for (const r of grid) {
      const ci = exactPoissonInterval(r.x, r.confidence);
      if (rel(ci.lower, r.lower) > 1e-12) bad.push(`x=${r.x} c=${r.confidence} lower ${ci.lower} vs ${r.lower}`);
      if (rel(ci.upper, r.upper) > 1e-12) bad.push(`x=${r.x} c=${r.confidence} upper ${ci.upper} vs ${r.upper}`);
    }
    expect(bad).toEqual([]);
    expect(grid.some((r) => r.x === 100000)).toBe(true);
  });
  it('gives 1434.2489 (R qchisq(0.975, 2722)/2), not 1434.4132, for the upper 95% limit of 1,360 events', () => {
    const row = grid.find((r) => r.x === 1360 && r.confidence === 0.95);
    // [SCRIPT] exactPoissonGrid (scipy chi2.ppf); R: qchisq(0.975, 2722) / 2 = 1434.2489 agrees, @stdlib alone 1434.4132
    expect(exactPoissonInterval(1360).upper).toBeCloseTo(row!.upper, 9);
    expect(Math.abs(row!.upper - 1434.4132)).toBeGreaterThan(0.1); // the wrong value named in the test's title
  });
  it('countWithInterval(x, {exact: true}) has the same limits at large counts', () => {
    for (const x of [1360, 1878, 50000, 100000]) {
      const m = countWithInterval(x, { exact: true, confidence: [0.95, 0.998] });
      for (const [i, c] of [[0, 0.95], [1, 0.998]] as const) {
        const r = grid.find((g) => g.x === x && g.confidence === c);
        expect(rel(m.intervals[i].lower as number, r.lower)).toBeLessThan(1e-12);
        expect(rel(m.intervals[i].upper as number, r.upper)).toBeLessThan(1e-12);
      }
    }
  });
});

describe('rate funnel limits where the expected count is large', () => {
  it('match the continuous count whose exact bound equals E (scipy brentq on chi2.ppf) to 1e-9 relative', () => {
    // [SCRIPT] rateFunnelLarge: baseline 100 per 100,000, populations 1e6 to 1e8 (E = 1,000 to 100,000 events)
    const { baseline, multiplier, rows } = references.rateFunnelLarge;
    const out = funnelLimits({ type: 'rate', baseline, multiplier, sizes: rows.map((r: { population: number }) => r.population) });
    rows.forEach((r: Record<string, number>, i: number) => {
      for (const k of ['lower95', 'upper95', 'lower998', 'upper998'] as const) {
        expect(rel(out[i][k], r[k]), `${r.population} ${k}`).toBeLessThan(1e-9);
      }
    });
  });
});
