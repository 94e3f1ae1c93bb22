import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataError, countRecords, messages, type DataIssue } from '@cjsnsa/core';
import { plain } from '../fixtures/plain.js';

/**
 * Property-based tests of countRecords over random records, against a naive
 * reference written here from the documented rules (it shares no code with
 * the implementation): areas and breakdown values are trimmed text, a blank
 * breakdown is 'Unknown', a date is read from its calendar parts whatever
 * its form (ISO text, ISO date-time, UK day-first text, Date), and the
 * financial year starting 1 April is computed by arithmetic. Records mix
 * forms of the same value (' A', 'A ', 7 and '7'; the same day as text and as
 * a Date) so that caching a raw value never splits or merges counts.
 * Fixed seed: CI is deterministic; fast-check prints any counterexample.
 */

const SEED = 20_240_601;

/** A valid calendar day, as [year, month, day]. */
const day = fc
  .record({ y: fc.integer({ min: 2015, max: 2024 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => [y, m, d] as const);

const pad = (n: number) => String(n).padStart(2, '0');

/** The same day written in one of the forms countRecords accepts. */
const written = fc.tuple(day, fc.constantFrom('iso', 'iso-time', 'uk', 'date', 'spaced')).map(([[y, m, d], form]) => {
  const fy = m >= 4 ? y : y - 1; // financial year start: April
  const expected = `${fy}-${pad((fy + 1) % 100)}`;
  const value =
    form === 'iso' ? `${y}-${pad(m)}-${pad(d)}`
      : form === 'iso-time' ? `${y}-${pad(m)}-${pad(d)}T10:30:00`
        : form === 'uk' ? `${d}/${m}/${y}`
          : form === 'date' ? new Date(Date.UTC(y, m - 1, d))
            : ` ${y}-${pad(m)}-${pad(d)} `;
  return { value: value as unknown, expected: expected as string | null, message: null as string | null };
});

/** A date that cannot be counted, with the catalogued message it should get. */
const badDate = fc.constantFrom(
  { value: '2023-02-30' as unknown, expected: null, message: messages.invalidDate('2023-02-30') },
  { value: '31/04/2023', expected: null, message: messages.invalidDate('31/04/2023') },
  { value: 'next week', expected: null, message: messages.invalidDate('next week') },
  { value: new Date(Number.NaN), expected: null, message: messages.invalidDate('Invalid Date') },
  { value: '', expected: null, message: messages.blankKey('when') },
  { value: '  ', expected: null, message: messages.blankKey('when') },
  { value: null, expected: null, message: messages.blankKey('when') },
);

const area = fc.constantFrom<unknown>('S1', ' S1', 'S1 ', 'S2', 7, '7', ' 7 ');
const badArea = fc.constantFrom<unknown>('', '   ', null, undefined);
const sex = fc.constantFrom<unknown>('F', 'M', ' F', 'M ', '', null, undefined, 0, '0');

const goodRecord = fc.record({ where: area, when: written, sex });
const anyRecord = fc.record({
  where: fc.oneof({ weight: 12, arbitrary: area }, { weight: 1, arbitrary: badArea }),
  when: fc.oneof({ weight: 12, arbitrary: written }, { weight: 1, arbitrary: badDate }),
  sex,
});

type Generated = { where: unknown; when: { value: unknown; expected: string | null; message: string | null }; sex: unknown };

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
const options = { indicator: 'x', area: 'where', date: 'when', periodKind: 'financial-year', by: ['sex'], source: 's' } as const;

/** The reference: expected counts by area|period|sex, or the expected problems. */
function reference(records: Generated[]): { counts: Map<string, number>; problems: Omit<DataIssue, 'columnLetter' | 'file'>[] } {
  const counts = new Map<string, number>();
  const problems: Omit<DataIssue, 'columnLetter' | 'file'>[] = [];
  records.forEach((r, i) => {
    const row = i + 2;
    const a = text(r.where);
    const s = text(r.sex) === '' ? 'Unknown' : text(r.sex);
    if (a === '') problems.push({ row, column: 'where', message: messages.blankKey('where') });
    if (r.when.message) problems.push({ row, column: 'when', message: r.when.message });
    const key = `${a}|${r.when.expected}|${s}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return { counts, problems };
}

const asInput = (records: Generated[]) => records.map((r) => ({ where: r.where, when: r.when.value, sex: r.sex }));

describe('countRecords (properties)', () => {
  it('countRecords(records) counts every record once in its area × financial year × breakdown, whatever form its values take', () => {
    fc.assert(
      fc.property(fc.array(goodRecord, { minLength: 1, maxLength: 120 }), (records) => {
        const expected = reference(records).counts;
        const out = plain(countRecords(asInput(records), options));
        const got = new Map<string, number>();
        for (const r of out) if (r.numerator) got.set(`${r.area}|${r.period}|${r.sex}`, r.numerator as number);
        expect(got).toEqual(expected);
        // the output is the full cross of the values seen, no cell twice
        const areas = new Set(out.map((r) => r.area)).size;
        const periods = new Set(out.map((r) => r.period)).size;
        const sexes = new Set(out.map((r) => r.sex)).size;
        expect(out.length).toBe(areas * periods * sexes);
        expect(new Set(out.map((r) => `${r.area}|${r.period}|${r.sex}`)).size).toBe(out.length);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('countRecords(records with bad values) throws every problem, by row and column, and the table and row-object inputs agree', async () => {
    const aq = await import('arquero');
    fc.assert(
      fc.property(fc.array(anyRecord, { minLength: 1, maxLength: 80 }), (records) => {
        const { counts, problems } = reference(records);
        const input = asInput(records);
        for (const source of [input, aq.from(input)]) {
          if (problems.length === 0) {
            const total = plain(countRecords(source, options)).reduce((s, r) => s + (r.numerator as number), 0);
            expect(total).toBe([...counts.values()].reduce((a, b) => a + b, 0));
            continue;
          }
          try {
            countRecords(source, options);
            expect.unreachable('a bad record was counted');
          } catch (e) {
            expect(e).toBeInstanceOf(DataError);
            expect((e as DataError).issues.map((i) => ({ row: i.row, column: i.column, message: i.message }))).toEqual(problems);
          }
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
