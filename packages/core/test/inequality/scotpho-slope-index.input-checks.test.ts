import { describe, expect, it } from 'vitest';
import { scotphoSlopeIndex } from '../../src/inequality/index.js';
import { messages } from '../../src/messages.js';
import { references } from '../fixtures/references.js';

// Missing and non-finite inputs and statuses of scotphoSlopeIndex, as its TSDoc states them (a quantile with a
// missing value or population → every figure null, status 'not-available'; no overall rate → no RII; the
// input status carried). Added for survivors of the mutation run; no expected number comes from the code.
const q = [50, 40, 30, 20, 10].map((value) => ({ population: 1000, value }));
const withQuantile = (j: number, change: object) => q.map((x, i) => (i === j ? { ...x, ...change } : x));

describe('scotphoSlopeIndex: missing and non-finite inputs', () => {
  it('a population or value that is null, undefined or NaN gives not-available', () => {
    for (const change of [{ population: null }, { population: undefined }, { population: NaN }, { value: undefined }, { value: NaN }]) {
      expect(scotphoSlopeIndex(withQuantile(2, change), { overallRate: 30 }), JSON.stringify(change)).toMatchObject({ sii: null, rii: null, par: null, status: 'not-available' });
    }
  });

  it('an infinite value or population throws', () => {
    expect(() => scotphoSlopeIndex(withQuantile(2, { value: Infinity }), { overallRate: 30 })).toThrow(messages.notANumber('value', Infinity));
    expect(() => scotphoSlopeIndex(withQuantile(2, { population: Infinity }), { overallRate: 30 })).toThrow(messages.negativeDenominator('population', Infinity));
  });

  it('an overall rate left undefined gives no RII, like null; an infinite one throws', () => {
    const out = scotphoSlopeIndex(q, { overallRate: undefined });
    expect(out).toMatchObject({ rii: null, riiLower: null, riiUpper: null, riiPercent: null });
    // the exact line of scotpho-slope-index.test.ts: 10 per fifth × 5 = 50 ([SCRIPT] scotphoSiiExact)
    expect(out.sii).toBeCloseTo(references.scotphoSiiExact['falling line 50,40,30,20,10 overall 30'].sii, 10);
    expect(() => scotphoSlopeIndex(q, { overallRate: Infinity })).toThrow(messages.notANumber('overallRate', Infinity));
  });
});

describe('scotphoSlopeIndex: statuses', () => {
  it('the input status is carried: alone when published, with the reason when not', () => {
    expect(scotphoSlopeIndex(q, { overallRate: 30, status: 'provisional' }).status).toBe('provisional');
    expect(scotphoSlopeIndex(q, { overallRate: 30, status: '' }).status).toBe('published');
    expect(scotphoSlopeIndex(withQuantile(2, { value: null }), { overallRate: 30, status: 'provisional' }).status).toBe('provisional; not-available');
  });

  it('a ratio to 0 is null, not NaN or Infinity, and the other figures stand', () => {
    // the least deprived quintile at 0: PAR = Σr/(Σr + 1) with r = (y/0 − 1)·a, and first/last, divide by 0 (ScotPHO's
    // R gives NaN and Inf, as its published deprivation data shows for access-deprived areas with a quintile at 0%)
    const lastAtZero = [40, 30, 20, 10, 0].map((value) => ({ population: 1000, value }));
    const out = scotphoSlopeIndex(lastAtZero, { overallRate: 20 });
    expect(out).toMatchObject({ par: null, relativeRange: null, absoluteRange: 40, status: 'published' });
    expect(Number.isFinite(out.sii)).toBe(true);
    expect(Number.isFinite(out.rii)).toBe(true);
    // every quintile at 0: PAR and the relative range are 0/0
    const allZero = scotphoSlopeIndex(Array.from({ length: 5 }, () => ({ population: 1000, value: 0 })), { overallRate: 0 });
    expect(allZero).toMatchObject({ par: null, relativeRange: null, absoluteRange: 0, rii: 0 });
    // an overall rate of 0 with a slope: SII / 0
    const noOverall = scotphoSlopeIndex(lastAtZero, { overallRate: 0 });
    expect(noOverall).toMatchObject({ rii: null, riiLower: null, riiUpper: null, riiPercent: null });
    expect(Number.isFinite(noOverall.sii)).toBe(true);
  });
});
