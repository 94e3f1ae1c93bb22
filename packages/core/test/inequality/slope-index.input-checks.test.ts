import { describe, expect, it } from 'vitest';
import { slopeIndexOfInequality, type InequalityQuantile, type SlopeIndexOptions } from '../../src/inequality/index.js';
import { StatisticsError } from '../../src/intervals/StatisticsError.js';

// Input checks, missing data, statuses and the multiplier of slopeIndexOfInequality, as its TSDoc and
// docs/methods.md ("Slope and relative index of inequality") state them. Added for survivors of the mutation
// run. No number here is one the code printed: expected results are errors, statuses, nulls, or relations
// the definition implies (the SII and intercept scale with the multiplier; a negative multiplier swaps and
// negates the SII limits and inverts the RII limits; a numerator only fills in a missing value).
const pops = [1000, 2000, 1500, 2500, 3000];
const values = [10, 12, 13, 15, 18];
const normal: InequalityQuantile[] = pops.map((population, i) => ({ population, value: values[i], se: 1 }));
// rates with 95% limits and no standard errors (for transform)
const rates: InequalityQuantile[] = pops.map((population, i) => ({ population, value: values[i], lower: values[i] - 2, upper: values[i] + 3 }));
const proportions: InequalityQuantile[] = pops.map((population, i) => ({ population, value: values[i] / 100, lower: values[i] / 100 - 0.02, upper: values[i] / 100 + 0.03 }));
const fast: SlopeIndexOptions = { repetitions: 1000 };
const sii = (q: InequalityQuantile[], options: SlopeIndexOptions = {}) => slopeIndexOfInequality(q, { ...fast, ...options });
const withQuantile = (q: InequalityQuantile[], j: number, change: Partial<InequalityQuantile>) => q.map((x, i) => (i === j ? { ...x, ...change } : x));

describe('slopeIndexOfInequality: options', () => {
  it('an unknown value type throws, naming the option', () => {
    // @ts-expect-error unknown value type
    expect(() => sii(normal, { valueType: 'ratio' })).toThrow(/valueType "ratio"/);
  });

  it('a multiplier that is 0, not finite or not a number throws', () => {
    for (const multiplier of [0, NaN, Infinity, -Infinity]) {
      expect(() => sii(normal, { multiplier }), String(multiplier)).toThrow(StatisticsError);
      expect(() => sii(normal, { multiplier }), String(multiplier)).toThrow(/multiplier/);
    }
    // @ts-expect-error a multiplier as text
    expect(() => sii(normal, { multiplier: '2' })).toThrow(StatisticsError);
  });

  it('1000 repetitions are allowed (at least 1000)', () => {
    expect(sii(normal, { repetitions: 1000 }).status).toBe('published');
  });

  it('100 quantiles are allowed, 101 are not', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ population: 100, value: i, se: 1 }));
    expect(sii(many(100)).quantiles).toBe(100);
    expect(() => sii(many(101))).toThrow(StatisticsError);
    expect(() => sii(many(101))).toThrow(/between 5 and 100 quantiles \(got 101\)/);
  });

  it('transform with value type normal throws even without standard errors', () => {
    const limitsOnly = normal.map(({ population, value }) => ({ population, value, lower: (value as number) - 1, upper: (value as number) + 1 }));
    expect(() => sii(limitsOnly, { transform: true })).toThrow(/rates and proportions only/);
  });

  it('transform with a standard error on one quantile only throws', () => {
    expect(() => sii(withQuantile(rates, 2, { se: 0.1 }), { valueType: 'rate', transform: true })).toThrow(/not standard errors/);
  });

  it('an empty list of levels, or a list with a bad level, throws', () => {
    expect(() => sii(normal, { confidence: [] })).toThrow(/Confidence levels \[\]/);
    expect(() => sii(normal, { confidence: [95, 50] })).toThrow(StatisticsError);
    expect(() => sii(normal, { confidence: [95, 50] })).toThrow(/Confidence levels \[95,50\]/);
  });

  it('the transform column says none, log or logit', () => {
    expect(sii(normal).transform).toBe('none');
    expect(sii(rates, { valueType: 'rate' }).transform).toBe('none');
    expect(sii(rates, { valueType: 'rate', transform: true }).transform).toBe('log');
    expect(sii(proportions, { valueType: 'proportion', transform: true }).transform).toBe('logit');
  });
});

describe('slopeIndexOfInequality: quantile checks', () => {
  it('a population that is infinite throws; a negative one names the population', () => {
    expect(() => sii(withQuantile(normal, 1, { population: Infinity }))).toThrow(/population must be a finite number/);
    expect(() => sii(withQuantile(normal, 1, { population: -5 }))).toThrow(/population must be greater than zero/);
  });

  it('a standard error of 0 is allowed', () => {
    expect(sii(withQuantile(normal, 1, { se: 0 })).status).toBe('published');
  });

  it('a value of 0 or below is allowed for value type normal', () => {
    expect(sii(normal.map((x) => ({ ...x, value: (x.value as number) - 20 }))).status).toBe('published');
    expect(sii(withQuantile(normal, 0, { value: 0 })).status).toBe('published');
  });

  it('a rate of 0 or below throws, naming what is wrong', () => {
    expect(() => sii(withQuantile(rates, 1, { value: 0 }), { valueType: 'rate' })).toThrow(/Quantile 2: value 0 is not a positive rate/);
    expect(() => sii(withQuantile(rates, 1, { value: -1 }), { valueType: 'rate' })).toThrow(/value -1 is not a positive rate/);
  });

  it('a proportion of 0 or 1 throws (exclusive)', () => {
    expect(() => sii(withQuantile(proportions, 1, { value: 0 }), { valueType: 'proportion' })).toThrow(/value 0 is not a proportion/);
    expect(() => sii(withQuantile(proportions, 1, { value: 1, upper: 1 }), { valueType: 'proportion' })).toThrow(/value 1 is not a proportion/);
  });

  it('without a standard error, a limit of 0 for a rate throws, naming the limit', () => {
    expect(() => sii(withQuantile(rates, 3, { lower: 0 }), { valueType: 'rate' })).toThrow(/Quantile 4: lower limit 0 is not a positive rate/);
    expect(() => sii(withQuantile(rates, 3, { upper: 0 }), { valueType: 'rate' })).toThrow(/Quantile 4: upper limit 0 is not a positive rate/);
    expect(() => sii(withQuantile(proportions, 3, { upper: 1 }), { valueType: 'proportion' })).toThrow(/upper limit 1 is not a proportion/);
  });

  it('with a standard error the limits are not used, so they are not checked', () => {
    expect(sii(withQuantile(rates, 3, { lower: 0, se: 0.1 }), { valueType: 'rate' }).status).toBe('published');
  });
});

describe('slopeIndexOfInequality: missing data and statuses', () => {
  const nulls = { sii: null, rii: null, intercept: null, lower: null, upper: null };

  it('a missing population (null, undefined or NaN) gives not-available', () => {
    for (const population of [null, undefined, NaN]) {
      expect(sii(withQuantile(normal, 2, { population })), String(population)).toMatchObject({ ...nulls, status: 'not-available' });
    }
  });

  it('a missing rate gives not-available, not an error', () => {
    expect(sii(withQuantile(rates, 2, { value: null }), { valueType: 'rate' })).toMatchObject({ ...nulls, status: 'not-available' });
  });

  it('a quantile with one limit and no standard error, or with no spread at all, gives not-available', () => {
    const noSe = normal.map(({ population, value }) => ({ population, value, lower: (value as number) - 1, upper: (value as number) + 1 }));
    expect(sii(withQuantile(noSe, 2, { upper: null }))).toMatchObject({ ...nulls, status: 'not-available' });
    expect(sii(withQuantile(noSe, 2, { lower: null }))).toMatchObject({ ...nulls, status: 'not-available' });
    expect(sii(withQuantile(noSe, 2, { lower: null, upper: null }))).toMatchObject({ ...nulls, status: 'not-available' });
    // a rate with one limit missing: the other limit is checked, the missing one is not
    expect(sii(withQuantile(rates, 2, { lower: null }), { valueType: 'rate' }).status).toBe('not-available');
    expect(sii(withQuantile(rates, 2, { upper: null }), { valueType: 'rate' }).status).toBe('not-available');
  });

  it('a result without figures lists every level asked, each with null limits', () => {
    const r = sii(withQuantile(normal, 2, { value: null }), { confidence: [0.95, 0.998] });
    expect(r.intervals).toEqual([
      { confidence: 0.95, siiLower: null, siiUpper: null, riiLower: null, riiUpper: null },
      { confidence: 0.998, siiLower: null, siiUpper: null, riiLower: null, riiUpper: null },
    ]);
    expect(r.confidence).toBe(0.95);
  });

  it('the first quantile with a problem gives the status', () => {
    const missingThenZero = withQuantile(withQuantile(normal, 1, { value: null }), 3, { population: 0 });
    expect(sii(missingThenZero).status).toBe('not-available');
    const zeroThenMissing = withQuantile(withQuantile(normal, 1, { population: 0 }), 3, { value: null });
    expect(sii(zeroThenMissing).status).toBe('zero-denominator');
  });

  it('the input status is carried: alone when published, with the reason when not', () => {
    expect(sii(normal, { status: 'provisional' }).status).toBe('provisional');
    expect(sii(normal, { status: '' }).status).toBe('published');
    expect(sii(withQuantile(normal, 2, { value: null }), { status: 'provisional' }).status).toBe('provisional; not-available');
  });
});

describe('slopeIndexOfInequality: a numerator only fills in a missing proportion', () => {
  const counts = proportions.map((x) => ({ population: x.population, numerator: (x.value as number) * (x.population as number), lower: x.lower, upper: x.upper }));

  it('numerator / population stands for the value', () => {
    const fromCounts = sii(counts, { valueType: 'proportion' });
    const fromValues = sii(proportions, { valueType: 'proportion' });
    expect(fromCounts.sii).toBeCloseTo(fromValues.sii as number, 12);
    expect(fromCounts.status).toBe('published');
  });

  it('a value given wins over the numerator', () => {
    const both = proportions.map((x) => ({ ...x, numerator: 1 }));
    expect(sii(both, { valueType: 'proportion' })).toEqual(sii(proportions, { valueType: 'proportion' }));
    const normalBoth = normal.map((x) => ({ ...x, numerator: 1 }));
    expect(sii(normalBoth)).toEqual(sii(normal));
  });

  it('not for value type normal, and not with a population of 0', () => {
    const normalCounts = normal.map(({ population, se }) => ({ population, se, numerator: 5 }));
    expect(sii(normalCounts).status).toBe('not-available');
    expect(sii(withQuantile(counts, 2, { population: 0, numerator: 5 }), { valueType: 'proportion' }).status).toBe('not-available');
  });
});

describe('slopeIndexOfInequality: the multiplier', () => {
  const near = (got: number | null, want: number | null) => expect(Math.abs((got as number) - (want as number))).toBeLessThan(1e-12 * Math.abs(want as number));

  it('without transform, the SII and its limits scale with it, the intercept and RII do not', () => {
    const one = sii(normal);
    const hundred = sii(normal, { multiplier: 100 });
    near(hundred.sii, 100 * (one.sii as number));
    near(hundred.lower, 100 * (one.lower as number));
    near(hundred.upper, 100 * (one.upper as number));
    expect(hundred.intercept).toBe(one.intercept);
    expect(hundred.rii).toBe(one.rii);
  });

  for (const [valueType, q] of [['rate', rates], ['proportion', proportions]] as const) {
    it(`with transform (${valueType}), 100 scales the SII, its limits and the intercept; -100 also swaps and negates the SII limits and inverts the RII`, () => {
      const one = sii(q, { valueType, transform: true });
      const plus = sii(q, { valueType, transform: true, multiplier: 100 });
      const minus = sii(q, { valueType, transform: true, multiplier: -100 });
      near(plus.sii, 100 * (one.sii as number));
      near(plus.intercept, 100 * (one.intercept as number));
      near(plus.intervals[0].siiLower, 100 * (one.intervals[0].siiLower as number));
      near(plus.intervals[0].siiUpper, 100 * (one.intervals[0].siiUpper as number));
      near(minus.sii, -100 * (one.sii as number));
      near(minus.intercept, 100 * (one.intercept as number));
      near(minus.intervals[0].siiLower, -100 * (one.intervals[0].siiUpper as number));
      near(minus.intervals[0].siiUpper, -100 * (one.intervals[0].siiLower as number));
      near(minus.rii, 1 / (one.rii as number));
      near(minus.intervals[0].riiLower, 1 / (one.intervals[0].riiUpper as number));
      near(minus.intervals[0].riiUpper, 1 / (one.intervals[0].riiLower as number));
    });
  }
});
