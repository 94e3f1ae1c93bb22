// The independent feasibility check, on cases worked by hand.
import { describe, expect, it } from 'vitest';
import { feasibleSets, Ints, type ItemPeriod, type Shown } from './helpers/feasibility.js';

const RULE = { min: 1, max: 4 };
const cell = (label: string, value: number | null, status = value === null ? 'suppressed' : 'published'): Shown => ({ label, value, status });

/** Eight areas in two groups of four; area A1 broken down as given. */
function case8(a1: Shown, breakdowns: Shown[][], other: Partial<Record<string, Shown>> = {}, a1True = 6): ItemPeriod {
  const codes = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'B4'];
  const values: Record<string, number> = { A1: a1True, A2: 20, A3: 30, A4: 40, B1: 50, B2: 60, B3: 70, B4: 80 };
  const areas = new Map(codes.map((c) => [c, other[c] ?? (c === 'A1' ? a1 : cell(c, values[c]))]));
  const ga = a1True + 90;
  return {
    label: 'test',
    scotland: cell('Scotland', ga + 260),
    areas,
    groups: [
      { id: 'GA', members: codes.slice(0, 4), cell: cell('GA', ga) },
      { id: 'GB', members: codes.slice(4), cell: cell('GB', 260) },
    ],
    breakdowns: new Map([['A1', breakdowns]]),
  };
}

describe('feasibleSets (exact, by hand)', () => {
  it('pins F = 1 and M = 5 when the total 6 is published, F is suppressed and M secondary-suppressed', () => {
    // F in 1..4, M = 6 − F must be 0 or ≥ 5: only F = 1, M = 5
    const f = cell('F', null, 'suppressed');
    const m = cell('M', null, 'secondary-suppressed');
    const sets = feasibleSets(case8(cell('A1', 6), [[f, m]]), RULE);
    expect(sets.map((s) => [s.cell.label, s.values.toString()])).toEqual([['F', '{1}'], ['M', '{5}']]);
  });

  it('narrows a suppressed pair adding to 7 to 3..4 each', () => {
    const sets = feasibleSets(case8(cell('A1', 7), [[cell('F', null), cell('M', null)]], {}, 7), RULE);
    expect(sets.map((s) => s.values.toString())).toEqual(['{3..4}', '{3..4}']);
  });

  it('keeps 1..4 when the total is withheld and the group has a second withheld area', () => {
    // A1 (6) and A2 (20) withheld, group total 96 published: A1 + A2 = 26
    const ip = case8(cell('A1', null, 'secondary-suppressed'), [[cell('F', null, 'suppressed'), cell('M', null, 'secondary-suppressed')]], {
      A2: cell('A2', null, 'secondary-suppressed'),
    });
    const sets = new Map(feasibleSets(ip, RULE).map((s) => [s.cell.label, s.values]));
    // sex: A1 = F + M with F in 1..4 and M 0 or ≥ 5, so A1 in 1..4 or ≥ 6; its own status (0 or ≥ 5) leaves ≥ 6;
    // A2 = 26 − A1 must be 0 or ≥ 5: A1 in 6..21 or 26
    expect(sets.get('A1')!.toString()).toBe('{6..21, 26}');
    expect(sets.get('F')!.toString()).toBe('{1..4}');
    expect(sets.get('M')!.size()).toBeGreaterThan(4);
  });

  it('works breakdowns into the area count before the group sum (sex says A1 is 0 or ≥ 6)', () => {
    // A1's sex breakdown: F published 6, M secondary (0 or ≥ 5): A1 in {6} ∪ 11..; A1 + A2 = 26 with A2 0 or ≥ 5
    const ip = case8(cell('A1', null, 'secondary-suppressed'), [[cell('F', 6), cell('M', null, 'secondary-suppressed')]], { A2: cell('A2', null, 'secondary-suppressed') });
    const sets = new Map(feasibleSets(ip, RULE).map((s) => [s.cell.label, s.values]));
    expect(sets.get('A1')!.toString()).toBe('{6, 11..21, 26}');
    expect(sets.get('A2')!.toString()).toBe('{0, 5..15, 20}');
  });

  it('Ints adds and subtracts interval sets exactly', () => {
    const a = Ints.of([[0, 0], [5, Infinity]]);
    expect(a.plus(Ints.of([[1, 4]])).toString()).toBe('{1..4, 6..}'); // 0 + 1..4 and 5.. + 1..4
    expect(Ints.point(6).minus(Ints.of([[1, 4]])).and(a).toString()).toBe('{5}');
  });
});
