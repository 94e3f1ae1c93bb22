import { describe, expect, it } from 'vitest';
import { compareSpcProportion, compareSpcRate } from '../../src/compare/index.js';
import { StatisticsError } from '../../src/intervals/StatisticsError.js';
import { references } from '../fixtures/references.js';

// Values exactly on a control limit, missing or non-finite figures and bad options for the two SPC comparers
// (docs/methods.md, "Fingertips' other comparers"; the limits as defined in compareSpc.ts: on a limit counts as
// similar). Added for survivors of the mutation run. Every limit comes from [SCRIPT]
// scripts/references/core_references.py `spcControlLimits` (Fingertips' SpcForProportionsComparer limits, the
// Wilson interval of E = n·P₀ out of n, in exact rationals; the exact Poisson lower limit of 0 events). Inputs are
// chosen so that each step is exact in binary floating point; the hand working ([H]) stays as the explanation:
//
// Proportion, Wilson limits of E = n·P₀ events out of n: (2E + z² ∓ z√(z² + 4E(1 − E/n))) / (2(n + z²)).
//   z = 2, n = 12, P₀ = 0.5 (benchmark 50%): E = 6, √(4 + 4·6·0.5) = √16 = 4, so the limits are
//   (12 + 4 ∓ 8) / 32 = 0.25 and 0.75, i.e. 25% and 75%.
//   z = 2, n = 4, P₀ = 0: E = 0, √4 = 2, so the limits are (0 + 4 ∓ 4) / 16 = 0 and 0.5.
// Rate, Poisson limits of a whole E: at E = 0 the lower limit is 0 (no events cannot be below 0).
// The values just outside or inside a limit (24, 76, 30, 70, 0.24, 0.76, 0.51) are inputs, not results: each is
// checked against the script's limit before it is used.
const S = references.spcControlLimits;
const half = S['proportion z 2 n 12 benchmark 0.5'] as [number, number]; // [SCRIPT] 0.25, 0.75
const zero = S['proportion z 2 n 4 benchmark 0'] as [number, number]; // [SCRIPT] 0, 0.5

describe('compareSpcProportion, value on a control limit', () => {
  const z2 = { polarity: 'high-is-good' as const, z: 2 };
  const area = (value: number, denominator = 12) => ({ value, denominator });

  it('on the lower or upper limit is Similar', () => {
    expect(compareSpcProportion(area(half[0] * 100), 50, z2)).toBe('Similar'); // 25%
    expect(compareSpcProportion(area(half[1] * 100), 50, z2)).toBe('Similar'); // 75%
  });

  it('just outside the limits is Worse below and Better above; inside is Similar', () => {
    // the inputs' places: 24 below the lower limit, 76 above the upper, 30 and 70 between them
    expect(24 / 100).toBeLessThan(half[0]);
    expect(76 / 100).toBeGreaterThan(half[1]);
    for (const v of [30, 70]) expect(v / 100 > half[0] && v / 100 < half[1]).toBe(true);
    expect(compareSpcProportion(area(24), 50, z2)).toBe('Worse');
    expect(compareSpcProportion(area(76), 50, z2)).toBe('Better');
    expect(compareSpcProportion(area(30), 50, z2)).toBe('Similar');
    expect(compareSpcProportion(area(70), 50, z2)).toBe('Similar');
    expect(compareSpcProportion(area(24), 50, { polarity: 'low-is-good', z: 2 })).toBe('Better');
    expect(compareSpcProportion(area(76), 50, { polarity: 'no-judgement', z: 2 })).toBe('Higher');
  });

  it('the same limits on the 0–1 scale (multiplier 1)', () => {
    const options = { ...z2, multiplier: 1 };
    expect(compareSpcProportion(area(half[0]), 0.5, options)).toBe('Similar');
    expect(compareSpcProportion(area(half[1]), 0.5, options)).toBe('Similar');
    expect(0.24 < half[0] && 0.76 > half[1]).toBe(true); // inputs just outside the limits
    expect(compareSpcProportion(area(0.24), 0.5, options)).toBe('Worse');
    expect(compareSpcProportion(area(0.76), 0.5, options)).toBe('Better');
  });

  it('benchmark 0: limits 0 and 0.5 of 4; 0 and 50% are on them', () => {
    const options = { ...z2, multiplier: 1 };
    expect(compareSpcProportion(area(zero[0], 4), 0, options)).toBe('Similar');
    expect(compareSpcProportion(area(zero[1], 4), 0, options)).toBe('Similar');
    expect(0.51).toBeGreaterThan(zero[1]); // an input just above the upper limit
    expect(compareSpcProportion(area(0.51, 4), 0, options)).toBe('Better');
  });
});

describe('compareSpcRate, value on a control limit', () => {
  it('E = 0: a rate of 0 is on the lower limit, Similar', () => {
    // [SCRIPT] the exact lower limit of 0 events is 0; population 100,000 at multiplier 100,000, so the rate is the count
    // the area's rate is the input 0 (no events); the script's lower limit must be exactly there
    const noEvents = 0;
    expect(S['rate E 0 lower 95%']).toBe(noEvents);
    expect(S['rate E 0 lower 99.8%']).toBe(noEvents);
    expect(compareSpcRate({ value: noEvents, population: 100000 }, 0, { polarity: 'high-is-good' })).toBe('Similar');
    expect(compareSpcRate({ value: noEvents, population: 100000 }, 0, { polarity: 'low-is-good' })).toBe('Similar');
    expect(compareSpcRate({ value: noEvents, population: 100000 }, 0, { polarity: 'high-is-good', confidence: 0.998 })).toBe('Similar');
  });
});

describe('SPC comparers with missing or non-finite figures', () => {
  const high = { polarity: 'high-is-good' as const };
  it('a proportion that is NaN or infinite is Not compared', () => {
    expect(compareSpcProportion({ value: NaN, denominator: 12 }, 50, high)).toBe('Not compared');
    expect(compareSpcProportion({ value: Infinity, denominator: 12 }, 50, high)).toBe('Not compared');
    expect(compareSpcProportion({ value: 30, denominator: 12 }, NaN, high)).toBe('Not compared');
    expect(compareSpcProportion({ value: 30, denominator: NaN }, 50, high)).toBe('Not compared');
    expect(compareSpcProportion({ value: 30, denominator: undefined }, 50, high)).toBe('Not compared');
  });

  it('a rate whose value, benchmark or population is missing, NaN or infinite is Not compared', () => {
    // England's MRSA rate and Birmingham's population from SpcForDsrComparerTest.cs (E ≈ 8.7, limits well above 0)
    const england = 2.132708657734625;
    const population = 409489;
    for (const value of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(compareSpcRate({ value, population }, england, high), String(value)).toBe('Not compared');
    }
    for (const benchmark of [null, undefined, NaN, Infinity]) {
      expect(compareSpcRate({ value: 2, population }, benchmark, high), String(benchmark)).toBe('Not compared');
    }
    for (const pop of [undefined, NaN, Infinity]) {
      expect(compareSpcRate({ value: 2, population: pop }, england, high), String(pop)).toBe('Not compared');
    }
  });
});

describe('SPC comparers with bad options', () => {
  const area = { value: 30, denominator: 12 };
  const rateArea = { value: 2, population: 100000 };
  it('an unknown polarity throws, naming the option', () => {
    // @ts-expect-error unknown polarity
    expect(() => compareSpcProportion(area, 50, { polarity: 'up' })).toThrow(StatisticsError);
    // @ts-expect-error unknown polarity
    expect(() => compareSpcProportion(area, 50, { polarity: 'up' })).toThrow(/polarity "up"/);
    // @ts-expect-error unknown polarity
    expect(() => compareSpcRate(rateArea, 2, { polarity: 'up' })).toThrow(/polarity "up"/);
  });

  it('a multiplier that is not a positive finite number throws', () => {
    for (const multiplier of [Infinity, NaN, -100, 0]) {
      expect(() => compareSpcProportion(area, 50, { polarity: 'high-is-good', multiplier }), String(multiplier))
        .toThrow(StatisticsError);
      expect(() => compareSpcRate(rateArea, 2, { polarity: 'high-is-good', multiplier }), String(multiplier))
        .toThrow(StatisticsError);
    }
    // @ts-expect-error a multiplier as text
    expect(() => compareSpcProportion(area, 50, { polarity: 'high-is-good', multiplier: '100' })).toThrow(StatisticsError);
  });
});
