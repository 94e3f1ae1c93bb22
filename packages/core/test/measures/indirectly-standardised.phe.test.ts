import { describe, expect, it } from 'vitest';
import { indirectlyStandardisedRate, indirectlyStandardisedRatio } from '../../src/measures/index.js';
import type { IndirectBand } from '../../src/measures/index.js';
import { messages } from '../../src/messages.js';

// Source: [PHE] ukhsa-collaboration/PHEindicatormethods @093fd288d8f8949dbcfbed70049dbbf385b6141d,
// tests/testthat/testdata_DSR_ISR.xlsx: input sheet testdata_multiarea_isr (testdata_big rows 2–20,
// testdata_small rows 21–39, testdata_tiny rows 40–58; the reference counts and populations are the same
// as sheet refdata rows 2–20); published output sheet testresults_ISR rows 2–13 (calculate_ISRate per
// 100,000 rows 2–4 and per 1,000 rows 5–7; calculate_ISRatio × 1 rows 8–10 and × 100 rows 11–13).
// testdata_tiny row 42 (band 10-14) has no count and no population; PHE reads the NA count as 0, and its
// reference count is 0, so the band adds nothing to E whatever the population: we pass count 0 and the
// population the other areas have (609). Tolerance 1e-9 relative (testthat expect_equal: 1.5e-8).

const ref: [number, number][] = [
  [10303, 50520], [2824, 57173], [0, 60213], [3615, 54659], [3641, 44345], [3490, 50128], [3789, 62163],
  [3213, 67423], [3031, 62899], [2771, 55463], [3089, 60479], [3490, 49974], [3595, 44140], [4745, 40888],
  [5514, 37239], [7125, 30819], [5694, 18136], [6210, 15325], [5757, 13918],
];
const pops = [636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207];
const counts: Record<string, number[]> = {
  big: [127, 25, 18, 21, 12, 27, 48, 27, 29, 32, 32, 34, 45, 65, 38, 68, 74, 82, 91],
  small: [12, 4, 3, 2, 3, 4, 8, 2, 2, 3, 4, 5, 6, 8, 5, 6, 5, 5, 4],
  tiny: [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 2, 3],
};
const bands = (area: string): IndirectBand[] =>
  ref.map(([refCount, refPopulation], i) => ({ count: counts[area][i], population: pops[i], refCount, refPopulation }));

// [PHE] testresults_ISR: [row, area, multiplier, value, lower95, upper95, lower998, upper998, method]
type Row = [number, string, number, number, number, number, number, number, string];
const rates: Row[] = [
  [2, 'big', 100000, 10011.137622091057, 9365.91600297888, 10689.097582910616, 9008.7578618655007, 11089.02718538338, 'Byars'],
  [3, 'small', 100000, 1017.8922051511577, 819.52100250646299, 1249.7592601383201, 719.51329035282447, 1392.9381508991678, 'Byars'],
  [4, 'tiny', 100000, 100.6706576523123, 46.033035133078933, 191.10426659054028, 27.431908625542341, 253.43696352192359, 'Exact'],
  [5, 'big', 1000, 100.11137622091056, 93.659160029788794, 106.89097582910615, 90.087578618655002, 110.8902718538338, 'Byars'],
  [6, 'small', 1000, 10.178922051511577, 8.1952100250646307, 12.497592601383202, 7.1951329035282443, 13.929381508991677, 'Byars'],
  [7, 'tiny', 1000, 1.0067065765231229, 0.46033035133078931, 1.9110426659054027, 0.27431908625542339, 2.5343696352192358, 'Exact'],
];
const ratios: Row[] = [
  [8, 'big', 1, 1.0707232939020275, 1.0017147712553987, 1.1432332872498949, 0.96351556196144372, 1.1860070415876287, 'Byars'],
  [9, 'small', 1, 0.10886683770400503, 8.765040101829405e-2, 0.13366576328418911, 7.6954255283921108e-2, 0.14897920510466744, 'Byars'],
  [10, 'tiny', 1, 1.0767049882813684e-2, 4.9233808250957762e-3, 2.043921455549973e-2, 2.9339306550682617e-3, 2.7105896514690211e-2, 'Exact'],
  [11, 'big', 100, 107.07232939020275, 100.17147712553987, 114.32332872498949, 96.351556196144372, 118.60070415876287, 'Byars'],
  [12, 'small', 100, 10.886683770400502, 8.7650401018294044, 13.366576328418912, 7.6954255283921107, 14.897920510466744, 'Byars'],
  [13, 'tiny', 100, 1.0767049882813684, 0.49233808250957761, 2.043921455549973, 0.2933930655068262, 2.7105896514690211, 'Exact'],
];
const observed: Record<string, number> = { big: 895, small: 91, tiny: 9 }; // testresults_ISR column B
const EXPECTED = 835.88356123117433; // testresults_ISR column C, every row 2–13
const REF_RATE = 9349.8830922110192; // testresults_ISR column D, per 100,000
const rel = (a: number | null, b: number) => Math.abs((a as number) - b) / Math.abs(b);

describe('indirectlyStandardisedRate on PHEindicatormethods test data (calculate_ISRate)', () => {
  for (const [row, area, multiplier, value, l95, u95, l998, u998, method] of rates) {
    it(`matches testresults_ISR row ${row} (${area}, per ${multiplier})`, () => {
      const m = indirectlyStandardisedRate(bands(area), { multiplier, confidence: [0.95, 0.998] });
      expect(m.observed).toBe(observed[area]);
      expect(rel(m.expected, EXPECTED)).toBeLessThan(1e-9);
      expect(rel(m.referenceRate, (REF_RATE * multiplier) / 100000)).toBeLessThan(1e-9);
      expect(rel(m.value, value)).toBeLessThan(1e-9);
      expect(rel(m.intervals[0].lower, l95)).toBeLessThan(1e-9);
      expect(rel(m.intervals[0].upper, u95)).toBeLessThan(1e-9);
      expect(rel(m.intervals[1].lower, l998)).toBeLessThan(1e-9);
      expect(rel(m.intervals[1].upper, u998)).toBeLessThan(1e-9);
      expect(m.method).toBe(method);
      expect(m.statistic).toBe(`indirectly standardised rate per ${multiplier}`);
    });
  }
});

describe('indirectlyStandardisedRatio on PHEindicatormethods test data (calculate_ISRatio)', () => {
  for (const [row, area, multiplier, value, l95, u95, l998, u998, method] of ratios) {
    it(`matches testresults_ISR row ${row} (${area}, x ${multiplier})`, () => {
      const m = indirectlyStandardisedRatio(bands(area), { multiplier, confidence: [0.95, 0.998] });
      expect(rel(m.value, value)).toBeLessThan(1e-9);
      expect(rel(m.intervals[0].lower, l95)).toBeLessThan(1e-9);
      expect(rel(m.intervals[0].upper, u95)).toBeLessThan(1e-9);
      expect(rel(m.intervals[1].lower, l998)).toBeLessThan(1e-9);
      expect(rel(m.intervals[1].upper, u998)).toBeLessThan(1e-9);
      expect(m).toMatchObject({ method, statistic: `indirectly standardised ratio x ${multiplier}`, numerator: observed[area], referenceRate: null });
    });
  }
  it('takes an observed total without a breakdown (PHE observed_totals): same result as the bands', () => {
    // [PHE] testISRatios.R "test default with observed_totals" expects testresults_ISR rows 7–9 (× 1 rows 8–10 here)
    const noCounts = bands('big').map((b) => ({ ...b, count: null }));
    const m = indirectlyStandardisedRatio(noCounts, { observed: 895 });
    expect(rel(m.value, 1.0707232939020275)).toBeLessThan(1e-9);
    expect(rel(m.lower, 1.0017147712553987)).toBeLessThan(1e-9);
  });
});

describe('indirect standardisation: missing and invalid input', () => {
  it('gives null with not-available for a missing band count (not read as 0) or population', () => {
    const b = bands('big');
    expect(indirectlyStandardisedRatio([{ ...b[0], count: null }, ...b.slice(1)])).toMatchObject({ value: null, status: 'not-available', expected: null });
    expect(indirectlyStandardisedRate([{ ...b[0], population: null }, ...b.slice(1)]).status).toBe('not-available');
    expect(indirectlyStandardisedRatio(b, { observed: null }).status).toBe('not-available');
  });
  it('gives zero-denominator when nothing is expected', () => {
    expect(indirectlyStandardisedRatio([{ count: 3, population: 100, refCount: 0, refPopulation: 1000 }]))
      .toMatchObject({ value: null, status: 'zero-denominator', expected: 0 });
  });
  it('rejects negative input and no bands', () => {
    expect(() => indirectlyStandardisedRatio([])).toThrow(messages.noBands());
    expect(() => indirectlyStandardisedRatio([{ count: -1, population: 10, refCount: 1, refPopulation: 10 }])).toThrow(messages.negativeCount('count', -1));
    expect(() => indirectlyStandardisedRate([{ count: 1, population: 10, refCount: -1, refPopulation: 10 }])).toThrow(messages.negativeCount('reference count', -1));
  });
});
