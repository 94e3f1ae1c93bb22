import { describe, expect, it } from 'vitest';
// Imported from the source folders (not '@cjsnsa/core') so these tests run while other core folders are in progress.
import {
  countWithInterval, crudeRate, directlyStandardisedRate, meanWithInterval, proportion, rateRatio,
} from '../../src/measures/index.js';
import { StatisticsError } from '../../src/intervals/index.js';
import { messages } from '../../src/messages.js';
import { references as R } from '../fixtures/references.js';

/** |a − b| ≤ 1e-12 relative (two independent double-precision implementations). */
const close = (a: number | null, b: number) => expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));

// Sources:
//  [SCRIPT] scripts/references/core_references.py -> test/fixtures/references.json (R below): scipy.stats and the
//       published formulas, independent of this code; references.test.ts re-runs it. Rounded figures in comments
//       are those of the methods note (/work/shared/methods.md).
//  [FT] fingertips-open PholioVisualisationWS/AnalysisTest/TrendMarkerCalculatorTest.cs @678089724a (published
//       Fingertips values and CIs: Set1 = crude rates per 1,000 with Byar CIs, 2 dp; Set2 = Wilson %, 4 dp)
//  [FTN] dhsc-govuk/FingertipsNext trend-analysis/TrendAnalysisApp.UnitTests/Legacy/TrendMarkerCalculatorTests.cs
//  [R]  R 4.x `t.test(1:10)`: mean 5.5, 95 percent confidence interval 3.334149 7.665851 (also [SCRIPT] mean '1..10')

describe('proportion(numerator, denominator, options)', () => {
  it('gives a percentage with Wilson limits (multiplier 100)', () => {
    // [FT] Set2 2014: 209/1017 -> 20.5506 (18.1803–23.1427) %; tolerance 1e-4 on the percentage
    const m = proportion(209, 1017, { multiplier: 100 });
    expect(m.value).toBeCloseTo(20.5506, 4);
    expect(m.lower).toBeCloseTo(18.1803, 3);
    expect(m.upper).toBeCloseTo(23.1427, 3);
    expect(m).toMatchObject({ method: 'Wilson', statistic: 'percentage', multiplier: 100, confidence: 0.95, numerator: 209, denominator: 1017, status: 'published' });
  });
  it('matches FingertipsNext published MMR coverage', () => {
    // [FTN] 2020: 57274/61834 -> 92.6254 (92.4168–92.8288) %
    const m = proportion(57274, 61834, { multiplier: 100 });
    expect(m.value).toBeCloseTo(92.6254, 4);
    expect(m.lower).toBeCloseTo(92.4168, 3);
    expect(m.upper).toBeCloseTo(92.8288, 3);
  });
  it('gives exact 0 and 3.699% for a zero numerator', () => {
    // [SCRIPT] wilson '0/100 95%' × 100 = 3.699%; tolerance 1e-12
    const m = proportion(0, 100, { multiplier: 100 });
    expect(m.value).toBe(R.handWorkedMeasures['proportion 0/100 value'] * 100); // [SCRIPT] 0
    expect(m.lower).toBe(0);
    close(m.upper, R.wilson['0/100 95%'][1] * 100);
  });
  it('gives exact 1 upper limit for a full numerator', () => {
    const m = proportion(100, 100);
    expect(m.value).toBe(R.handWorkedMeasures['proportion 100/100 value']); // [SCRIPT] 1
    expect(m.upper).toBe(1);
    expect(m.statistic).toBe('proportion of 1');
  });
  it('accepts a non-integer numerator', () => {
    // [SCRIPT] wilson '0.445/1 95%': 0.0438174–0.9334621
    const m = proportion(0.445, 1);
    expect(m.value).toBe(0.445); // the input: 0.445 of 1
    close(m.lower, R.wilson['0.445/1 95%'][0]);
    close(m.upper, R.wilson['0.445/1 95%'][1]);
  });
  it('computes 95% and 99.8% in one call', () => {
    // [SCRIPT] wilson '0.445/1 99.8%': 0.0193470–0.9702260
    const m = proportion(0.445, 1, { confidence: [0.95, 0.998] });
    expect(m.confidence).toBe(0.95);
    expect(m.intervals.map((i) => i.confidence)).toEqual([0.95, 0.998]);
    expect(m.intervals[0].lower).toBe(m.lower);
    close(m.intervals[1].lower, R.wilson['0.445/1 99.8%'][0]);
    close(m.intervals[1].upper, R.wilson['0.445/1 99.8%'][1]);
    const only998 = proportion(0.445, 1, { confidence: 99.8 });
    expect(only998.confidence).toBe(0.998);
    expect(only998.intervals).toHaveLength(1);
  });
  it('returns null with a status for missing input and a zero denominator', () => {
    expect(proportion(null, 100)).toMatchObject({ value: null, lower: null, upper: null, status: 'not-available', numerator: null, denominator: 100 });
    expect(proportion(5, undefined).status).toBe('not-available');
    expect(proportion(null, 100, { status: 'suppressed' }).status).toBe('suppressed; not-available');
    expect(proportion(0, 0)).toMatchObject({ value: null, status: 'zero-denominator' });
    expect(proportion(5, 10, { status: 'provisional' }).status).toBe('provisional');
  });
  it('rejects a negative numerator, a negative denominator and numerator > denominator', () => {
    // PHEindicatormethods testProportions.R error cases (-65/100, 65/-100, 100/65)
    expect(() => proportion(-65, 100)).toThrow(messages.negativeCount('numerator', -65));
    expect(() => proportion(65, -100)).toThrow(messages.negativeDenominator('denominator', -100));
    expect(() => proportion(100, 65)).toThrow(messages.numeratorAboveDenominator(100, 65));
    expect(() => proportion(65, 100, { confidence: 20 })).toThrow(messages.invalidConfidence(20));
    expect(() => proportion(65, 100, { multiplier: 0 })).toThrow(StatisticsError);
  });
});

describe('crudeRate(count, population, options)', () => {
  it('uses exact limits below 10 events: 5 per 12,000 -> 1.353 to 9.724 per 10,000', () => {
    // [SCRIPT] exactPoisson '5 95%' / 12,000 × 10,000 = 1.353 to 9.724 (methods note §14); tolerance 1e-12
    const m = crudeRate(5, 12000, { multiplier: 10000 });
    close(m.value, (5 / 12000) * 10000);
    close(m.lower, (R.exactPoisson['5 95%'][0] / 12000) * 10000);
    close(m.upper, (R.exactPoisson['5 95%'][1] / 12000) * 10000);
    expect(m).toMatchObject({ method: 'Exact', statistic: 'rate per 10000', multiplier: 10000 });
  });
  it('gives [0, 3.6889/n] at 95% and [0, 6.9078/n] at 99.8% for zero events', () => {
    // [SCRIPT] exactPoisson '0 95%', '0 99.8%' (3.6889, 6.9078; methods note §2)
    const m = crudeRate(0, 1000, { multiplier: 1000, confidence: [0.95, 0.998] });
    expect(m.value).toBe(0);
    expect(m.intervals[0].lower).toBe(0);
    close(m.intervals[0].upper, R.exactPoisson['0 95%'][1]);
    close(m.intervals[1].upper, R.exactPoisson['0 99.8%'][1]);
  });
  it('switches from exact at 9 events to Byar at 10', () => {
    // [SCRIPT] exact 9: 4.1153731–17.0848035; Byar 10: 4.7874499–18.3914586 (exact 10 would be 4.7954–18.3904)
    const nine = crudeRate(9, 1000, { multiplier: 1000 });
    expect(nine.method).toBe('Exact');
    close(nine.lower, R.exactPoisson['9 95%'][0]);
    close(nine.upper, R.exactPoisson['9 95%'][1]);
    const ten = crudeRate(10, 1000, { multiplier: 1000 });
    expect(ten.method).toBe('Byars');
    close(ten.lower, R.byar['10 95%'][0]);
    close(ten.upper, R.byar['10 95%'][1]);
  });
  it('matches Fingertips published crude rates (Byar)', () => {
    // [FT] Set1 per 1,000 (2 dp): 1332/44064 -> 30.2 (28.63–31.9); 1199/42811 -> 28 (26.44–29.64); 1023/41527 -> 24.6 (23.15–26.19)
    const cases: [number, number, number, number, number][] = [
      [1332, 44064, 30.2, 28.63, 31.9],
      [1199, 42811, 28, 26.44, 29.64],
      [1023, 41527, 24.6, 23.15, 26.19],
    ];
    for (const [x, n, v, lo, hi] of cases) {
      const m = crudeRate(x, n, { multiplier: 1000 });
      expect(Math.abs((m.value as number) - v)).toBeLessThan(0.05); // published values rounded to 1 dp
      expect(Math.abs((m.lower as number) - lo)).toBeLessThan(0.006);
      expect(Math.abs((m.upper as number) - hi)).toBeLessThan(0.006);
    }
    // [FTN] diabetic eye disease 2024: 1502/49866388 per 100,000 -> 3.0121 (2.8616–3.1683); published to 4 dp, tolerance 1e-4
    const d = crudeRate(1502, 49866388);
    expect(Math.abs((d.value as number) - 3.0121)).toBeLessThan(1e-4);
    expect(d.lower).toBeCloseTo(2.8616, 3);
    expect(d.upper).toBeCloseTo(3.1683, 3);
  });
  it('allows a count above the population (PHE test case Area12, 250/220)', () => {
    const m = crudeRate(250, 220, { multiplier: 100 });
    expect(m.value).toBeCloseTo(R.handWorkedMeasures['crude rate 250/220 per 100'], 10); // [SCRIPT] 250/220 × 100
    expect(m.status).toBe('published');
  });
  it('returns null with a status for missing input and zero population', () => {
    expect(crudeRate(null, 1000)).toMatchObject({ value: null, status: 'not-available' });
    expect(crudeRate(5, null)).toMatchObject({ value: null, status: 'not-available' });
    expect(crudeRate(5, 0)).toMatchObject({ value: null, lower: null, upper: null, status: 'zero-denominator' });
  });
  it('rejects negative counts and populations', () => {
    // PHEindicatormethods testRates.R error cases
    expect(() => crudeRate(-65, 100)).toThrow(messages.negativeCount('count', -65));
    expect(() => crudeRate(65, -100)).toThrow(messages.negativeDenominator('population', -100));
  });
});

describe('meanWithInterval(values, options)', () => {
  it("gives Student's t limits as R's t.test", () => {
    // [R] t.test(1:10): mean 5.5, limits 3.334149 7.665851, which the [SCRIPT] values below agree with to 1e-6
    const m = meanWithInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    close(m.value, R.mean['1..10 95%'].value);
    close(m.lower, R.mean['1..10 95%'].lower);
    close(m.upper, R.mean['1..10 95%'].upper);
    close(m.sd, R.mean['1..10 95%'].sd);
    expect(m).toMatchObject({ method: "Student's t-distribution", statistic: 'mean', numerator: 55, denominator: 10 });
  });
  it('computes 99.8% limits', () => {
    // [SCRIPT] mean '1..10 99.8%': 5.5 − t.ppf(0.999, 9)·sd/√10 = 1.3861218
    const m = meanWithInterval([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { confidence: [0.95, 0.998] });
    close(m.intervals[1].lower, R.mean['1..10 99.8%'].lower);
    close(m.intervals[1].upper, R.mean['1..10 99.8%'].upper);
  });
  it('returns null for missing values and no limits for a single value', () => {
    expect(meanWithInterval([1, null, 3])).toMatchObject({ value: null, status: 'not-available' });
    expect(meanWithInterval([])).toMatchObject({ value: null, status: 'not-available' });
    expect(meanWithInterval([4])).toMatchObject({ value: 4, lower: null, upper: null, status: 'not-applicable' });
  });
});

describe('rateRatio(a, b, options)', () => {
  it('gives the log-normal interval exp(ln RR ∓ z√(1/a + 1/b))', () => {
    // [SCRIPT] rateRatio: RR = 2, SE = sqrt(1/100 + 1/50): 1.4242872–2.8084224
    const m = rateRatio({ count: 100, population: 10000 }, { count: 50, population: 10000 });
    const [rr, lo, hi] = R.rateRatio['100/10000 vs 50/10000 95%'];
    expect(m.value).toBe(rr); // [SCRIPT] 2
    close(m.lower, lo);
    close(m.upper, hi);
    expect(m).toMatchObject({ statistic: 'rate ratio', method: 'Log-normal', numerator: 100, denominator: 50 });
  });
  it('is symmetric on the log scale and inverts when groups swap', () => {
    const ab = rateRatio({ count: 30, population: 20000 }, { count: 45, population: 15000 });
    const ba = rateRatio({ count: 45, population: 15000 }, { count: 30, population: 20000 });
    expect((ab.value as number) * (ba.value as number)).toBeCloseTo(1, 12);
    expect((ab.lower as number) * (ba.upper as number)).toBeCloseTo(1, 12);
  });
  it('handles zero and missing counts by the documented rule', () => {
    expect(rateRatio({ count: null, population: 10 }, { count: 1, population: 10 }).status).toBe('not-available');
    expect(rateRatio({ count: 5, population: 10 }, { count: 0, population: 10 })).toMatchObject({ value: null, status: 'zero-denominator' });
    expect(rateRatio({ count: 0, population: 10 }, { count: 5, population: 10 })).toMatchObject({ value: 0, lower: null, status: 'not-applicable' });
    expect(() => rateRatio({ count: -1, population: 10 }, { count: 5, population: 10 })).toThrow(messages.negativeCount('count', -1));
  });
});

describe('directlyStandardisedRate(bands, options)', () => {
  it('with one band equals the Byar crude rate (Fingertips published values)', () => {
    // [FT] Set1 2018: 1367/44701 per 1,000 -> 30.6 (28.98–32.25); one-band DSR = crude rate with Byar limits; tolerance 0.006
    const m = directlyStandardisedRate([{ count: 1367, population: 44701, standard: 1 }], { multiplier: 1000 });
    expect(Math.abs((m.lower as number) - 28.98)).toBeLessThan(0.006);
    expect(Math.abs((m.upper as number) - 32.25)).toBeLessThan(0.006);
    expect(m).toMatchObject({ method: 'Dobson', statistic: 'dsr per 1000', numerator: 1367, denominator: 44701 });
  });
  it('applies the Dobson formula across bands at 95% and 99.8%', () => {
    // [SCRIPT] dsr 'two bands': Dobson et al. (1991), bands (20, 10000, w 60000), (30, 5000, w 40000)
    //     DSR 360 per 100,000; 95% 266.3228055–475.6816033; 99.8% 221.4647118–548.7023091
    const m = directlyStandardisedRate(
      [{ count: 20, population: 10000, standard: 60000 }, { count: 30, population: 5000, standard: 40000 }],
      { confidence: [0.95, 0.998] },
    );
    close(m.value, R.dsr['two bands 95%'][0]);
    close(m.intervals[0].lower, R.dsr['two bands 95%'][1]);
    close(m.intervals[0].upper, R.dsr['two bands 95%'][2]);
    close(m.intervals[1].lower, R.dsr['two bands 99.8%'][1]);
    close(m.intervals[1].upper, R.dsr['two bands 99.8%'][2]);
  });
  it('returns null with status not-applicable when the total count is below 10', () => {
    // PHE R/DSR.R (methods note §4): "If O < 10, the value and both limits are set to NA"
    const bands = [{ count: 4, population: 1000, standard: 1 }, { count: 5, population: 1000, standard: 1 }];
    expect(directlyStandardisedRate(bands)).toMatchObject({ value: null, lower: null, upper: null, numerator: 9, status: 'not-applicable' });
    const ten = [{ count: 5, population: 1000, standard: 1 }, { count: 5, population: 1000, standard: 1 }];
    expect(directlyStandardisedRate(ten).value).not.toBeNull();
  });
  it('returns null for a missing band count and rejects negative input', () => {
    expect(directlyStandardisedRate([{ count: null, population: 10, standard: 1 }, { count: 20, population: 10, standard: 1 }]).status).toBe('not-available');
    expect(directlyStandardisedRate([{ count: 20, population: 0, standard: 1 }]).status).toBe('zero-denominator');
    expect(() => directlyStandardisedRate([{ count: -1, population: 10, standard: 1 }])).toThrow(messages.negativeCount('count', -1));
    expect(() => directlyStandardisedRate([])).toThrow(messages.noBands());
  });
});

describe('countWithInterval(count, options)', () => {
  it('is exact below 10 and Byar from 10 by default', () => {
    // [SCRIPT] exactPoisson '0 95%' upper 3.6889; byar '10 95%' 4.7874499–18.3914586
    expect(countWithInterval(0)).toMatchObject({ value: 0, lower: 0, method: 'Exact', statistic: 'count' });
    close(countWithInterval(0).upper, R.exactPoisson['0 95%'][1]);
    const ten = countWithInterval(10);
    expect(ten.method).toBe('Byars');
    close(ten.lower, R.byar['10 95%'][0]);
  });
  it('can force exact or Byar limits', () => {
    // [SCRIPT] exactPoisson '10 95%': chi2.ppf(0.975, 22)/2 = 18.3904
    const exact = countWithInterval(10, { exact: true });
    expect(exact.method).toBe('Exact');
    close(exact.lower, R.exactPoisson['10 95%'][0]);
    close(exact.upper, R.exactPoisson['10 95%'][1]);
    expect(countWithInterval(5, { exact: false }).method).toBe('Byars');
  });
  it('returns null for a missing count and rejects a negative one', () => {
    expect(countWithInterval(null)).toMatchObject({ value: null, status: 'not-available' });
    expect(() => countWithInterval(-2)).toThrow(messages.negativeCount('count', -2));
  });
});
