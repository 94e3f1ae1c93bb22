import { describe, expect, it } from 'vitest';
import { meanWithInterval } from '../../src/measures/index.js';

// Source: [PHE] ukhsa-collaboration/PHEindicatormethods @093fd288d8f8949dbcfbed70049dbbf385b6141d,
// tests/testthat/testdata_Mean.xlsx: sheet testdata_Mean rows 2–27 (Area1 rows 2–9, Area2 rows 10–27)
// are the input; sheet testdata_Mean_results rows 2–4 are phe_mean's published output
// (value_sum, value_count, stdev, value, lower95_0cl, upper95_0cl, lower99_8cl, upper99_8cl).
// Tolerance 1e-9 relative (PHE's testthat compares with expect_equal, 1.5e-8).

const area1 = [33.09375, 48.38596, 64.83495, 67.98475, 22.93556, 71.23587, 38.78465, 82.37927];
const area2 = [
  5555.66666, 6666.77777, 4444.88888, 2222.99999, 3333.88888, 5555.44444, 6666.33333, 7777.44444, 5555.99999,
  8888.33333, 2222.55555, 4444.33333, 6666.22222, 4444.11111, 4444.22222, 5555.11111, 7777.22222, 9999.77777,
];
// [PHE] testdata_Mean_results rows 2 (Area1), 3 (Area2), 4 (No grouping)
const results = [
  { values: area1, sum: 429.63476000000009, count: 8, sd: 20.975575257709309, value: 53.704345000000011,
    l95: 36.168325241336504, u95: 71.240364758663517, l998: 18.216705294788838, u998: 89.191984705211183 },
  { values: area2, sum: 102221.33323999999, count: 18, sd: 2117.8317161590671, value: 5678.9629577777778,
    l95: 4625.7900224529722, u95: 6732.1358931025834, l998: 3859.0770997295967, u998: 7498.8488158259588 },
  { values: [...area1, ...area2], sum: 102650.96799999999, count: 26, sd: 3171.8018122194453, value: 3948.1141538461534,
    l95: 2666.9956767458489, u95: 5229.2326309464579, l998: 1801.9535385474737, u998: 6094.274769144833 },
];
const rel = (a: number | null, b: number) => Math.abs((a as number) - b) / Math.abs(b);

describe('meanWithInterval on PHEindicatormethods test data (phe_mean)', () => {
  results.forEach((r, i) => {
    it(`matches testdata_Mean_results row ${i + 2}: sum, count, sd, mean and both CIs`, () => {
      const m = meanWithInterval(r.values, { confidence: [0.95, 0.998] });
      expect(rel(m.numerator, r.sum)).toBeLessThan(1e-9);
      expect(m.denominator).toBe(r.count);
      expect(rel(m.sd, r.sd)).toBeLessThan(1e-9);
      expect(rel(m.value, r.value)).toBeLessThan(1e-9);
      expect(rel(m.intervals[0].lower, r.l95)).toBeLessThan(1e-9);
      expect(rel(m.intervals[0].upper, r.u95)).toBeLessThan(1e-9);
      expect(rel(m.intervals[1].lower, r.l998)).toBeLessThan(1e-9);
      expect(rel(m.intervals[1].upper, r.u998)).toBeLessThan(1e-9);
      expect(m.method).toBe("Student's t-distribution");
    });
  });
  it('has a null sd where the mean is null or rests on one value', () => {
    expect(meanWithInterval([1, null]).sd).toBeNull();
    expect(meanWithInterval([4]).sd).toBeNull();
  });
});
