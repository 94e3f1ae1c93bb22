import { describe, expect, it } from 'vitest';
import { directlyStandardisedRate, directlyStandardisedRateNonIndependent } from '../../src/measures/index.js';
import type { FrequencyBand } from '../../src/measures/index.js';
import { messages } from '../../src/messages.js';

// Source: [PHE] ukhsa-collaboration/PHEindicatormethods @093fd288d8f8949dbcfbed70049dbbf385b6141d,
// tests/testthat/testdata_DSR_ISR.xlsx. Input: sheet testdata_nonindepe (area, ageband, count, pop, and f1–f4,
// the persons with 1–4 events): testdata_nonind_big rows 2–20, _dummy rows 21–39, _small rows 40–58,
// _tiny rows 59–77. Published output of calculate_dsr(independent_events = FALSE, confidence = c(0.95, 0.998)):
// sheet testresults_DSR rows 10–13 (tests/testthat/testDSRs.R, "test nonindependent events ... and 2 CIs").
// PHE's test data loader (data-raw/LoadTestdata.R) pivots f1–f4 longer and sets the standard population
// to ESP2013 (Eurostat 2013, 19 bands 0–4 ... 90+, summing to 100,000), as below. A blank f cell is an NA
// number of persons, which PHE reads as 0; here it is a frequency the band does not list (no persons).
// The published values carry 11 to 14 significant digits: tolerance 1e-10 relative.

const esp2013 = [5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000];
const pops = [636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207];
const _ = null;
// persons with 1, 2, 3, 4 events in each band (sheet testdata_nonindepe columns E–H)
const persons: Record<string, (number | null)[][]> = {
  big: [[75, 16, 4, 2], [16, 3, 1, 0], [11, 2, 1, 0], [12, 3, 1, 0], [8, 0, 0, 1], [18, 3, 1, 0], [26, 6, 2, 1], [18, 3, 1, 0], [18, 4, 1, 0], [21, 4, 1, 0], [21, 4, 1, 0], [23, 4, 1, 0], [23, 6, 2, 1], [39, 8, 2, 1], [25, 5, 1, 0], [40, 9, 2, 1], [46, 9, 2, 1], [49, 10, 3, 1], [56, 11, 3, 1]],
  dummy: [[80, 10, 9, _], [15, 5, _, _], [10, 1, 2, _], [17, 2, _, _], [12, _, _, _], [25, 1, _, _], [30, 9, _, _], [20, 2, 1, _], [19, 5, _, _], [23, 3, 1, _], [19, 5, 1, _], [30, 2, _, _], [19, 7, 4, _], [25, 14, 4, _], [15, 10, 1, _], [20, 18, 4, _], [30, 16, 4, _], [29, 19, 5, _], [22, 21, 9, _]],
  small: [[7, 1, 1, 0], [4, 0, 0, 0], [3, 0, 0, 0], [0, 0, 0, 0], [3, 0, 0, 0], [4, 0, 0, 0], [5, 0, 1, 0], [2, 0, 0, 0], [2, 0, 0, 0], [3, 0, 0, 0], [4, 0, 0, 0], [5, 0, 0, 0], [3, 0, 1, 0], [5, 0, 1, 0], [5, 0, 0, 0], [3, 0, 1, 0], [5, 0, 0, 0], [5, 0, 0, 0], [4, 0, 0, 0]],
  tiny: [[0, _, _, _], [0, _, _, _], [0, _, _, _], [0, _, _, _], [0, _, _, _], [0, _, _, _], [1, _, _, _], [0, _, _, _], [0, _, _, _], [0, _, _, _], [0, _, _, _], [0, _, _, _], [1, _, _, _], [0, _, _, _], [0, _, _, _], [1, _, _, _], [1, _, _, _], [0, 1, _, _], [0, 0, 1, _]],
};
const bands = (area: string): FrequencyBand[] =>
  persons[area].map((row, i) => ({
    population: pops[i],
    standard: esp2013[i],
    persons: row.flatMap((p, f) => (p === null ? [] : [{ frequency: f + 1, persons: p }])),
  }));

// [PHE] testresults_DSR: [row, area, total_count, value, lower95, upper95, lower998, upper998]
const published: [number, string, number, number, number, number, number, number][] = [
  [10, 'big', 895, 10430.24799147, 9532.94977862, 11373.07483298, 9036.25631357, 11929.24980749],
  [11, 'dummy', 895, 10430.24799147, 9512.29883752, 11394.77359633, 9004.17418121, 11963.74870404],
  [12, 'small', 89, 1082.95419841, 817.68609755, 1393.55884927, 684.16751792, 1585.49645593],
];

const close = (got: number | null, want: number) => expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(1e-10 * Math.abs(want));

describe('directlyStandardisedRateNonIndependent (PHE calculate_dsr, independent_events = FALSE)', () => {
  it.each(published)('testresults_DSR row %i (%s): events, value and 95%% and 99.8%% limits', (_row, area, total, value, l95, u95, l998, u998) => {
    const m = directlyStandardisedRateNonIndependent(bands(area), { confidence: [0.95, 0.998] });
    expect(m.method).toBe('Dobson, with confidence adjusted for non-independent events');
    expect(m.statistic).toBe('dsr per 100000');
    expect(m.numerator).toBe(total);
    expect(m.denominator).toBe(8970);
    close(m.value, value);
    close(m.intervals[0].lower, l95);
    close(m.intervals[0].upper, u95);
    close(m.intervals[1].lower, l998);
    close(m.intervals[1].upper, u998);
  });

  it('testresults_DSR row 13 (tiny, 9 events): no value, as PHE ("dsr NA for total count < 10")', () => {
    const m = directlyStandardisedRateNonIndependent(bands('tiny'));
    expect(m.numerator).toBe(9);
    expect(m.value).toBeNull();
    expect(m.lower).toBeNull();
    expect(m.status).toContain('not-applicable');
  });

  it('with one event per person it is the independent DSR (testresults_DSR row 6, the same 895 events)', () => {
    // [PHE] testresults_DSR row 6: testdata_big per 100,000, independent events
    const counts = persons.big.map((row) => row.reduce<number>((s, p, f) => s + (f + 1) * (p ?? 0), 0));
    const single = counts.map((c, i) => ({ population: pops[i], standard: esp2013[i], persons: [{ frequency: 1, persons: c }] }));
    const m = directlyStandardisedRateNonIndependent(single, { confidence: [0.95, 0.998] });
    close(m.value, 10430.247991469423);
    close(m.intervals[0].lower, 9717.709067985681);
    close(m.intervals[0].upper, 11178.94091547925);
    close(m.intervals[1].lower, 9323.2878802199029);
    close(m.intervals[1].upper, 11620.595999522058);
    const independent = directlyStandardisedRate(counts.map((c, i) => ({ count: c, population: pops[i], standard: esp2013[i] })));
    close(m.lower, independent.lower as number);
  });

  it('repeats widen the interval: the dummy area (more repeats) is wider than big, with the same events', () => {
    const big = directlyStandardisedRateNonIndependent(bands('big'));
    const dummy = directlyStandardisedRateNonIndependent(bands('dummy'));
    expect((dummy.upper as number) - (dummy.lower as number)).toBeGreaterThan((big.upper as number) - (big.lower as number));
  });

  it('missing data: a null number of persons or population gives not-available; population 0 gives zero-denominator', () => {
    const b = bands('big');
    const withNull = b.map((band, i) => (i === 3 ? { ...band, persons: [{ frequency: 1, persons: null }] } : band));
    expect(directlyStandardisedRateNonIndependent(withNull)).toMatchObject({ value: null, status: expect.stringContaining('not-available') });
    const noPop = b.map((band, i) => (i === 0 ? { ...band, population: null } : band));
    expect(directlyStandardisedRateNonIndependent(noPop)).toMatchObject({ value: null, denominator: null, status: expect.stringContaining('not-available') });
    const zeroPop = b.map((band, i) => (i === 0 ? { ...band, population: 0 } : band));
    expect(directlyStandardisedRateNonIndependent(zeroPop)).toMatchObject({ value: null, status: expect.stringContaining('zero-denominator') });
  });

  it('rejects bad input with a message naming the band', () => {
    const band = (persons: FrequencyBand['persons']): FrequencyBand[] => [{ population: 100, standard: 1, persons }];
    expect(() => directlyStandardisedRateNonIndependent([])).toThrow(messages.noBands());
    expect(() => directlyStandardisedRateNonIndependent(band([{ frequency: 0, persons: 3 }]))).toThrow('Band 1: event frequency 0 must be a whole number of at least 1.');
    expect(() => directlyStandardisedRateNonIndependent(band([{ frequency: 1.5, persons: 3 }]))).toThrow('Band 1: event frequency 1.5');
    expect(() => directlyStandardisedRateNonIndependent(band([{ frequency: 2, persons: 3 }, { frequency: 2, persons: 1 }]))).toThrow('Band 1: event frequency 2 is listed more than once.');
    expect(() => directlyStandardisedRateNonIndependent(band([{ frequency: 1, persons: -1 }]))).toThrow(messages.negativeCount('persons', -1));
    expect(() => directlyStandardisedRateNonIndependent([{ population: 100, standard: -1, persons: [] }])).toThrow(messages.negativeCount('standard population', -1));
    expect(() => directlyStandardisedRateNonIndependent([{ population: -5, standard: 1, persons: [] }])).toThrow();
    // @ts-expect-error ScotPHO has no such method
    expect(() => directlyStandardisedRateNonIndependent(band([{ frequency: 1, persons: 20 }]), { conventions: 'scotpho' })).toThrow(/ScotPHO has no DSR for non-independent events/);
  });
});
