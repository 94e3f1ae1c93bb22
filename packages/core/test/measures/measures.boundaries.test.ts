import { describe, expect, it } from 'vitest';
import {
  countWithInterval, crudeRate, directlyStandardisedRate, directlyStandardisedRateNonIndependent,
  indirectlyStandardisedRate, indirectlyStandardisedRatio, meanWithInterval, proportion, rateRatio,
} from '../../src/measures/index.js';
import { CONVENTIONS } from '../../src/measures/conventions.js';
import { multiplierLabel } from '../../src/measures/measureHelpers.js';
import { messages } from '../../src/messages.js';
import { references as R } from '../fixtures/references.js';

// Boundaries, input checks and missing data of the measures, added for survivors of the mutation run
// (docs/methods.md, "Mutation testing"). Expected values are either the documented rule itself (a status, a
// message, the trivial 100% interval), a relation between two results that the definitions imply, or worked by
// hand as said at each test. [SCRIPT] = scripts/references/core_references.py (test/fixtures/references.json);
// the numbers once worked by hand are its `handWorkedMeasures` section, the working kept beside each test ([H]).
const H = R.handWorkedMeasures;

describe('input checks reach every path (not only those that compute an interval)', () => {
  it('a negative or infinite count is rejected even when the population is 0 or missing', () => {
    expect(() => crudeRate(-1, 0)).toThrow(messages.negativeCount('count', -1));
    expect(() => crudeRate(Infinity, 0)).toThrow(messages.notANumber('count', Infinity));
    expect(() => crudeRate(5, Infinity)).toThrow(messages.notANumber('population', Infinity));
    expect(() => proportion(-1, 0)).toThrow(messages.negativeCount('numerator', -1));
    expect(() => proportion(-1, null)).toThrow(messages.negativeCount('numerator', -1));
  });

  it('a numerator above a zero denominator is rejected, not given a zero-denominator status', () => {
    expect(() => proportion(1, 0)).toThrow(messages.numeratorAboveDenominator(1, 0));
  });

  it("under ScotPHO's conventions (no Wilson or Poisson check behind) negative counts and numerator > denominator throw", () => {
    expect(() => countWithInterval(-2, { conventions: 'scotpho' })).toThrow(messages.negativeCount('count', -2));
    expect(() => proportion(5, 3, { conventions: 'scotpho' })).toThrow(messages.numeratorAboveDenominator(5, 3));
  });

  it('a multiplier that is NaN or infinite is rejected', () => {
    expect(() => crudeRate(5, 100, { multiplier: NaN })).toThrow(messages.invalidMultiplier(NaN));
    expect(() => crudeRate(5, 100, { multiplier: Infinity })).toThrow(messages.invalidMultiplier(Infinity));
  });

  it('an unknown convention is named in the message', () => {
    expect(() => proportion(1, 2, { conventions: 'x' as never })).toThrow(messages.unknownOption('conventions', 'x', CONVENTIONS));
  });

  it('an empty input status counts as none: the result is published', () => {
    expect(proportion(1, 2, { status: '' }).status).toBe('published');
  });

  it('the multiplier label is the multiplier as written', () => {
    expect(multiplierLabel(100000)).toBe('100000');
  });
});

describe("ScotPHO's conventions away from 95% and at 100%", () => {
  it('at 99.8% the exact z is used (1.96 only at 95%): the same Byar limits as the default from 10 events', () => {
    const s = countWithInterval(20, { conventions: 'scotpho', confidence: 0.998 });
    const d = countWithInterval(20, { confidence: 0.998 });
    expect(d.method).toBe('Byars');
    expect(s.lower).toBe(d.lower);
    expect(s.upper).toBe(d.upper);
  });

  it('at 100% a count has limits 0 and Infinity, a percentage 0 and 100, a DSR 0 and Infinity', () => {
    expect(countWithInterval(5, { conventions: 'scotpho', confidence: 1 })).toMatchObject({ lower: 0, upper: Infinity });
    // at 100% the trivial interval, also at 0 events (where ScotPHO's 95% lower limit is missing)
    expect(countWithInterval(0, { conventions: 'scotpho', confidence: 1 })).toMatchObject({ lower: 0, upper: Infinity });
    expect(crudeRate(5, 100, { conventions: 'scotpho', confidence: 1 })).toMatchObject({ lower: 0, upper: Infinity });
    expect(proportion(1, 3, { conventions: 'scotpho', confidence: 1, multiplier: 100 })).toMatchObject({ lower: 0, upper: 100 });
    // one band: dsr = x/n and the Dobson term √(v/O)·O = x/n, so the lower limit dsr − √(v/O)·O is 0
    const m = directlyStandardisedRate([{ count: 20, population: 1000, standard: 1 }], { conventions: 'scotpho', confidence: 1 });
    expect(m.lower).toBe(0);
    expect(m.upper).toBe(Infinity);
  });

  it('a proportion of 1000 is the rounded percentage × 10 (1/3 -> 33.33% -> 333.3)', () => {
    // [H] 1/3 = 33.33% at 2 dp, × 10 = 333.3; [SCRIPT] ScotPHO's calculate_percent × 10
    expect(proportion(1, 3, { conventions: 'scotpho', multiplier: 1000 }).value).toBeCloseTo(H['scotpho proportion 1/3 per 1000'], 10);
  });
});

describe('directly standardised rates: standard populations and missing populations', () => {
  const two = [{ count: 20, population: 10000, standard: 60000 }, { count: 30, population: 5000, standard: 40000 }];

  it('a band with standard population 0 is allowed and adds nothing to the rate ([SCRIPT] dsr two bands: 360)', () => {
    const m = directlyStandardisedRate([...two, { count: 7, population: 100, standard: 0 }]);
    expect(Math.abs((m.value as number) - R.dsr['two bands 95%'][0])).toBeLessThan(1e-9);
  });

  it('a negative, NaN or infinite standard population is rejected', () => {
    expect(() => directlyStandardisedRate([{ count: 20, population: 10, standard: -1 }])).toThrow(messages.negativeCount('standard population', -1));
    expect(() => directlyStandardisedRate([{ count: 20, population: 10, standard: NaN }])).toThrow(messages.notANumber('standard population', NaN));
    expect(() => directlyStandardisedRate([{ count: 20, population: 10, standard: Infinity }])).toThrow(messages.notANumber('standard population', Infinity));
  });

  it('a missing population gives not-available; a negative one is named', () => {
    expect(directlyStandardisedRate([{ count: 20, population: null, standard: 1 }])).toMatchObject({ value: null, status: 'not-available' });
    expect(() => directlyStandardisedRate([{ count: 20, population: -1, standard: 1 }])).toThrow(messages.negativeDenominator('population', -1));
  });
});

describe('DSR for non-independent events: 10 events, standard 0, bad input', () => {
  // 10 persons with one event each in 1,000: 10/1000 per 100,000 = 1000
  const band = { population: 1000, standard: 1, persons: [{ frequency: 1, persons: 10 }] };

  it('10 events (not fewer) give a value; a band of standard 0 adds nothing', () => {
    const dsr = H['dsr non-independent 10 in 1000']; // [SCRIPT] Dobson DSR of one band; [H] 10/1000 per 100,000 = 1000
    expect(directlyStandardisedRateNonIndependent([band]).value).toBeCloseTo(dsr, 9);
    const extra = { population: 50, standard: 0, persons: [{ frequency: 2, persons: 3 }] };
    expect(directlyStandardisedRateNonIndependent([band, extra]).value).toBeCloseTo(dsr, 9);
  });

  it('a NaN standard population and a negative population are named', () => {
    expect(() => directlyStandardisedRateNonIndependent([{ ...band, standard: NaN }])).toThrow(messages.notANumber('standard population', NaN));
    expect(() => directlyStandardisedRateNonIndependent([{ ...band, population: -1 }])).toThrow(messages.negativeDenominator('population', -1));
  });
});

describe('indirect standardisation: defaults, 10 events and a reference population of 0', () => {
  // E = (100/10000)·1000 = 10 expected; reference rate 0.01 = 1000 per 100,000
  const band = (count: number) => ({ count, population: 1000, refCount: 100, refPopulation: 10000 });

  it('the rate is per 100,000 by default', () => {
    const m = indirectlyStandardisedRate([band(10)]);
    expect(m).toMatchObject({ multiplier: 100000, statistic: 'indirectly standardised rate per 100000' });
    const isr = H['isr rate 10 of 10 expected']; // [SCRIPT] O/E × reference rate, exact rationals; [H] 1000 and 1000
    expect(m.value).toBeCloseTo(isr.value, 9);
    expect(m.referenceRate).toBeCloseTo(isr.referenceRate, 9);
  });

  it('exact limits below 10 observed, Byar from 10 (as countWithInterval)', () => {
    expect(indirectlyStandardisedRatio([band(9)]).method).toBe('Exact');
    expect(indirectlyStandardisedRatio([band(10)]).method).toBe('Byars');
  });

  it('a band with reference population 0 gives zero-denominator, with the observed count kept', () => {
    const m = indirectlyStandardisedRatio([band(10), { count: 1, population: 100, refCount: 0, refPopulation: 0 }]);
    expect(m).toMatchObject({ value: null, lower: null, status: 'zero-denominator', observed: 11, expected: null });
  });

  it('with no reference population at all the reference rate is null, not NaN', () => {
    const m = indirectlyStandardisedRate([{ count: 1, population: 100, refCount: 0, refPopulation: 0 }]);
    expect(m.referenceRate).toBeNull();
    expect(m.status).toBe('zero-denominator');
  });

  it('a negative observed total, population or reference population is named', () => {
    expect(() => indirectlyStandardisedRatio([band(10)], { observed: -1 })).toThrow(messages.negativeCount('observed', -1));
    expect(() => indirectlyStandardisedRatio([{ ...band(10), population: -1 }])).toThrow(messages.negativeDenominator('population', -1));
    expect(() => indirectlyStandardisedRatio([{ ...band(10), refPopulation: -1 }])).toThrow(messages.negativeDenominator('reference population', -1));
  });
});

describe('meanWithInterval: two values, 100% and non-finite values', () => {
  it('two values give limits (t with 1 degree of freedom is the Cauchy quantile tan(0.475π) = 12.7062)', () => {
    // [1, 3]: mean 2, sd √2, se = √2/√2 = 1; t(0.975, 1) = tan(π(0.975 − 0.5))
    // [H] so the limits are 2 ∓ tan(0.475π) = 2 ∓ 12.7062 (printed t tables: 12.706)
    // [SCRIPT] mean_ci([1, 3]): the t quantile by mpmath, not from the closed form
    const ref = H['mean 1,3 95%'];
    const m = meanWithInterval([1, 3]);
    expect(m.value).toBe(ref.value);
    expect(m.lower as number).toBeCloseTo(ref.lower, 9);
    expect(m.upper as number).toBeCloseTo(ref.upper, 9);
  });

  it('at 100% the limits are −∞ and ∞, also when every value is the same (sd 0)', () => {
    expect(meanWithInterval([1, 3], { confidence: 1 })).toMatchObject({ lower: -Infinity, upper: Infinity });
    expect(meanWithInterval([2, 2, 2], { confidence: 1 })).toMatchObject({ lower: -Infinity, upper: Infinity });
  });

  it('an infinite value is rejected', () => {
    expect(() => meanWithInterval([1, Infinity])).toThrow(messages.notANumber('value', Infinity));
  });
});

describe('rateRatio: populations', () => {
  const g = (count: number, population: number | null) => ({ count, population });
  it('a population of 0 in either group gives zero-denominator', () => {
    expect(rateRatio(g(5, 0), g(5, 10))).toMatchObject({ value: null, status: 'zero-denominator' });
    expect(rateRatio(g(5, 10), g(5, 0))).toMatchObject({ value: null, status: 'zero-denominator' });
  });
  it('a missing population gives not-available; a negative one in either group is rejected', () => {
    expect(rateRatio(g(5, null), g(5, 10)).status).toBe('not-available');
    expect(rateRatio(g(5, 10), g(5, null)).status).toBe('not-available');
    expect(() => rateRatio(g(5, -1), g(5, 10))).toThrow(messages.negativeDenominator('population', -1));
    expect(() => rateRatio(g(5, 10), g(5, -1))).toThrow(messages.negativeDenominator('population', -1));
  });
});
