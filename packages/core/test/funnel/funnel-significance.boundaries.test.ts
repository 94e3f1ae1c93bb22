import { describe, expect, it } from 'vitest';
// Imported from the source folders (not '@cjsnsa/core') so these tests run while other core folders are in progress.
import { funnelSignificance, type FunnelSignificance } from '../../src/funnel/index.js';
import { messages } from '../../src/messages.js';
import { references } from '../fixtures/references.js';

const fb = references.funnelBoundaries as Record<string, [number, number]>;
/** Midway between two limits: on the side of each that shows which method labelled it. */
const mid = (a: number, b: number) => (a + b) / 2;

// Boundaries of funnelSignificance (methods.md §2 and §7). Sources:
//  [PHE-R]  ukhsa-collaboration/PHEindicatormethods @093fd28 tests/testthat/testdata_Rate.xlsx, sheet testdata_Rate
//           (phe_rate, multiplier 100000): Area2 5/100 (Exact) and Area3 20/100 (Byars), limits at 95% and 99.8%;
//           sheet testdata_Rate_g: Area2 10/200 (Byars) 95% limits 2393.7249569837822 .. 9195.7293028782369.
//  [PHE-B]  same repository, testdata_Byars_Wilson.xlsx: Byars at x = 10, 99.8%: 2.916318374695686 .. 24.193724927880535.
//  [PHE-P]  same repository, testdata_Proportion.xlsx, sheet testdata_Prop: Area4 65/100 as a percentage (Wilson):
//           95% 55.25444329688797 .. 73.635751756902465, 99.8% 49.549465740704314 .. 77.835406140896964.
//  [SCRIPT] scripts/references/core_references.py `funnelBoundaries` (references.json): the exact Poisson
//           limits χ²(α/2; 2x)/2 .. χ²(1 − α/2; 2x + 2)/2 (scipy `chi2.ppf`) and Byar's limits (methods.md §2)
//           at 0, 9 and 10 events, 95% and 99.8%. Baselines are placed midway between the two methods' limits,
//           so each label shows which method was used.
// Limits are on the count scale when population = multiplier = 100000 (rate = count).

const rate = (numerator: number, baseline: number, denominator = 100000): FunnelSignificance | null =>
  funnelSignificance({ type: 'rate', numerator, denominator, baseline, multiplier: 100000 });

/** Relative nudges well below any rounding in the references and far below a 0.1% shift. */
const below = (v: number) => v * (1 - 1e-6);
const above = (v: number) => v * (1 + 1e-6);

describe('funnelSignificance({type: "rate"}) switches from exact to Byar at 10 events', () => {
  it('uses exact Poisson limits at 9 events', () => {
    // [SCRIPT] exact lower95 at 9 is 4.1154, Byar's 4.1069: a baseline between is High under exact only.
    const [exact95, byar95] = [fb['exact 9 95%'][0], fb['byar 9 95%'][0]];
    expect(exact95).toBeGreaterThan(byar95);
    expect(rate(9, mid(exact95, byar95))).toBe('High (0.025)');
    // [SCRIPT] exact lower998 at 9 is 2.4524, Byar's 2.4071.
    const [exact998, byar998] = [fb['exact 9 99.8%'][0], fb['byar 9 99.8%'][0]];
    expect(exact998).toBeGreaterThan(byar998);
    expect(rate(9, mid(exact998, byar998))).toBe('High (0.001)');
    // [SCRIPT] exact upper95 at 9 is 17.0848, Byar's 17.0858: a baseline between is Low under exact only.
    const [exactU, byarU] = [fb['exact 9 95%'][1], fb['byar 9 95%'][1]];
    expect(exactU).toBeLessThan(byarU);
    expect(rate(9, mid(exactU, byarU))).toBe('Low (0.025)');
  });

  it('uses Byar limits at 10 events', () => {
    // [SCRIPT] Byar lower95 at 10 is 4.7874 ([PHE-R] 2393.7249569837822 / 100000 × 200 agrees), exact 4.7954:
    // a baseline between is inside Byar's interval only.
    const [byar95, exact95] = [fb['byar 10 95%'][0], fb['exact 10 95%'][0]];
    expect(Math.abs(byar95 - (2393.7249569837822 / 100000) * 200)).toBeLessThan(1e-9);
    expect(rate(10, mid(byar95, exact95))).toBe('Not significant');
    // [SCRIPT] Byar lower998 at 10 is 2.9163 ([PHE-B] 2.916318374695686), exact 2.9605.
    const [byar998, exact998] = [fb['byar 10 99.8%'][0], fb['exact 10 99.8%'][0]];
    expect(Math.abs(byar998 - 2.916318374695686)).toBeLessThan(1e-12);
    expect(rate(10, mid(byar998, exact998))).toBe('High (0.025)');
    // [SCRIPT] Byar upper95 at 10 is 18.3915 ([PHE-R] 9195.7293028782369 / 100000 × 200), exact 18.3904.
    const [byarU, exactU] = [fb['byar 10 95%'][1], fb['exact 10 95%'][1]];
    expect(byarU).toBeGreaterThan(exactU);
    expect(rate(10, mid(byarU, exactU))).toBe('Not significant');
  });

  it('reproduces PHE Byar limits at 10 events on a population of 200', () => {
    // [PHE-R] testdata_Rate_g Area2: 10 events, population 200, per 100000
    const at = (baseline: number) => funnelSignificance({ type: 'rate', numerator: 10, denominator: 200, baseline });
    expect(at(below(2393.7249569837822))).toBe('High (0.025)');
    expect(at(above(2393.7249569837822))).toBe('Not significant');
    expect(at(below(9195.7293028782369))).toBe('Not significant');
    expect(at(above(9195.7293028782369))).toBe('Low (0.025)');
  });
});

describe('funnelSignificance({type: "rate"}) just inside and outside each limit', () => {
  // [PHE-R] testdata_Rate, multiplier 100000, population 100.
  const cases: [string, number, { l95: number; u95: number; l998: number; u998: number }][] = [
    ['5 events (exact)', 5, { l95: 1623.4863901184199, u95: 11668.332079322669, l998: 739.37173191783893, u998: 16454.745203680104 }],
    ['20 events (Byar)', 20, { l95: 12211.428834875936, u95: 30889.880369197064, l998: 8922.8023651441927, u998: 38085.035625041914 }],
  ];
  for (const [label, x, { l95, u95, l998, u998 }] of cases) {
    it(`funnelSignificance(${label} per 100) labels a baseline by the 99.8% and 95% limits`, () => {
      const at = (baseline: number) => funnelSignificance({ type: 'rate', numerator: x, denominator: 100, baseline });
      expect(at(below(l998))).toBe('High (0.001)');
      expect(at(above(l998))).toBe('High (0.025)');
      expect(at(below(l95))).toBe('High (0.025)');
      expect(at(above(l95))).toBe('Not significant');
      expect(at(below(u95))).toBe('Not significant');
      expect(at(above(u95))).toBe('Low (0.025)');
      expect(at(below(u998))).toBe('Low (0.025)');
      expect(at(above(u998))).toBe('Low (0.001)');
    });
  }

  it('funnelSignificance(0 events, baseline 0) is Not significant: a baseline on a limit is inside', () => {
    // methods.md §7: for O = 0 the lower bound is 0, so a baseline of exactly 0 sits on both lower limits.
    expect(rate(0, 0)).toBe('Not significant');
    // [SCRIPT] exact upper95 at 0 events is 3.6889 (= −ln 0.025), upper998 6.9078 (= −ln 0.001); Byar's
    // would be 3.6680 and 7.0665, so baselines just inside and outside the exact limits show exact is used.
    const [u95, u998] = [fb['exact 0 95%'][1], fb['exact 0 99.8%'][1]];
    expect(rate(0, below(u95))).toBe('Not significant');
    expect(rate(0, above(u95))).toBe('Low (0.025)');
    expect(rate(0, below(u998))).toBe('Low (0.025)');
    expect(rate(0, above(u998))).toBe('Low (0.001)');
    expect(rate(0, mid(u95, fb['byar 0 95%'][1]))).toBe('Not significant');
  });

  it('funnelSignificance(rate) uses a multiplier of 100000 by default', () => {
    // [PHE-R] Area3 20/100 per 100000: 95% 12211.43 .. 30889.88; 20000 (the rate itself) is inside,
    // while on a per-100 scale the same baseline would be far above.
    expect(funnelSignificance({ type: 'rate', numerator: 20, denominator: 100, baseline: 20000 })).toBe('Not significant');
    expect(funnelSignificance({ type: 'rate', numerator: 20, denominator: 100, baseline: 20 })).toBe('High (0.001)');
  });
});

describe('funnelSignificance({type: "proportion"}) just inside and outside each limit', () => {
  // [PHE-P] 65/100 as a percentage (multiplier 100 is the default for proportions).
  const at = (baseline: number) => funnelSignificance({ type: 'proportion', numerator: 65, denominator: 100, baseline });

  it('labels a baseline by the Wilson 99.8% and 95% limits of 65/100', () => {
    expect(at(below(49.549465740704314))).toBe('High (0.001)');
    expect(at(above(49.549465740704314))).toBe('High (0.025)');
    expect(at(below(55.25444329688797))).toBe('High (0.025)');
    expect(at(above(55.25444329688797))).toBe('Not significant');
    expect(at(below(73.635751756902465))).toBe('Not significant');
    expect(at(above(73.635751756902465))).toBe('Low (0.025)');
    expect(at(below(77.835406140896964))).toBe('Low (0.025)');
    expect(at(above(77.835406140896964))).toBe('Low (0.001)');
  });

  it('works on the 0–1 scale with multiplier 1', () => {
    // [PHE-P] testdata_Prop Area4 as a proportion of 1: 95% lower 0.55254443296887967
    const p = (baseline: number) => funnelSignificance({ type: 'proportion', numerator: 65, denominator: 100, baseline, multiplier: 1 });
    expect(p(below(0.55254443296887967))).toBe('High (0.025)');
    expect(p(above(0.55254443296887967))).toBe('Not significant');
  });

  it('a baseline exactly on the limit of 0/n or n/n is Not significant', () => {
    // The Wilson interval of 0/n starts at exactly 0 and that of n/n ends at exactly 1 (methods.md §1), so
    // baselines of 0% and 100% sit on the 95% and 99.8% limits at once.
    expect(funnelSignificance({ type: 'proportion', numerator: 0, denominator: 40, baseline: 0 })).toBe('Not significant');
    expect(funnelSignificance({ type: 'proportion', numerator: 40, denominator: 40, baseline: 100 })).toBe('Not significant');
  });
});

describe('funnelSignificance(options) with missing or invalid input', () => {
  const base = { type: 'rate' as const, numerator: 5, denominator: 100, baseline: 5000 };

  it.each([
    ['numerator null', { numerator: null }],
    ['numerator undefined', { numerator: undefined }],
    ['numerator NaN', { numerator: NaN }],
    ['denominator null', { denominator: null }],
    ['denominator undefined', { denominator: undefined }],
    ['denominator NaN', { denominator: NaN }],
    ['denominator 0', { denominator: 0 }],
  ])('returns null for %s', (_, change) => {
    expect(funnelSignificance({ ...base, ...change })).toBeNull();
    expect(funnelSignificance({ ...base, type: 'proportion', baseline: 5, ...change })).toBeNull();
  });

  it('rejects negative counts and denominators, and a numerator above the denominator of a proportion', () => {
    expect(() => funnelSignificance({ ...base, numerator: -1 })).toThrow(messages.negativeCount('numerator', -1));
    expect(() => funnelSignificance({ ...base, denominator: -100 })).toThrow(messages.negativeDenominator('denominator', -100));
    expect(() => funnelSignificance({ type: 'proportion', numerator: 101, denominator: 100, baseline: 50 })).toThrow(messages.numeratorAboveDenominator(101, 100));
    // a rate may have more events than population (PHE test case Area12: 250/220)
    expect(funnelSignificance({ ...base, numerator: 250, denominator: 220, baseline: 113636 })).toBe('Not significant');
  });

  it('rejects an unknown type, a bad multiplier and a baseline that is not finite', () => {
    // @ts-expect-error a type that does not exist
    expect(() => funnelSignificance({ ...base, type: 'ratio' })).toThrow(messages.unknownOption('type', 'ratio', ['proportion', 'rate']));
    for (const multiplier of [0, -1, NaN, Infinity]) expect(() => funnelSignificance({ ...base, multiplier })).toThrow(messages.invalidMultiplier(multiplier));
    for (const baseline of [NaN, Infinity]) expect(() => funnelSignificance({ ...base, baseline })).toThrow(messages.invalidFunnelBaseline(baseline));
    // a bad baseline is an error even when the counts are missing
    expect(() => funnelSignificance({ ...base, numerator: null, baseline: NaN })).toThrow(messages.invalidFunnelBaseline(NaN));
  });
});
