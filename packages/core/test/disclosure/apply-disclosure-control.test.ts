import { describe, expect, it } from 'vitest';
import { DataError, applyDisclosureControl, messages } from '@cjsnsa/core';
import { plain } from '../fixtures/plain.js';

type Row = Record<string, unknown>;
const obs = (area: string, numerator: number | null, extra: Row = {}): Row => ({ indicator: 'x', period: '2022-23', area, numerator, status: 'published', ...extra });

/**
 * What an attacker can do: for each group of rows summing to a total, if
 * exactly one cell is hidden and the total is known, recover it by subtraction.
 * `totals` gives the true total of each group (published elsewhere).
 */
function recoverable(rows: Row[], groupBy: string[]): Row[] {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const k = groupBy.map((c) => String(r[c])).join('|');
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const leaks: Row[] = [];
  for (const g of groups.values()) {
    const hidden = g.filter((r) => r.numerator === null);
    if (hidden.length === 1) leaks.push(hidden[0]);
  }
  return leaks;
}

describe('applyDisclosureControl', () => {
  it('suppresses counts of 1–4 by default; zero and 5 are published', () => {
    const out = plain(applyDisclosureControl([obs('A', 0), obs('B', 1), obs('C', 4), obs('D', 5)]));
    expect(out.map((r) => [r.area, r.numerator, r.status])).toEqual([
      ['A', 0, 'published'], ['B', null, 'suppressed'], ['C', null, 'suppressed'], ['D', 5, 'published'],
    ]);
  });

  it('the range is a parameter: { min: 0, max: 9 } also suppresses zeros and counts up to 9', () => {
    const out = plain(applyDisclosureControl([obs('A', 0), obs('B', 9), obs('C', 10)], { min: 0, max: 9 }));
    expect(out.map((r) => r.numerator)).toEqual([null, null, 10]);
  });

  it('with one small cell in a group, the next smallest non-zero cell is secondary-suppressed', () => {
    const rows = [obs('A', 3), obs('B', 0), obs('C', 25), obs('D', 10), obs('E', 40)];
    const out = plain(applyDisclosureControl(rows, { groups: [['indicator', 'period']] }));
    expect(out.map((r) => [r.area, r.numerator, r.status])).toEqual([
      ['A', null, 'suppressed'], ['B', 0, 'published'], ['C', 25, 'published'], ['D', null, 'secondary-suppressed'], ['E', 40, 'published'],
    ]);
    // Scotland total (78) published elsewhere: 78 − 0 − 25 − 40 = 13 = A + D, A cannot be told
    expect(recoverable(out, ['indicator', 'period'])).toEqual([]);
  });

  it('two small cells in a group need no secondary suppression', () => {
    const out = plain(applyDisclosureControl([obs('A', 3), obs('B', 2), obs('C', 25)], { groups: [['indicator', 'period']] }));
    expect(out.map((r) => r.status)).toEqual(['suppressed', 'suppressed', 'published']);
  });

  it('a total row in the table is part of the group: a suppressed total forces a part to be withheld', () => {
    const rows = [obs('A', 2), obs('B', 1), obs('S92000003', 3)];
    const out = plain(applyDisclosureControl(rows, { groups: [{ by: ['indicator', 'period'], total: { area: 'S92000003' } }] }));
    expect(out.map((r) => r.numerator)).toEqual([null, null, null]);
    const rows2 = [obs('A', 2), obs('B', 30), obs('C', 40), obs('S92000003', 72)];
    const out2 = plain(applyDisclosureControl(rows2, { groups: [{ by: ['indicator', 'period'], total: { area: 'S92000003' } }] }));
    expect(out2.map((r) => [r.area, r.numerator, r.status])).toEqual([
      ['A', null, 'suppressed'], ['B', null, 'secondary-suppressed'], ['C', 40, 'published'], ['S92000003', 72, 'published'],
    ]);
    // 72 − 40 = 32 = A + B: A cannot be recovered from the total row
    expect(recoverable(out2.filter((r) => r.area !== 'S92000003'), ['indicator'])).toEqual([]);
  });

  it('a group whose only other cell is the total withholds the total', () => {
    // A withheld by the supplier; the total row equals A, so it must go too
    const out = plain(applyDisclosureControl([obs('A', null, { status: 'suppressed' }), obs('S92000003', 20)], { groups: [{ by: ['indicator'], total: { area: 'S92000003' } }] }));
    expect(out.map((r) => r.status)).toEqual(['suppressed', 'secondary-suppressed']);
  });

  it('suppressed counts cannot be recovered by subtraction in row or column directions', () => {
    // areas × breakdown grid; totals of each row (area) and each column (breakdown) are published
    const grid: [string, string, number][] = [
      ['A', 'F', 3], ['A', 'M', 20], ['A', 'U', 8],
      ['B', 'F', 15], ['B', 'M', 12], ['B', 'U', 30],
      ['C', 'F', 22], ['C', 'M', 2], ['C', 'U', 9],
      ['D', 'F', 40], ['D', 'M', 50], ['D', 'U', 60],
    ];
    const rows = grid.map(([area, breakdown, n]) => obs(area, n, { breakdown }));
    const out = plain(applyDisclosureControl(rows, { groups: [['indicator', 'period', 'area'], ['indicator', 'period', 'breakdown']] }));
    expect(recoverable(out, ['area'])).toEqual([]); // row direction
    expect(recoverable(out, ['breakdown'])).toEqual([]); // column direction
    // the primary cells are withheld, every published value is the true value
    expect(out.filter((r) => r.status === 'suppressed').map((r) => `${r.area}${r.breakdown}`)).toEqual(['AF', 'CM']);
    out.forEach((r, i) => {
      if (r.numerator !== null) expect(r.numerator).toBe(rows[i].numerator);
    });
  });

  it('with both margins present as rows, no hidden cell equals a known total minus known cells', () => {
    // rows: areas A–C and Scotland (S); columns: breakdown F, M and All
    const counts: Record<string, [number, number]> = { A: [2, 30], B: [25, 40], C: [18, 22] };
    const rows: Row[] = [];
    for (const [area, [f, m]] of Object.entries(counts)) {
      rows.push(obs(area, f, { breakdown: 'F' }), obs(area, m, { breakdown: 'M' }), obs(area, f + m, { breakdown: 'All' }));
    }
    rows.push(obs('S', 45, { breakdown: 'F' }), obs('S', 92, { breakdown: 'M' }), obs('S', 137, { breakdown: 'All' }));
    const out = plain(applyDisclosureControl(rows, {
      groups: [
        { by: ['indicator', 'period', 'area'], total: { breakdown: 'All' } },
        { by: ['indicator', 'period', 'breakdown'], total: { area: 'S' } },
      ],
    }));
    // within each area (row direction) and each breakdown (column direction), including the margin
    // rows, a single hidden cell would be recoverable; there is none
    expect(recoverable(out, ['area'])).toEqual([]);
    expect(recoverable(out, ['breakdown'])).toEqual([]);
    expect(out.find((r) => r.area === 'A' && r.breakdown === 'F')).toMatchObject({ numerator: null, status: 'suppressed' });
    // the grand total stays published
    expect(out.find((r) => r.area === 'S' && r.breakdown === 'All')!.numerator).toBe(137);
  });

  it('a row already withheld in the input counts as hidden', () => {
    const out = plain(applyDisclosureControl([obs('A', null, { status: 'suppressed' }), obs('B', 3), obs('C', 25)], { groups: [['indicator']] }));
    expect(out.map((r) => r.status)).toEqual(['suppressed', 'suppressed', 'published']);
  });

  it('a small denominator withholds the row by default; denominator is kept', () => {
    const rows = [obs('A', 3, { denominator: 3 }), obs('B', 0, { denominator: 2 }), obs('C', 40, { denominator: 50 })];
    const out = plain(applyDisclosureControl(rows));
    expect(out.map((r) => [r.numerator, r.denominator, r.status])).toEqual([[null, 3, 'suppressed'], [null, 2, 'suppressed'], [40, 50, 'published']]);
    const kept = plain(applyDisclosureControl([obs('B', 0, { denominator: 2 })], { denominator: 'keep' }));
    expect(kept[0].numerator).toBe(0);
  });

  it('complement: true withholds 48 of 50 (the 2 others would be disclosed)', () => {
    const out = plain(applyDisclosureControl([obs('A', 48, { denominator: 50 }), obs('B', 40, { denominator: 50 })], { complement: true }));
    expect(out.map((r) => r.numerator)).toEqual([null, 40]);
  });

  it('values derived from a suppressed count are nulled too', () => {
    const out = plain(applyDisclosureControl([obs('A', 3, { value: 0.3, lower: 0.1, upper: 0.8, lower_998: 0.05, upper_998: 1.2 })]));
    expect(out[0]).toMatchObject({ numerator: null, value: null, lower: null, upper: null, lower_998: null, upper_998: null });
  });

  it('other statuses are kept and a missing status column is added', () => {
    const out = plain(applyDisclosureControl([{ area: 'A', numerator: 2, status: 'synthetic' }, { area: 'B', numerator: 20 }]));
    expect(out.map((r) => r.status)).toEqual(['synthetic; suppressed', 'published']);
  });

  it('a bad range throws RangeError from the catalogue; a missing column throws DataError', () => {
    expect(() => applyDisclosureControl([obs('A', 1)], { min: 5, max: 1 })).toThrow(messages.invalidDisclosureRange(5, 1));
    expect(() => applyDisclosureControl([obs('A', 1)], { groups: [['sex']] })).toThrow(DataError);
  });
});
