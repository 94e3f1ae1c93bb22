import { describe, expect, it } from 'vitest';
// Imported from the source folders so these tests run while other core folders are in progress.
import { applyDisclosureControl } from '../../src/disclosure/index.js';
import { messages } from '../../src/messages.js';
import { plain } from '../fixtures/plain.js';

// Each rule of DisclosureRule / applyDisclosureControl (TSDoc and docs/methods.md "Disclosure control"),
// one at a time, on tables small enough to check by hand.
type Row = Record<string, unknown>;
const obs = (area: string, numerator: number | null, extra: Row = {}): Row => ({ indicator: 'x', period: '2022-23', area, numerator, status: 'published', ...extra });
const byPeriod = { groups: [['indicator', 'period']] };
const statuses = (rows: Row[]) => rows.map((r) => r.status);

describe('applyDisclosureControl(table, { min, max })', () => {
  it.each([
    [{ min: NaN }, NaN, 4],
    [{ max: Infinity }, 1, Infinity],
    [{ min: -1 }, -1, 4],
    [{ min: 5, max: 4 }, 5, 4],
  ])('rejects the range %o', (rule, min, max) => {
    expect(() => applyDisclosureControl([obs('A', 1)], rule)).toThrow(new RangeError(messages.invalidDisclosureRange(min, max)));
  });

  it('a range of one count, { min: 5, max: 5 }, withholds exactly 5', () => {
    const out = plain(applyDisclosureControl([obs('A', 4), obs('B', 5), obs('C', 6)], { min: 5, max: 5 }));
    expect(out.map((r) => r.numerator)).toEqual([4, null, 6]);
  });

  it('{ min: 0 } withholds zeros but not a missing denominator', () => {
    const out = plain(applyDisclosureControl([obs('A', 0, { denominator: 40 }), obs('B', 10, { denominator: null })], { min: 0 }));
    expect(statuses(out)).toEqual(['suppressed', 'published']);
    expect(out[1]).toMatchObject({ numerator: 10, denominator: null });
  });
});

describe('applyDisclosureControl(table, { columns })', () => {
  const sexes = (male: number | null, female: number | null, extra: Row = {}) => obs('A', null, { male, female, ...extra });

  it('withholds a row when any one of its count columns is small, and nulls all of them', () => {
    const out = plain(applyDisclosureControl([sexes(3, 20), sexes(20, 30)], { columns: ['male', 'female'] }));
    expect(out.map((r) => [r.male, r.female, r.status])).toEqual([[null, null, 'suppressed'], [20, 30, 'published']]);
  });

  it('counts a row with any count column missing as withheld', () => {
    // B has no female count: the group of three has one hidden row, so the smallest other (C) goes too
    const rows = [obs('A', null, { male: 30, female: 40 }), obs('B', null, { male: 25, female: null }), obs('C', null, { male: 20, female: 50 })];
    const out = plain(applyDisclosureControl(rows, { columns: ['male', 'female'], ...byPeriod }));
    expect(statuses(out)).toEqual(['published', 'published', 'secondary-suppressed']);
    expect(out[1]).toMatchObject({ male: null, female: null });
  });
});

describe('applyDisclosureControl(table) and rows withheld before it', () => {
  it('a row with a count but a withheld status is hidden: its count is nulled and its group protected', () => {
    const out = plain(applyDisclosureControl([obs('A', 30, { status: 'suppressed' }), obs('B', 20), obs('C', 25)], byPeriod));
    expect(out.map((r) => [r.numerator, r.status])).toEqual([[null, 'suppressed'], [null, 'secondary-suppressed'], [25, 'published']]);
  });

  it('a missing count is hidden: one other cell of its group is withheld', () => {
    const out = plain(applyDisclosureControl([obs('A', null, { status: 'not-available' }), obs('B', 20), obs('C', 25)], byPeriod));
    expect(out.map((r) => [r.numerator, r.status])).toEqual([[null, 'not-available'], [null, 'secondary-suppressed'], [25, 'published']]);
  });

  it('a reader knows nothing of a count withheld before: it is not taken to be outside 1–4', () => {
    // A was withheld by the supplier (its value, 5, is not published); B = 1 is suppressed; the total 36 is
    // published elsewhere. A + B = 6 would pin B = 1 only if A were known not to be 1–4; it is not
    // (A could be 2 and B 4), so no further cell is withheld.
    const out = plain(applyDisclosureControl([obs('A', 5, { status: 'secondary-suppressed' }), obs('B', 1), obs('C', 30)], byPeriod));
    expect(statuses(out)).toEqual(['secondary-suppressed', 'suppressed', 'published']);
  });
});

describe('applyDisclosureControl(table) picks the next cell to withhold', () => {
  it('takes the first of equal smallest cells, in table order', () => {
    const out = plain(applyDisclosureControl([obs('A', 2), obs('B', 20), obs('C', 20), obs('D', 40)], byPeriod));
    expect(statuses(out)).toEqual(['suppressed', 'secondary-suppressed', 'published', 'published']);
    const reversed = plain(applyDisclosureControl([obs('D', 40), obs('C', 20), obs('B', 20), obs('A', 2)], byPeriod));
    expect(statuses(reversed)).toEqual(['published', 'secondary-suppressed', 'published', 'suppressed']);
  });

  it('prefer: "total" withholds the total row first, and falls back to the parts when the group has none', () => {
    const group = { by: ['indicator', 'period'], total: { area: 'T' }, prefer: 'total' as const };
    const withTotal = plain(applyDisclosureControl([obs('A', 2), obs('B', 20), obs('C', 30), obs('T', 52)], { groups: [group] }));
    expect(statuses(withTotal)).toEqual(['suppressed', 'published', 'published', 'secondary-suppressed']);
    const noTotal = plain(applyDisclosureControl([obs('A', 2), obs('B', 20), obs('C', 30)], { groups: [group] }));
    expect(statuses(noTotal)).toEqual(['suppressed', 'secondary-suppressed', 'published']);
  });

  it('a total row must match every column of `total`', () => {
    // total: { area: 'S', sex: 'all' }; the row S / male is a part, not the total
    const group = { by: ['indicator', 'period'], total: { area: 'S', sex: 'all' }, prefer: 'total' as const };
    const rows = [obs('A', 2, { sex: 'all' }), obs('S', 25, { sex: 'male' }), obs('B', 30, { sex: 'all' }), obs('S', 57, { sex: 'all' })];
    const out = plain(applyDisclosureControl(rows, { groups: [group] }));
    expect(statuses(out)).toEqual(['suppressed', 'published', 'published', 'secondary-suppressed']);
  });
});

describe('applyDisclosureControl(table) output', () => {
  it('adds a status column when the table has none', () => {
    const out = applyDisclosureControl([{ area: 'A', numerator: 2 }, { area: 'B', numerator: 20 }]);
    expect(out.columnNames()).toEqual(['area', 'numerator', 'status']);
    expect(plain(out).map((r) => r.status)).toEqual(['suppressed', 'published']);
  });

  it('fills an empty or missing status with "published"', () => {
    const out = plain(applyDisclosureControl([obs('A', 20, { status: '' }), obs('B', 20, { status: null }), obs('C', 2, { status: '' })]));
    expect(statuses(out)).toEqual(['published', 'published', 'suppressed']);
  });

  it('marks a row withheld for its complement as suppressed', () => {
    const out = plain(applyDisclosureControl([obs('A', 48, { denominator: 50 })], { complement: true }));
    expect(out[0]).toMatchObject({ numerator: null, denominator: 50, status: 'suppressed' });
  });

  it('nulls only the derived columns the table has', () => {
    const out = applyDisclosureControl([obs('A', 3, { value: 0.3 })], { derived: ['value', 'rate'] });
    expect(out.columnNames()).not.toContain('rate');
    expect(plain(out)[0]).toMatchObject({ numerator: null, value: null });
  });
});

describe('applyDisclosureControl(table) counts what is withheld in a group', () => {
  it('a row without the count column at all is hidden like a null count', () => {
    const out = plain(applyDisclosureControl([obs('A', 30), { indicator: 'x', period: '2022-23', area: 'B', status: 'published' }, obs('C', 25)], byPeriod));
    expect(statuses(out)).toEqual(['published', 'published', 'secondary-suppressed']);
  });

  it('prefer: "total" without a total row falls back to the parts under the one-cell rule alone', () => {
    const group = { by: ['indicator', 'period'], total: { area: 'T' }, prefer: 'total' as const };
    const out = plain(applyDisclosureControl([obs('A', 2), obs('B', 20), obs('C', 30)], { groups: [group], audit: false }));
    expect(statuses(out)).toEqual(['suppressed', 'secondary-suppressed', 'published']);
  });

  it('a group with two withheld parts and a withheld total row needs nothing more', () => {
    // A, B suppressed and the total row T withheld by the supplier: three unknowns, none can be subtracted
    const rows = [obs('A', 2), obs('B', 3), obs('C', 30), obs('D', 40), obs('T', 75, { status: 'suppressed' })];
    const out = plain(applyDisclosureControl(rows, { groups: [{ by: ['indicator', 'period'], total: { area: 'T' } }], audit: false }));
    expect(statuses(out)).toEqual(['suppressed', 'suppressed', 'published', 'published', 'suppressed']);
  });
});

describe('applyDisclosureControl(table) audit: what a reader knows of denominators', () => {
  it('without complement, a reader does not read denominator − count into a suppressed row', () => {
    // A = 4 of 8 is suppressed for its count only. B (20) is withheld so A cannot be subtracted; with the total
    // known, A + B = 24 leaves A anywhere in 1–4. (Reading 8 − A into 1–4 as well would pin A = 4.)
    const rows = [obs('A', 4, { denominator: 8 }), obs('B', 20, { denominator: 30 }), obs('C', 25, { denominator: 30 })];
    expect(statuses(plain(applyDisclosureControl(rows, byPeriod)))).toEqual(['suppressed', 'secondary-suppressed', 'published']);
  });

  it('with complement, two rows withheld for their complement are narrowed by their sum and protected', () => {
    // A = 46 of 50 and B = 47 of 50 are withheld because 50 − count is 1–4, so a reader knows each lies in 46–49.
    // With the total known and C = 200 published, A + B = 93 leaves A in 46–47 only: fewer values than the
    // rule's range, so C is withheld too.
    const rows = [obs('A', 46, { denominator: 50 }), obs('B', 47, { denominator: 50 }), obs('C', 200, { denominator: 300 })];
    const out = plain(applyDisclosureControl(rows, { complement: true, ...byPeriod }));
    expect(statuses(out)).toEqual(['suppressed', 'suppressed', 'secondary-suppressed']);
  });
});
