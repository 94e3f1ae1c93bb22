import { describe, expect, it } from 'vitest';
import { COUNCIL_AREAS, SCOTLAND, computeIndicators, familyGroupOf, type ResultRow } from '../../src/index.js';

// Disclosure control inside computeIndicators works on counts, not indicators: these
// tests build small tables by hand (every other area has unremarkable counts) and
// check what a reader of the results can and cannot see.

const PERIOD = '2022-23';
const ANGUS = 'S12000041'; // people-based family group 2
const ARGYLL = 'S12000035'; // family group 2
const ABERDEEN = 'S12000033'; // family group 1

type Counts = Record<string, number>;
/** Diversion counts for every area: assessments 80, commenced 50, completed 30, unless overridden. */
function diversion(overrides: Record<string, Partial<Counts>> = {}) {
  const rows = [];
  for (const a of COUNCIL_AREAS) {
    const c: Counts = { 'diversion-assessments': 80, 'diversion-commenced': 50, 'diversion-completed': 30, ...overrides[a.code] } as Counts;
    for (const [indicator, numerator] of Object.entries(c)) rows.push({ indicator, area: a.code, period: PERIOD, numerator, denominator: null, status: 'published', source: 'hand-made' });
    rows.push({ indicator: 'population-16-70', area: a.code, period: '2022', numerator: 60000, denominator: null, status: 'published', source: 'hand-made' });
  }
  return rows;
}

function results(observations: ReturnType<typeof diversion>, indicators = ['NI1a', 'NI1b', 'NI1c', 'SM-diversion-rate', 'SM-diversion-progression', 'SM-diversion-completion']): ResultRow[] {
  return computeIndicators({ observations, indicators }).objects() as ResultRow[];
}
const row = (rows: ResultRow[], indicator: string, area: string) => rows.find((r) => r.indicator === indicator && r.area === area)!;

describe('discloseCounts (through computeIndicators)', () => {
  it('a count withheld for one indicator is withheld for every indicator that publishes it, as numerator or denominator', () => {
    // Angus commenced 3 (suppressed); Argyll's 12 is the smallest other count, withheld so Angus
    // cannot be worked out from Scotland's total. Both counts also sit in the diversion rate and
    // progression (numerator) and the completion percentage (denominator).
    const rows = results(diversion({ [ANGUS]: { 'diversion-commenced': 3, 'diversion-completed': 0 }, [ARGYLL]: { 'diversion-commenced': 12, 'diversion-completed': 6 } }));
    for (const id of ['NI1b', 'SM-diversion-rate', 'SM-diversion-progression', 'SM-diversion-completion']) {
      for (const area of [ANGUS, ARGYLL]) {
        const r = row(rows, id, area);
        expect(r.status, `${id} ${area}`).toMatch(/suppressed/);
        expect([r.numerator, r.value, r.lower, r.upper], `${id} ${area}`).toEqual([null, null, null, null]);
      }
    }
    expect(row(rows, 'NI1b', ANGUS).status).toContain('suppressed');
    expect(row(rows, 'NI1b', ARGYLL).status).toContain('secondary-suppressed');
    // the completion percentage's denominator is the commenced count: blanked, not printed beside the gap
    expect(row(rows, 'SM-diversion-completion', ANGUS).denominator).toBeNull();
    expect(row(rows, 'SM-diversion-completion', ARGYLL).denominator).toBeNull();
    // the progression percentage's denominator (assessments, 80) is published elsewhere: kept
    expect(row(rows, 'SM-diversion-progression', ANGUS).denominator).toBe(80);
    // no other area is touched, and Scotland is still the true total
    expect(rows.filter((r) => r.indicator === 'NI1b' && r.area_type === 'council' && r.status.includes('suppressed')).map((r) => r.area).sort()).toEqual([ARGYLL, ANGUS].sort());
    expect(row(rows, 'NI1b', SCOTLAND.code).numerator).toBe(30 * 50 + 3 + 12);
  });

  it('a small complement (denominator − numerator) withholds the count in every indicator that shows it', () => {
    // Angus: 50 commenced, 48 completed: the 2 not completed would be disclosed by NI1b and NI1c together
    const rows = results(diversion({ [ANGUS]: { 'diversion-completed': 48 } }));
    expect(row(rows, 'SM-diversion-completion', ANGUS).status).toContain('suppressed');
    expect(row(rows, 'NI1c', ANGUS).numerator).toBeNull();
    expect(row(rows, 'NI1c', ANGUS).status).toMatch(/suppressed/);
    // and a second completed count is withheld so Angus's cannot be taken from Scotland's total
    expect(rows.filter((r) => r.indicator === 'NI1c' && r.area_type === 'council' && r.numerator === null)).toHaveLength(2);
  });

  it("a comparator group's count is withheld while it would give a member away", () => {
    // Angus (group 2) 3, suppressed; the smallest other count is Aberdeen City's (group 1)
    const rows = results(diversion({ [ANGUS]: { 'diversion-commenced': 3, 'diversion-completed': 0 }, [ABERDEEN]: { 'diversion-commenced': 9, 'diversion-completed': 5 } }), ['NI1b']);
    expect(row(rows, 'NI1b', ABERDEEN).status).toContain('secondary-suppressed');
    for (const g of [familyGroupOf(ANGUS).id, familyGroupOf(ABERDEEN).id]) {
      expect(row(rows, 'NI1b', g).numerator, g).toBeNull();
      expect(row(rows, 'NI1b', g).status, g).toContain('secondary-suppressed');
    }
    // the other two groups hold no withheld area and stay published
    expect(rows.filter((r) => r.area_type === 'group' && r.numerator !== null)).toHaveLength(2);
  });

  it("a comparator group's count is published when Scotland and the other groups give it anyway", () => {
    // both withheld areas in group 2: its count is Scotland minus groups 1, 3 and 4, so withholding it protects nothing
    const rows = results(diversion({ [ANGUS]: { 'diversion-commenced': 3, 'diversion-completed': 0 }, [ARGYLL]: { 'diversion-commenced': 9, 'diversion-completed': 5 } }), ['NI1b']);
    const groups = rows.filter((r) => r.area_type === 'group');
    expect(groups.every((g) => g.numerator !== null)).toBe(true);
    const g2 = row(rows, 'NI1b', familyGroupOf(ANGUS).id);
    expect(g2.numerator).toBe(row(rows, 'NI1b', SCOTLAND.code).numerator! - groups.filter((g) => g !== g2).reduce((s, g) => s + g.numerator!, 0));
  });

  it('a Scotland count in the range is withheld, with the areas that make it up', () => {
    const zero = Object.fromEntries(COUNCIL_AREAS.map((a) => [a.code, { 'diversion-commenced': 0, 'diversion-completed': 0 }]));
    const rows = results(diversion({ ...zero, [ANGUS]: { 'diversion-commenced': 2, 'diversion-completed': 0 }, [ARGYLL]: { 'diversion-commenced': 1, 'diversion-completed': 0 } }), ['NI1b']);
    expect(row(rows, 'NI1b', SCOTLAND.code)).toMatchObject({ numerator: null, value: null });
    expect(row(rows, 'NI1b', SCOTLAND.code).status).toContain('suppressed');
    expect([row(rows, 'NI1b', ANGUS).numerator, row(rows, 'NI1b', ARGYLL).numerator]).toEqual([null, null]);
  });
});
