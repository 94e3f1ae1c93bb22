import { describe, expect, it } from 'vitest';
import { assignFunnelSignificance, funnelPlotLimits, funnelPoints } from '../../src/funnel/index.js';
import { StatisticsError } from '../../src/intervals/StatisticsError.js';
import { messages } from '../../src/messages.js';
import { references } from '../fixtures/references.js';

// Input checks, the axis and the 10-event rule of the funnel plot functions (PHE calculate_funnel_limits,
// assign_funnel_significance, calculate_funnel_points), added for survivors of the mutation run (docs/methods.md,
// "Mutation testing"). Expected values are the documented rule (a message, a label) or, for every number,
// [SCRIPT] scripts/references/core_references.py `funnelPlotAxis` (PHE's signif.floor with R's as.character, the
// `funnelAxisRounding` code, and the axis rule below; exact rationals for the DSR baseline and populations). The
// hand working from PHE's R code stays beside each test ([H]), as the explanation:
//   signif_floor(x)   = floor(0.95x / 10^n) · 10^n, n = nchar(floor(0.95x)) − 1
//   signif_ceiling(x) = ceiling(1.05x / 10^n) · 10^n, n = nchar(ceiling(1.05x)) − 2
//   axis minimum = 0 when the largest denominator is more than twice the smallest, else signif_floor(smallest);
//   the first axis point is max(1, axis minimum) (for rates, floor(axis minimum × baseline)).
// Left as typed: 100 rows (PHE's fixed number of axis points, not a result worked here), 0 for the ratio (count)
// baseline (PHE draws a count ratio as O/E − 1, so its baseline is 1 − 1 by definition, a constant of the code's
// documented scale), the rate 50 of the DSR point (the input echoed), and inputs, labels and messages.
const A = references.funnelPlotAxis;

const rec = (row: number, message: string) => `Record ${row}: ${message}`;

describe('funnelPlotLimits: the axis', () => {
  it('largest denominator exactly twice the smallest: the axis starts at signif_floor(1000) = 900', () => {
    // [H] 0.95 × 1000 = 950 (3 digits, n = 2): floor(9.5) × 100 = 900; 2000 is not more than 2 × 1000
    const t = funnelPlotLimits([{ numerator: 100, denominator: 1000 }, { numerator: 200, denominator: 2000 }], { statistic: 'proportion', multiplier: 100 });
    expect(t.rows[0].size).toBe(A['proportion 1000,2000'].firstSize); // [SCRIPT] 900
    expect(t.statistic).toBe('proportion');
    expect(t.rows).toHaveLength(100);
  });

  it("R writes 12000000 as 1.2e+07 (7 characters), so signif_floor rounds to millions: the axis starts at 12000000", () => {
    // 0.95 × 12631579 = 12000000.05, floored 12000000; R's as.character gives '1.2e+07' (shorter than the 8 digits),
    // nchar 7, n = 6: floor(12.00000005) × 10^6 = 12000000 (with the 8 digits, n = 7, it would be 10000000) ([H])
    const t = funnelPlotLimits([{ numerator: 1000, denominator: 12631579 }, { numerator: 2000, denominator: 20000000 }], { statistic: 'proportion', multiplier: 100 });
    expect(A['proportion 12631579,20000000'].floored).toBe('1.2e+07'); // [SCRIPT] R's as.character, as the test's name says
    expect(t.rows[0].size).toBe(A['proportion 12631579,20000000'].firstSize); // [SCRIPT] 12000000
  });

  it('12300 is written in full by R (5 characters, shorter than 1.23e+04), so signif_floor(12948) = 10000', () => {
    // [H] 0.95 × 12948 = 12300.6, floored 12300, nchar 5, n = 4: floor(1.23006) × 10^4 = 10000
    const t = funnelPlotLimits([{ numerator: 100, denominator: 12948 }, { numerator: 200, denominator: 20000 }], { statistic: 'proportion', multiplier: 100 });
    expect(A['proportion 12948,20000'].floored).toBe('12300'); // [SCRIPT] written in full
    expect(t.rows[0].size).toBe(A['proportion 12948,20000'].firstSize); // [SCRIPT] 10000
  });

  it('a DSR area with no events has no derived denominator and does not lower the axis', () => {
    // [H] multiplier 1, rate 0.25: derived denominators 1 × 20 / 0.25 = 80 and 120; baseline 50 / 200 = 0.25 (exact).
    // 120 ≤ 2 × 80, so the axis minimum is signif_floor(80) = floor(7.6) × 10 = 70, × 0.25 = 17.5, floored: 17
    const ref = A['dsr 20/0.25,30/0.25,0/0'];
    const records = [{ numerator: 20, rate: 0.25 }, { numerator: 30, rate: 0.25 }, { numerator: 0, rate: 0, denominator: 1000 }];
    const t = funnelPlotLimits(records, { statistic: 'rate', rateType: 'dsr', multiplier: 1, yearsOfData: 1 });
    expect(t.baseline).toBe(ref.baseline); // [SCRIPT] 0.25
    expect(t.rows[0].size).toBe(ref.firstSize); // [SCRIPT] 17
  });

  it('a proportion funnel with no events at all is drawn (baseline 0); only a rate funnel needs events', () => {
    const t = funnelPlotLimits([{ numerator: 0, denominator: 10 }, { numerator: 0, denominator: 30 }], { statistic: 'proportion', multiplier: 100 });
    expect(t.baseline).toBe(A['proportion no events 0/10,0/30'].baseline); // [SCRIPT] 0 / 40 = 0
  });

  it('a ratio funnel needs no multiplier; ratioType is ignored by other statistics', () => {
    const t = funnelPlotLimits([{ numerator: 5, denominator: 4 }, { numerator: 9, denominator: 12 }], { statistic: 'ratio' });
    expect(t.baseline).toBe(0); // PHE's count-ratio scale O/E − 1: the baseline 1 − 1, a constant (see the top)
    expect(t.statistic).toBe('ratio (count)');
    const p = funnelPlotLimits([{ numerator: 1, denominator: 4 }], { statistic: 'proportion', multiplier: 100, ratioType: 'smr' as never });
    expect(p.method).toBe('Wilson');
  });

  it('the multiplier in the label keeps all its digits', () => {
    const t = funnelPlotLimits([{ numerator: 20, rate: 0.25 }], { statistic: 'rate', rateType: 'crude', multiplier: 1.2345, yearsOfData: 1 });
    expect(t.statistic).toBe('rate (crude per 1.2345)');
  });
});

describe('funnel plot functions: options', () => {
  const rates = [{ numerator: 20, rate: 10 }];
  const rate = { statistic: 'rate' as const, rateType: 'crude' as const };

  it('a multiplier of 0, below 0, NaN or infinite is rejected', () => {
    for (const m of [0, -1, NaN, Infinity]) {
      expect(() => funnelPlotLimits(rates, { ...rate, multiplier: m, yearsOfData: 1 })).toThrow(messages.invalidMultiplier(m));
    }
  });

  it('yearsOfData of 0, below 0, NaN or infinite is rejected', () => {
    for (const y of [0, -1, NaN, Infinity]) {
      expect(() => funnelPlotLimits(rates, { ...rate, multiplier: 100, yearsOfData: y })).toThrow(messages.negativeDenominator('yearsOfData', y));
    }
  });

  it('significance of rates needs a multiplier; points need a multiplier and yearsOfData', () => {
    expect(() => assignFunnelSignificance(rates, rate)).toThrow(messages.requiredValue('multiplier'));
    expect(() => funnelPoints(rates, { ...rate, yearsOfData: 1 })).toThrow(messages.requiredValue('multiplier'));
    expect(() => funnelPoints(rates, { ...rate, multiplier: 100 })).toThrow(messages.requiredValue('yearsOfData'));
  });

  it('no records is an error', () => {
    expect(() => funnelPlotLimits([], { statistic: 'proportion', multiplier: 100 })).toThrow(messages.requiredValue('records'));
    expect(() => assignFunnelSignificance([], { statistic: 'proportion' })).toThrow(messages.requiredValue('records'));
  });
});

describe('funnel plot functions: records', () => {
  const prop = { statistic: 'proportion' as const };
  const crude = { statistic: 'rate' as const, rateType: 'crude' as const, multiplier: 100 };

  it('an infinite numerator is named with its record', () => {
    expect(() => assignFunnelSignificance([{ numerator: Infinity, denominator: 4 }], prop)).toThrow(rec(1, messages.notANumber('numerator', Infinity)));
  });

  it('a missing, zero, negative or infinite denominator is named with its record', () => {
    const e = (n: number | null) => () => assignFunnelSignificance([{ numerator: 1, denominator: 4 }, { numerator: 1, denominator: n }], prop);
    expect(e(null)).toThrow(StatisticsError);
    expect(e(null)).toThrow(rec(2, messages.requiredValue('denominator')));
    for (const n of [0, -1, Infinity]) expect(e(n)).toThrow(rec(2, messages.negativeDenominator('denominator', n)));
  });

  it('a numerator equal to its denominator is allowed (a proportion of 1)', () => {
    expect(assignFunnelSignificance([{ numerator: 4, denominator: 4 }, { numerator: 1, denominator: 4 }], prop)).toHaveLength(2);
  });

  it('no events and a population of 0, or none, is named with its record', () => {
    expect(() => assignFunnelSignificance([{ numerator: 0, rate: 0, denominator: 0 }], crude)).toThrow(rec(1, messages.funnelNoEventsNoPopulation(0)));
    expect(() => assignFunnelSignificance([{ numerator: 0, rate: 0 }], crude)).toThrow(rec(1, messages.funnelNoEventsNoPopulation(NaN)));
  });

  it('a rate of 0, below 0 or infinite with events is named with its record', () => {
    for (const r of [0, -1, Infinity]) {
      expect(() => assignFunnelSignificance([{ numerator: 5, rate: r }], crude)).toThrow(rec(1, messages.negativeDenominator('rate', r)));
    }
  });
});

describe('the 10-event rule for DSRs', () => {
  const dsr = { statistic: 'rate' as const, rateType: 'dsr' as const, multiplier: 100000 };
  const na = 'Not applicable for events less than 10 for dsrs';

  it('10 events are assessed, 9 are not', () => {
    const out = assignFunnelSignificance([{ numerator: 10, rate: 50 }, { numerator: 9, rate: 50 }, { numerator: 40, rate: 60 }], dsr);
    expect(out[0]).not.toBe(na);
    expect(out[1]).toBe(na);
  });

  it('the rule is for DSRs only: a proportion with rateType dsr given is assessed', () => {
    const out = assignFunnelSignificance([{ numerator: 1, denominator: 4 }, { numerator: 2, denominator: 4 }], { statistic: 'proportion', rateType: 'dsr' });
    expect(out).not.toContain(na);
  });

  it('a point of 10 events: the rate as given, the derived population 100000 × 10 / 50 / 2 years = 10000 a year', () => {
    const [p] = funnelPoints([{ numerator: 10, rate: 50 }], { ...dsr, yearsOfData: 2 });
    expect(p.rateChart).toBe(50); // the input rate, as given
    // [H] 100000 × 10 / 50 / 2 = 10000
    expect(p.denominatorDerived).toBe(references.funnelPlotAxis['dsr point 10 events rate 50 per 100000 over 2 years'].populationPerYear); // [SCRIPT]
  });

  it('a crude point with no events and no rate given has rate 0', () => {
    const [p] = funnelPoints([{ numerator: 0, denominator: 500 }], { statistic: 'rate', rateType: 'crude', multiplier: 100, yearsOfData: 1 });
    expect(p.rateChart).toBe(0); // 0 events over 500: 0 by definition (0 / 500 × 100), no working to check
  });
});
