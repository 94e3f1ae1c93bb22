import { describe, expect, it } from 'vitest';
import {
  countWithInterval, crudeRate, directlyStandardisedRate, proportion, SCOTPHO_Z95,
} from '../../src/measures/index.js';
import { rollingPeriods } from '../../src/aggregate/index.js';
import { StatisticsError } from '../../src/intervals/StatisticsError.js';
import { references } from '../fixtures/references.js';

// Source: [SCRIPT] scripts/references/core_references.py `scotpho`: ScotPHO's production formulas
// (Public-Health-Scotland/scotpho-indicator-production @e7ee72374a3060a3da18b80056f3f5cbe6430362,
// functions/helper functions/calculate_percent.R, calculate_crude_rate.R, calculate_easr.R) transcribed line
// by line into Python, independently of this code. ScotPHO's repositories publish no test data or output
// tables, so no published ScotPHO figure is used here.
const ref = references.scotpho;
const close = (a: number | null, b: number | null) => {
  if (b === null) return expect(a).toBeNull();
  return expect(Math.abs((a as number) - b) / Math.max(Math.abs(b), 1e-300)).toBeLessThan(1e-12);
};
const scotpho = { conventions: 'scotpho' as const };

describe("ScotPHO conventions (conventions: 'scotpho')", () => {
  it('z is 1.96 at 95%', () => {
    expect(SCOTPHO_Z95).toBe(1.96);
  });

  for (const [key, [value, lower, upper]] of Object.entries(ref.percent as Record<string, number[]>)) {
    it(`[SCRIPT] percentage ${key}: Wilson with z 1.96, clamped, rounded to 2 dp (calculate_percent)`, () => {
      const [x, n] = key.split('/').map(Number);
      const m = proportion(x, n, { multiplier: 100, ...scotpho });
      expect(m.value).toBe(value);
      expect(m.lower).toBe(lower);
      expect(m.upper).toBe(upper);
      expect(m.method).toBe('Wilson');
    });
  }

  it('[SCRIPT] a proportion of 1 is the same figures / 100', () => {
    const m = proportion(65, 100, scotpho);
    const [value, lower, upper] = ref.percent['65/100'];
    close(m.value, value / 100);
    close(m.lower, lower / 100);
    close(m.upper, upper / 100);
  });

  for (const [key, [value, lower, upper]] of Object.entries(ref['crudeRate per 10000'] as Record<string, (number | null)[]>)) {
    it(`[SCRIPT] crude rate ${key} per 10,000: Byar with z 1.96 at every count (calculate_crude_rate)`, () => {
      const [x, n] = key.split('/').map(Number);
      const m = crudeRate(x, n, { multiplier: 10000, ...scotpho });
      close(m.value, value);
      close(m.lower, lower);
      close(m.upper, upper);
      expect(m.method).toBe('Byars');
    });
  }

  it('[SCRIPT] below 10 events the defaults differ: exact Poisson, not Byar', () => {
    const phe = crudeRate(5, 12000, { multiplier: 10000 });
    const sp = crudeRate(5, 12000, { multiplier: 10000, ...scotpho });
    expect(phe.method).toBe('Exact');
    close(sp.lower, ref['crudeRate per 10000']['5/12000'][1]);
    expect(Math.abs((phe.lower as number) - (sp.lower as number))).toBeGreaterThan(0.005);
  });

  it('[SCRIPT] a count: Byar with z 1.96 (unless exact is asked)', () => {
    const c = countWithInterval(5, scotpho);
    close(c.lower, ref['crudeRate per 10000']['5/12000'][1] * 12000 / 10000);
    expect(c.method).toBe('Byars');
    expect(countWithInterval(5, { ...scotpho, exact: true }).method).toBe('Exact');
  });

  it('[SCRIPT] EASR: Dobson with z 1.96, no suppression below 10 events, 0 events gives 0 (calculate_easr)', () => {
    const bands = (counts: number[]) => [
      { count: counts[0], population: 10000, standard: 60000 }, { count: counts[1], population: 5000, standard: 40000 },
    ];
    for (const [key, counts] of [['two bands', [20, 30]], ['four events', [1, 3]], ['no events', [0, 0]]] as const) {
      const m = directlyStandardisedRate(bands([...counts]), scotpho);
      const [value, lower, upper] = ref.easr[key];
      close(m.value, value);
      close(m.lower, lower);
      close(m.upper, upper);
    }
    expect(directlyStandardisedRate(bands([1, 3])).status).toBe('not-applicable'); // PHE: fewer than 10 events
  });

  it('[SCRIPT] 3-year rolling figures: ScotPHO averages the counts, the default pools them', () => {
    const rows = [2019, 2020, 2021].map((y, i) => ({
      area: 'A', period: String(y), numerator: [30, 25, 35][i], denominator: 60000, status: 'published',
    }));
    const sp = rollingPeriods(rows, 3, scotpho).objects()[0] as { period: string; numerator: number; denominator: number };
    const pooled = rollingPeriods(rows, 3).objects()[0] as { numerator: number; denominator: number };
    expect(sp.period).toBe('2019 to 2021');
    expect([sp.numerator, sp.denominator]).toEqual([30, 60000]);
    expect([pooled.numerator, pooled.denominator]).toEqual([90, 180000]);
    const s = crudeRate(sp.numerator, sp.denominator, { multiplier: 10000, ...scotpho });
    const p = crudeRate(pooled.numerator, pooled.denominator, { multiplier: 10000 });
    const e = ref['rolling 30,25,35'];
    [s.value, s.lower, s.upper].forEach((v, i) => close(v, e.scotpho[i]));
    [p.value, p.lower, p.upper].forEach((v, i) => close(v, e.pooled[i]));
  });

  it('rolling windows slide one period at a time; a missing year gives null counts', () => {
    const rows = [2018, 2019, 2020, 2022].map((y) => ({ area: 'A', period: String(y), numerator: 10, denominator: 1000, status: 'published' }));
    const out = rollingPeriods(rows, 3).objects() as { period: string; numerator: number | null; status: string }[];
    expect(out.map((r) => r.period)).toEqual(['2018 to 2020', '2019 to 2021', '2020 to 2022']);
    expect(out[0].numerator).toBe(30);
    expect(out[1].numerator).toBeNull();
    expect(out[1].status).toContain('not-available');
  });

  it('rejects unknown conventions and a span below 2', () => {
    // @ts-expect-error unknown conventions
    expect(() => crudeRate(5, 100, { conventions: 'ons' })).toThrow(StatisticsError);
    expect(() => rollingPeriods([], 1)).toThrow();
  });
});
