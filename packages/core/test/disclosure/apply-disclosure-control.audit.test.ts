import { describe, expect, it } from 'vitest';
import { applyDisclosureControl, type DisclosureGroup } from '@cjsnsa/core';
import { plain } from '../fixtures/plain.js';

type Row = Record<string, unknown>;
const cell = (area: string, numerator: number | null, extra: Row = {}): Row => ({ indicator: 'x', period: '2022-23', area, numerator, status: 'published', ...extra });
const statuses = (rows: Row[]) => Object.fromEntries(rows.map((r) => [String(r.area) + (r.breakdown ? `.${r.breakdown}` : ''), r.status]));

describe('applyDisclosureControl audit: what a reader can work out', () => {
  it('two cells suppressed as 1–4 that add up to 8 are both 4: a third cell is withheld', () => {
    // total published elsewhere: 62. 62 − 20 − 30 = 8 = A + B, and with A, B in 1–4 both are 4
    const rows = [cell('A', 4), cell('B', 4), cell('C', 20), cell('D', 30)];
    const out = plain(applyDisclosureControl(rows, { groups: [['indicator', 'period']] }));
    expect(statuses(out)).toEqual({ A: 'suppressed', B: 'suppressed', C: 'secondary-suppressed', D: 'published' });
    const old = plain(applyDisclosureControl(rows, { groups: [['indicator', 'period']], audit: false }));
    expect(old.map((r) => r.status)).toEqual(['suppressed', 'suppressed', 'published', 'published']);
  });

  it('a 1–4 cell and a secondary cell that add up to 6 are 1 and 5: another cell is withheld', () => {
    // secondary-suppressed says "not 1–4", so A + B = 6 leaves only A = 1, B = 5
    const out = plain(applyDisclosureControl([cell('A', 1), cell('B', 5), cell('C', 40), cell('D', 50)], { groups: [['indicator', 'period']] }));
    expect(statuses(out)).toEqual({ A: 'suppressed', B: 'secondary-suppressed', C: 'secondary-suppressed', D: 'published' });
  });

  it('a cell that bridges two blocks of an areas × breakdowns table is not left to be worked out', () => {
    // Rows r1–r4 × columns c1–c4, totals published elsewhere. Small counts fill r1–r2 × c1–c2 and
    // r3–r4 × c3–c4, and r1 × c3: every row and column has two or more withheld cells, yet
    // r1c3 = (row r1 + row r2) − (column c1 + column c2) − the other published cells of r1, r2
    // outside c1, c2 + those of c1, c2 outside r1, r2.
    const small = new Set(['r1c1', 'r1c2', 'r2c1', 'r2c2', 'r3c3', 'r3c4', 'r4c3', 'r4c4', 'r1c3']);
    const rows: Row[] = [];
    for (const r of ['r1', 'r2', 'r3', 'r4']) for (const c of ['c1', 'c2', 'c3', 'c4']) rows.push(cell(r, small.has(r + c) ? 2 : 20 + rows.length, { breakdown: c }));
    const groups = [['indicator', 'period', 'area'], ['indicator', 'period', 'breakdown']];
    const hidden = (out: Row[]) => new Set(out.filter((r) => r.numerator === null).map((r) => `${r.area}${r.breakdown}`));
    // the cells the subtraction above uses, besides the bridge itself
    const witnesses = ['r1c4', 'r2c3', 'r2c4', 'r3c1', 'r3c2', 'r4c1', 'r4c2'];
    const old = hidden(plain(applyDisclosureControl(rows, { groups, audit: false })));
    expect(witnesses.some((w) => old.has(w))).toBe(false); // the one-cell rule alone leaves r1c3 exposed
    const now = hidden(plain(applyDisclosureControl(rows, { groups })));
    for (const s of small) expect(now.has(s)).toBe(true);
    expect(witnesses.some((w) => now.has(w))).toBe(true);
  });

  it("with prefer: 'total', a comparator group's total is withheld before another member", () => {
    const rows = [
      cell('A1', 3, { level: 'council', g1: 'yes' }),
      cell('A2', 10, { level: 'council', g1: 'yes' }),
      cell('A3', 20, { level: 'council', g1: 'no' }),
      cell('G1', 13, { level: 'group', g1: 'yes' }),
    ];
    const out = plain(applyDisclosureControl(rows, { groups: [{ by: ['indicator', 'period'], where: { g1: ['yes'] }, total: { area: 'G1' }, prefer: 'total' }] }));
    expect(statuses(out)).toEqual({ A1: 'suppressed', A2: 'published', A3: 'published', G1: 'secondary-suppressed' });
  });

  it('a secondary cell that readers can work out anyway is published again', () => {
    // Scotland S = A1 + … + A4; group G1 = A1 + A2 and G2 = A3 + A4, all rows of the table.
    // A1 (3) withholds G1 first (prefer total), then A2 for Scotland's sake. Now G1 = S − G2:
    // withholding G1 protects nothing, so it is published; A1 and A2 stay protected.
    const rows = [
      cell('A1', 3, { level: 'council', g1: 'yes', g2: 'no' }),
      cell('A2', 10, { level: 'council', g1: 'yes', g2: 'no' }),
      cell('A3', 20, { level: 'council', g1: 'no', g2: 'yes' }),
      cell('A4', 30, { level: 'council', g1: 'no', g2: 'yes' }),
      cell('S', 63, { level: 'scotland', g1: 'no', g2: 'no' }),
      cell('G1', 13, { level: 'group', g1: 'yes', g2: 'no' }),
      cell('G2', 50, { level: 'group', g1: 'no', g2: 'yes' }),
    ];
    const groups: DisclosureGroup[] = [
      { by: ['indicator', 'period'], where: { g1: ['yes'] }, total: { area: 'G1' }, prefer: 'total' as const },
      { by: ['indicator', 'period'], where: { g2: ['yes'] }, total: { area: 'G2' }, prefer: 'total' as const },
      { by: ['indicator', 'period'], where: { level: ['council', 'scotland'] }, total: { level: 'scotland' } },
    ];
    const out = plain(applyDisclosureControl(rows, { groups }));
    expect(statuses(out)).toEqual({ A1: 'suppressed', A2: 'secondary-suppressed', A3: 'published', A4: 'published', S: 'published', G1: 'published', G2: 'published' });
    expect(out.find((r) => r.area === 'G1')!.numerator).toBe(13);
  });

  it('where every cell of a group is withheld and its total is published elsewhere, nothing more is withheld in vain', () => {
    // row A: 1 + 1 = 2 with both suppressed, so both are 1 whatever else is withheld; column B1 has room
    // to withhold more, but that would not help: the row stays as it is
    const rows = [cell('A', 1, { breakdown: 'B1' }), cell('A', 1, { breakdown: 'B2' }), cell('C', 30, { breakdown: 'B1' }), cell('C', 40, { breakdown: 'B2' }), cell('D', 50, { breakdown: 'B1' }), cell('D', 60, { breakdown: 'B2' })];
    const out = plain(applyDisclosureControl(rows, { groups: [['indicator', 'period', 'area'], ['indicator', 'period', 'breakdown']] }));
    // the columns still need a second withheld cell each (one-cell rule): the smallest, C
    expect(out.filter((r) => r.numerator === null).map((r) => `${r.area}.${r.breakdown}`).sort()).toEqual(['A.B1', 'A.B2', 'C.B1', 'C.B2']);
  });
});
