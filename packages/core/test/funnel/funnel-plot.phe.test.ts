import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Imported from the source folders (not '@cjsnsa/core') so these tests run while other core folders are in progress.
import { assignFunnelSignificance, funnelPlotLimits, funnelPoints, type FunnelRecord } from '../../src/funnel/index.js';
import { messages } from '../../src/messages.js';

// Source: ukhsa-collaboration/PHEindicatormethods @093fd28, tests/testthat/testFunnels.R and its data
// tests/testthat/testdata_funnel_*.csv, copied to ../fixtures/phe-funnels (see its README.md). Each test
// below names the testFunnels.R test it reproduces. The CSV files hold PHE's own output of
// calculate_funnel_limits, assign_funnel_significance and calculate_funnel_points.
//
// Tolerance of the Poisson limits: PHE finds the expected count E of each exact Poisson bound by
// bisection on v = E / (E + k + 1), stopping when the step is below 1e-7 (its last step is 2^-24 ≈ 6e-8),
// so E is off by up to (k + 1) · 6e-8 / (1 − v)². Core solves E exactly; the tests allow twice that bound
// (plus 1e-9 relative for the 10 significant digits of the CSV files) and carry it through to each limit.

type Row = Record<string, string>;

function readCsv(name: string): Row[] {
  const text = readFileSync(new URL(`../fixtures/phe-funnels/${name}`, import.meta.url), 'utf8');
  const lines = text.split('\n').filter((l) => l !== '');
  const split = (line: string): string[] => {
    const out: string[] = [];
    let cell = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        out.push(cell);
        cell = '';
      } else cell += ch;
    }
    out.push(cell);
    return out;
  };
  const header = split(lines[0]);
  return lines.slice(1).map((l) => Object.fromEntries(split(l).map((v, i) => [header[i], v])));
}

const num = (v: string): number | null => (v === 'NA' || v === '' ? null : Number(v));

/** Allowed gap in E for PHE's bisection at k events (see the header). */
function bisectionTolerance(k: number, E: number): number {
  const v = E / (E + k + 1);
  return (2 * (k + 1) * 6e-8) / (1 - v) ** 2 + 1e-9 * E;
}

const LIMITS = [
  ['lower95', '2s', 'lower'],
  ['upper95', '2s', 'upper'],
  ['lower998', '3s', 'lower'],
  ['upper998', '3s', 'upper'],
] as const;

describe('funnelPlotLimits, ratios (testFunnels.R "confidence limits calculate correctly for ratios")', () => {
  const inputs = readCsv('testdata_funnel_ratio_inputs.csv');
  const records: FunnelRecord[] = inputs.map((r) => ({ numerator: num(r.obs), denominator: num(r.expected) }));
  const expected = readCsv('testdata_funnel_ratio_outputs.csv');

  it.each(['count', 'isr'] as const)('ratioType %s: the 100 axis points and all four limits and expected counts', (ratioType) => {
    const table = funnelPlotLimits(records, { statistic: 'ratio', ratioType, multiplier: 100 });
    expect(table.statistic).toBe(`ratio (${ratioType})`);
    expect(table.method).toBe('Poisson');
    expect(table.baseline).toBe(ratioType === 'count' ? 0 : 100);
    expect(table.rows.map((r) => r.size)).toEqual(expected.map((r) => Number(r.Observed_events)));
    table.rows.forEach((row, i) => {
      const k = row.size;
      for (const [key, s, side] of LIMITS) {
        const E = Number(expected[i][`${side}_${s}_exp_events`]);
        const tolE = bisectionTolerance(k, E);
        expect(Math.abs(row.expectedEvents![key] - E)).toBeLessThanOrEqual(tolE);
        const published = Number(expected[i][`${side}_${s}_${ratioType}`]);
        const scale = ratioType === 'isr' ? 100 : 1;
        const tolLimit = ((scale * k) / E) * (tolE / E) * 1.01 + 1e-9 * Math.abs(published) + 1e-12;
        expect(Math.abs(row[key] - published)).toBeLessThanOrEqual(tolLimit);
      }
    });
  });
});

describe('funnelPlotLimits, rates (testFunnels.R "confidence limits calculate correctly for rates")', () => {
  const base = readCsv('testdata_funnel_rate_input_funnels.csv');

  function check(records: FunnelRecord[], rateType: 'dsr' | 'crude', file: string) {
    const expected = readCsv(file);
    const table = funnelPlotLimits(records, { statistic: 'rate', rateType, multiplier: 1e5, yearsOfData: 3 });
    expect(table.statistic).toBe(expected[0].statistic);
    expect(table.method).toBe('Poisson');
    expect(table.baseline).toBeCloseTo(Number(expected[0].baseline), 6);
    expect(table.rows.map((r) => r.size)).toEqual(expected.map((r) => Number(r.Events)));
    const av = table.baseline / 1e5;
    table.rows.forEach((row, i) => {
      const k = row.size;
      for (const [key, s, side] of LIMITS) {
        const pop = Number(expected[i][`${side}_${s}_population_1_year`]);
        const E = pop * 3 * av;
        const tolE = bisectionTolerance(k, E);
        expect(Math.abs(row.populationPerYear![key] - pop)).toBeLessThanOrEqual((tolE / av / 3) * 1.01 + 1e-9 * pop);
        const published = Number(expected[i][`${side}_${s}_limit`]);
        expect(Math.abs(row[key] - published)).toBeLessThanOrEqual(published * (tolE / E) * 1.01 + 1e-9 * published);
      }
    });
  }

  it('dsr per 100,000 over 3 years (testdata_funnel_rate_outputs.csv)', () => {
    check(base.map((r) => ({ numerator: num(r.ev), rate: num(r.rate) })), 'dsr', 'testdata_funnel_rate_outputs.csv');
  });

  it('crude, the largest count set to 5 events (testdata_funnel_rate_outputs_2.csv)', () => {
    const maxEv = Math.max(...base.map((r) => Number(r.ev)));
    const records = base.map((r) => ({ numerator: Number(r.ev) === maxEv ? 5 : num(r.ev), rate: num(r.rate) }));
    check(records, 'crude', 'testdata_funnel_rate_outputs_2.csv');
  });

  it('crude, the largest count set to 0 events with its population given (testdata_funnel_rate_outputs_3.csv)', () => {
    const maxEv = Math.max(...base.map((r) => Number(r.ev)));
    let records = base.map((r) => {
      const ev = Number(r.ev);
      const rate = Number(r.rate);
      const pop = (1e5 * ev) / rate;
      return ev === maxEv ? { numerator: 0, rate: 0, denominator: pop } : { numerator: ev, rate, denominator: pop };
    });
    const maxPop = Math.max(...records.map((r) => r.denominator));
    records = records.filter((r) => r.denominator > maxPop / 2);
    check(records, 'crude', 'testdata_funnel_rate_outputs_3.csv');
  });
});

describe('funnelPlotLimits, proportions (testFunnels.R "confidence limits calculate correctly for proportions")', () => {
  const inputs = readCsv('testdata_funnel_prop_inputs.csv');

  function check(records: FunnelRecord[], file: string, tolerance: number) {
    const expected = readCsv(file);
    const table = funnelPlotLimits(records, { statistic: 'proportion', multiplier: 100 });
    expect(table.method).toBe('Wilson');
    expect(table.baseline).toBeCloseTo(Number(expected[0].Baseline), 5);
    expect(table.rows.map((r) => r.size)).toEqual(expected.map((r) => Number(r.Population)));
    table.rows.forEach((row, i) => {
      expect(Math.abs(row.lower95 - Number(expected[i].Lower2s0025limit))).toBeLessThan(tolerance);
      expect(Math.abs(row.upper95 - Number(expected[i].Upper2s0025limit))).toBeLessThan(tolerance);
      expect(Math.abs(row.lower998 - Number(expected[i].Lower3s0001limit))).toBeLessThan(tolerance);
      expect(Math.abs(row.upper998 - Number(expected[i].Upper3s0001limit))).toBeLessThan(tolerance);
    });
  }

  it('all areas: axis from 1 (testdata_funnel_prop_outputs.csv, 6 dp)', () => {
    check(inputs.map((r) => ({ numerator: num(r.numerator), denominator: num(r.denominator) })), 'testdata_funnel_prop_outputs.csv', 2e-6);
  });

  it('areas under 31,000: the axis starts at the rounded-down smallest denominator (…_with_axis_variation.csv)', () => {
    const records = inputs.filter((r) => Number(r.denominator) < 31000).map((r) => ({ numerator: num(r.numerator), denominator: num(r.denominator) }));
    check(records, 'testdata_funnel_prop_outputs_with_axis_variation.csv', 1e-7);
  });
});

describe('assignFunnelSignificance (testFunnels.R "Significance for ...")', () => {
  it('ratios: all 300 areas of testdata_funnel_ratio_inputs.csv', () => {
    const inputs = readCsv('testdata_funnel_ratio_inputs.csv');
    const out = assignFunnelSignificance(inputs.map((r) => ({ numerator: num(r.obs), denominator: num(r.expected) })), { statistic: 'ratio' });
    expect(out).toEqual(inputs.map((r) => r.significance));
  });

  it('proportions: all areas of testdata_funnel_prop_inputs.csv', () => {
    const inputs = readCsv('testdata_funnel_prop_inputs.csv');
    const out = assignFunnelSignificance(inputs.map((r) => ({ numerator: num(r.numerator), denominator: num(r.denominator) })), { statistic: 'proportion' });
    expect(out).toEqual(inputs.map((r) => r.significance));
  });

  const rates = readCsv('testdata_funnel_rate_dsr_inputs.csv');
  const cases = [
    ['dsr', 1e5, 'rate_dsr', 'dsr_per_100000'],
    ['dsr', 100, 'rate_dsr', 'dsr_per_100'],
    ['crude', 1e5, 'rate_crude_per_100000', 'crude_per_100000'],
    ['crude', 100, 'rate_crude_per_100', 'crude_per_100'],
  ] as const;
  for (const [rateType, multiplier, rateColumn, label] of cases) {
    for (const zeros of ['with_0', 'without_0'] as const) {
      it(`rates: ${label}_${zeros}`, () => {
        const rows = zeros === 'with_0' ? rates : rates.filter((r) => Number(r.count) !== 0);
        const records = rows.map((r) => ({ numerator: num(r.count), rate: num(r[rateColumn]), denominator: num(r.pop) }));
        const out = assignFunnelSignificance(records, { statistic: 'rate', rateType, multiplier });
        expect(out).toEqual(rows.map((r) => r[`${label}_${zeros}`]));
      });
    }
  }

  it('the data hold every label, so no label is untested', () => {
    const all = new Set([...rates.map((r) => r.dsr_per_100000_with_0), ...readCsv('testdata_funnel_ratio_inputs.csv').map((r) => r.significance)]);
    expect([...all].sort()).toEqual(['High (0.001)', 'High (0.025)', 'Low (0.001)', 'Low (0.025)', 'Not applicable for events less than 10 for dsrs', 'Not significant']);
  });
});

describe('funnelPoints (testFunnels.R "calculate_funnel_points works ...")', () => {
  const base = readCsv('testdata_funnel_rate_input_funnels.csv');
  const maxEv = Math.max(...base.map((r) => Number(r.ev)));
  const close = (got: number | null, want: number | null) => {
    if (want === null) expect(got).toBeNull();
    else expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(1e-9 * Math.abs(want));
  };

  it('dsrs, the largest count set to 5 events: no point below 10 events', () => {
    const records = base.map((r) => ({ numerator: Number(r.ev) === maxEv ? 5 : num(r.ev), rate: num(r.rate) }));
    const out = funnelPoints(records, { statistic: 'rate', rateType: 'dsr', multiplier: 1e5, yearsOfData: 3 });
    out.forEach((p, i) => {
      close(p.rateChart, Number(base[i].ev) === maxEv ? null : num(base[i].rate_chart));
      close(p.denominatorDerived, Number(base[i].ev) === maxEv ? null : num(base[i].denominator_derived));
    });
    expect(out.filter((p) => p.rateChart === null)).toHaveLength(1);
  });

  it('crude rates', () => {
    const out = funnelPoints(base.map((r) => ({ numerator: num(r.ev), rate: num(r.rate) })), { statistic: 'rate', rateType: 'crude', multiplier: 1e5, yearsOfData: 3 });
    out.forEach((p, i) => {
      close(p.rateChart, num(base[i].rate_chart_crude));
      close(p.denominatorDerived, num(base[i].denominator_derived_crude));
    });
  });

  it('crude rates over 5 years, the largest count set to 0 with its population given', () => {
    const records = base.map((r) => ({ numerator: Number(r.ev) === maxEv ? 0 : num(r.ev), rate: num(r.rate), denominator: num(r.pop) }));
    const out = funnelPoints(records, { statistic: 'rate', rateType: 'crude', multiplier: 1e5, yearsOfData: 5 });
    out.forEach((p, i) => {
      close(p.rateChart, num(base[i].rate_chart_crude_with_denom));
      close(p.denominatorDerived, num(base[i].denominator_derived_crude_with_denom));
    });
  });
});

describe('funnel plot functions check their input', () => {
  it('name the record with a missing numerator, a missing rate, or no population for no events', () => {
    expect(() => funnelPlotLimits([{ numerator: 5, rate: 10 }, { numerator: null, rate: 3 }], { statistic: 'rate', rateType: 'dsr', multiplier: 1e5, yearsOfData: 1 }))
      .toThrow(`Record 2: ${messages.requiredValue('numerator')}`);
    expect(() => assignFunnelSignificance([{ numerator: 5 }], { statistic: 'rate', rateType: 'crude', multiplier: 100 }))
      .toThrow(`Record 1: ${messages.requiredValue('rate')}`);
    expect(() => funnelPoints([{ numerator: 5, rate: 1 }, { numerator: 0, rate: 0 }], { statistic: 'rate', rateType: 'crude', multiplier: 100, yearsOfData: 1 }))
      .toThrow(/^Record 2: .*needs its population/);
    expect(() => assignFunnelSignificance([{ numerator: 5, denominator: 4 }], { statistic: 'proportion' }))
      .toThrow(`Record 1: ${messages.numeratorAboveDenominator(5, 4)}`);
    expect(() => assignFunnelSignificance([{ numerator: -1, denominator: 4 }], { statistic: 'ratio' }))
      .toThrow(`Record 1: ${messages.negativeCount('numerator', -1)}`);
  });

  it('a rate funnel needs at least one event: a baseline of 0 has no funnel', () => {
    const none = [{ numerator: 0, rate: 0, denominator: 1000 }, { numerator: 0, rate: 0, denominator: 500 }];
    expect(() => funnelPlotLimits(none, { statistic: 'rate', rateType: 'crude', multiplier: 1e5, yearsOfData: 1 })).toThrow(messages.invalidFunnelBaseline(0));
  });

  it('require the options PHE requires', () => {
    const records = [{ numerator: 5, rate: 10 }];
    // @ts-expect-error not a statistic
    expect(() => funnelPlotLimits(records, { statistic: 'mean' })).toThrow(messages.unknownOption('statistic', 'mean', ['proportion', 'ratio', 'rate']));
    expect(() => funnelPlotLimits(records, { statistic: 'rate', multiplier: 100, yearsOfData: 1 })).toThrow(messages.unknownOption('rateType', undefined, ['dsr', 'crude']));
    expect(() => funnelPlotLimits(records, { statistic: 'rate', rateType: 'dsr', yearsOfData: 1 })).toThrow(messages.requiredValue('multiplier'));
    expect(() => funnelPlotLimits(records, { statistic: 'rate', rateType: 'dsr', multiplier: 100 })).toThrow(messages.requiredValue('yearsOfData'));
    expect(() => funnelPoints(records, { statistic: 'ratio', multiplier: 1, yearsOfData: 1 })).toThrow(messages.unknownOption('statistic', 'ratio', ['rate']));
    // @ts-expect-error not a ratio type
    expect(() => funnelPlotLimits([{ numerator: 5, denominator: 4 }], { statistic: 'ratio', ratioType: 'smr' })).toThrow(messages.unknownOption('ratioType', 'smr', ['count', 'isr']));
  });
});
