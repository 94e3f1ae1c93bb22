import { describe, expect, it } from 'vitest';
import { funnelPlotLimits } from '../../src/funnel/index.js';
import { references } from '../fixtures/references.js';

// The width R's nchar() gives the rounded axis ends of funnelPlotLimits, added for the survivors of the mutation run
// of `rNchar` in funnelPlot.ts (docs/methods.md, "Mutation testing"). PHEindicatormethods rounds the axis with
//   signif.floor(x)   = floor(0.95x / 10^n) · 10^n, n = nchar(floor(0.95x)) − 1     (axis minimum)
//   signif.ceiling(x) = ceiling(1.05x / 10^n) · 10^n, n = nchar(ceiling(1.05x)) − 2 (axis maximum)
// and nchar() of a number counts the characters of as.character(), which writes a whole number in scientific form
// when that is shorter ("1.01e+09", 8 characters, for 1010000000) and in full when it is not (a tie keeps the
// full form: "1100000", not "1.1e+06"; both are 7 characters).
// [SCRIPT] scripts/references/core_references.py, funnelAxisRounding: both expressions in double precision as R
// evaluates them, with as.character() written out as R 4.x formats a whole number (both forms built as strings,
// checked there against R 4.2.2). [R] R 4.2.2 with PHE's two expressions gives the same six values; the code's
// nchar agrees with R's on 424,543 whole numbers from 0 to 2^53 (all of 0 to 200,000, d·10^k and
// d·10^k + 10^(k−3), and random ones).

const prop = { statistic: 'proportion' as const, multiplier: 100 };
const A = references.funnelAxisRounding;

/** The axis minimum: the smallest denominator x with the largest at most 2x, so the axis starts at signif.floor(x). */
const axisStart = (x: number, largest: number) =>
  funnelPlotLimits([{ numerator: 100, denominator: x }, { numerator: 200, denominator: largest }], prop).rows[0].size;

/** The axis maximum: the largest denominator x, with the smallest below x/2 so that the axis starts at 1. */
const axisEnd = (x: number) => {
  const rows = funnelPlotLimits([{ numerator: 1, denominator: 100 }, { numerator: 100, denominator: x }], prop).rows;
  expect(rows[0].size).toBe(1);
  return rows[99].size;
};

describe('funnelPlotLimits: the axis ends follow R\'s nchar()', () => {
  it('signif.floor of 115790: floor(0.95x) = 110000 is "110000" (6 characters; "1.1e+05" is 7), so 100000', () => {
    // [R] n = 5: floor(1.100005) × 10^5 = 100000. Counting the mantissa "1.1" as 1 character instead of 3 would
    // make the scientific form 5 characters, shorter than the 6 digits: n = 4 and 110000.
    expect(A['115790'].floored).toBe('110000'); // [SCRIPT] R's as.character(floor(0.95x))
    expect(axisStart(115790, 200000)).toBe(A['115790'].signifFloor); // [SCRIPT] 100000
  });

  it('signif.floor of 1157895: "1100000" and "1.1e+06" are both 7 characters and R keeps the full form, so 1000000', () => {
    // [R] n = 6: floor(1.10000025) × 10^6 = 1000000. The exponent is written with at least two digits ("e+06"), so
    // the scientific form is 7 characters; with one digit ("1.1e+6", 6) it would win and give n = 5, 1100000.
    expect(A['1157895'].floored).toBe('1100000'); // [SCRIPT] R's as.character(floor(0.95x))
    expect(axisStart(1157895, 2000000)).toBe(A['1157895'].signifFloor); // [SCRIPT] 1000000
  });

  it('signif.floor of 1063157895: floor(0.95x) = 1010000000 is "1.01e+09" (8 characters), so 1010000000', () => {
    // [R] n = 7: floor(101.000000025) × 10^7 = 1010000000. Only the trailing zeros leave the mantissa (101); taking
    // out the inner zero instead ("11" + 7 zeros, no shorter form) would count 10 characters and give 1000000000.
    expect(A['1063157895'].floored).toBe('1.01e+09'); // [SCRIPT] R's as.character(floor(0.95x))
    expect(axisStart(1063157895, 2000000000)).toBe(A['1063157895'].signifFloor); // [SCRIPT] 1010000000
  });

  it('signif.ceiling of 961904: ceiling(1.05x) = 1010000 is "1010000" (7 characters; "1.01e+06" is 8), so 1100000', () => {
    // [R] n = 5: ceiling(10.099992) × 10^5 = 1100000. Counting the mantissa "1.01" as 2 characters instead of 4
    // would make the scientific form 6 characters, shorter than the 7 digits: n = 4 and 1010000.
    expect(A['961904'].ceiled).toBe('1010000'); // [SCRIPT] R's as.character(ceiling(1.05x))
    expect(axisEnd(961904)).toBe(A['961904'].signifCeiling); // [SCRIPT] 1100000
  });

  it('signif.ceiling of 9714285: "10200000" and "1.02e+07" are both 8 characters, R keeps the full form, so 11000000', () => {
    // [R] n = 6: ceiling(10.19999925) × 10^6 = 11000000 (a one-digit exponent, "1.02e+7", 7 characters, would give 10200000)
    expect(A['9714285'].ceiled).toBe('10200000'); // [SCRIPT] R's as.character(ceiling(1.05x))
    expect(axisEnd(9714285)).toBe(A['9714285'].signifCeiling); // [SCRIPT] 11000000
  });

  it('signif.ceiling of 96190476: ceiling(1.05x) = 101000000 is "1.01e+08" (8 characters), so 101000000', () => {
    // [R] n = 6: ceiling(100.9999998) × 10^6 = 101000000 (9 characters, with the inner zero taken out, would give 110000000)
    expect(A['96190476'].ceiled).toBe('1.01e+08'); // [SCRIPT] R's as.character(ceiling(1.05x))
    expect(axisEnd(96190476)).toBe(A['96190476'].signifCeiling); // [SCRIPT] 101000000
  });
});
