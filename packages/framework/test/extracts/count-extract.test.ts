import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '@cjsnsa/core';
import { countExtract, extractSchemaOf, extractSchemas, messages } from '@cjsnsa/framework';

const today = new Date('2026-12-06T12:00:00Z');
const root = new URL('../../../../', import.meta.url);

async function problems(data: string, name = 'cases.csv') {
  try {
    await countExtract({ name, data }, { today });
  } catch (e) {
    if (e instanceof DataError) return e.issues;
    throw e;
  }
  throw new Error('expected a DataError');
}

const HEADER = 'case_id,area,referral_date,assessment_date,commenced_date,end_date,age_band,sex,outcome';

describe('countExtract', () => {
  // The generator (scripts/datasets/generate-synthetic.ts) counts each aggregate file from its extract
  // with its own code; counting the extract here must give every one of those numbers.
  it.each([
    ['diversion', 'diversion'],
    ['bail', 'bail'],
    ['custody-referrals', 'custody-referrals'],
    ['release', 'release-throughcare'],
    ['cpo', 'cpo-dtto'],
  ])('counts the %s extract into the same numbers as the embedded aggregate series', async (extract, aggregate) => {
    const counts = await countExtract(new URL(`datasets/synthetic/extract-${extract}-synthetic.csv`, root).pathname, { today });
    const byKey = new Map(counts.observations.map((o) => [`${o.indicator},${o.area},${o.period}`, o.numerator]));
    const rows = readFileSync(new URL(`datasets/synthetic/${aggregate}-synthetic.csv`, root), 'utf8').trim().split('\n').slice(1);
    let compared = 0;
    for (const line of rows) {
      const [indicator, area, period, numerator] = line.split(',');
      if (indicator.startsWith('dtto')) continue; // aggregate only: no extract column
      expect(byKey.get(`${indicator},${area},${period}`), `${indicator} ${area} ${period}`).toBe(Number(numerator));
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
    expect(counts.read).toBe(counts.counted);
    expect(counts.notCounted).toEqual([]);
    // every breakdown adds up to its total
    const totals = new Map<string, number>();
    for (const b of counts.breakdowns.filter((b) => b.breakdown === 'sex')) {
      const k = `${b.item},${b.area},${b.period}`;
      totals.set(k, (totals.get(k) ?? 0) + b.count);
    }
    for (const [k, n] of totals) expect(n, k).toBe(byKey.get(k));
  });

  it('recognises each kind by its id and key date columns, ignoring case and spaces', () => {
    expect(extractSchemas().map((s) => s.kind)).toEqual(['diversion', 'bail', 'custody-referrals', 'release', 'cpo']);
    expect(extractSchemaOf(['Case ID', 'Area', 'Commenced Date'])?.kind).toBe('diversion');
    expect(extractSchemaOf(['case_id', 'area', 'supervision_start_date'])?.kind).toBe('bail');
    expect(extractSchemaOf(['Order ID', 'area', 'imposed date'])?.kind).toBe('cpo');
    expect(extractSchemaOf(['indicator', 'area', 'period', 'numerator'])).toBeNull();
  });

  it('counts a small extract by its counting rules, areas by name or code, dates ISO or UK', async () => {
    const data = [
      'Case ID,Area,Referral Date,Commenced Date,End Date,Sex,Outcome',
      'A1,Dumfries and Galloway,2023-04-01,2023-05-01,2023-09-30,F,completed',
      'A2,S12000006,31/03/2023,,,M,not-assessed',
      'A3,S12000006,2023-06-01,2024-04-02,,M,ongoing',
    ].join('\n');
    const c = await countExtract({ name: 'dg.csv', data }, { today });
    expect(c.schema.kind).toBe('diversion');
    expect(c.areas).toEqual(['S12000006']);
    const get = (item: string, period: string) => c.observations.find((o) => o.indicator === item && o.period === period)?.numerator;
    expect(get('diversion-referrals', '2022-23')).toBe(1);
    expect(get('diversion-referrals', '2023-24')).toBe(2);
    expect(get('diversion-commenced', '2023-24')).toBe(1);
    expect(get('diversion-commenced', '2024-25')).toBe(1);
    expect(get('diversion-completed', '2023-24')).toBe(1);
    expect(c.items).toEqual(['diversion-referrals', 'diversion-commenced', 'diversion-completed']);
    expect(c.missingItems).toEqual(['diversion-assessments']);
    expect(c.warnings.map((w) => w.message)).toEqual([messages.extractItemsNotCounted(['diversion-assessments'])]);
    expect(c.source).toBe('Diversion from prosecution cases, dg.csv');
    const sex = c.breakdowns.filter((b) => b.item === 'diversion-referrals' && b.breakdown === 'sex' && b.period === '2023-24');
    expect(sex.map((b) => [b.category, b.count])).toEqual([['F', 1], ['M', 1]]);
  });

  it('lists every problem by file, row and column in one error', async () => {
    const issues = await problems(
      [
        HEADER,
        ',S12000006,2023-04-01,,,,16-17,F,not-assessed',
        'D1,S12000006,2023-04-01,,,,16-17,F,not-assessed',
        'D1,S12000006,2023-04-02,,,,16-17,F,not-assessed',
        'D2,,2023-04-01,,,,16-17,F,not-assessed',
        'D3,Glasgo,2023-04-01,,,,16-17,F,not-assessed',
        'D4,S92000003,2023-04-01,,,,16-17,F,not-assessed',
        'D5,S12000006,2023-13-01,,,,16-17,F,not-assessed',
        'D6,S12000006,2027-01-01,,,,16-17,F,not-assessed',
      ].join('\n'),
    );
    expect(issues).toEqual([
      { file: 'cases.csv', row: 2, column: 'case_id', columnLetter: 'A', message: messages.extractBlankId('case_id') },
      { file: 'cases.csv', row: 4, column: 'case_id', columnLetter: 'A', message: messages.extractRepeatedId('case_id', 'D1', 3) },
      { file: 'cases.csv', row: 5, column: 'area', columnLetter: 'B', message: messages.extractBlankArea() },
      { file: 'cases.csv', row: 6, column: 'area', columnLetter: 'B', message: messages.areaNotFound('Glasgo', ['Glasgow City']) },
      { file: 'cases.csv', row: 7, column: 'area', columnLetter: 'B', message: messages.extractNotCouncil('S92000003', 'Scotland') },
      { file: 'cases.csv', row: 8, column: 'referral_date', columnLetter: 'C', message: messages.extractBadDate('2023-13-01') },
      { file: 'cases.csv', row: 9, column: 'referral_date', columnLetter: 'C', message: messages.extractFutureDate('2027-01-01') },
    ]);
    expect(messages.extractRepeatedId('case_id', 'D1', 3)).toBe('The case_id "D1" is repeated (first on row 3): each record must appear once, or it would be counted twice.');
  });

  it('refuses a file it does not recognise, an extract without an area, and one with no records', async () => {
    expect((await problems('id,when\n1,2023-04-01'))[0].message).toBe(messages.extractNotRecognised(['id', 'when']));
    expect((await problems('case_id,commenced_date\n1,2023-04-01'))[0].message).toBe(
      messages.extractMissingColumns('Diversion from prosecution cases', ['area']),
    );
    expect((await problems(`${HEADER}\n`))[0].message).toBe(messages.extractEmpty());
  });

  it('counts what may be right with a warning, and lists every row not counted with why', async () => {
    const c = await countExtract(
      {
        name: 'cases.csv',
        data: [
          'case_id,area,referral_date,assessment_date,commenced_date,end_date,age,sex,outcome',
          'E1,S12000006,2023-04-01,2023-04-20,2023-05-01,2023-04-15,34,X,completed', // ended before it commenced; sex X
          'E2,S12000006,2023-04-01,,,,15,F,not-assessed', // under 16
          'E3,S12000006,,,,,40,F,completed', // no date at all; completed without end_date
          'E4,S12000006,,,,,,M,ongoing',
        ].join('\n'),
      },
      { today },
    );
    expect(c.read).toBe(4);
    expect(c.counted).toBe(2);
    expect(c.notCounted).toEqual([{ reason: 'no date in any of referral_date, assessment_date, commenced_date, end_date', rows: 2, firstRows: [4, 5] }]);
    expect(c.warnings.map((w) => [w.row, w.column, w.message])).toEqual([
      [2, 'sex', messages.extractUnexpectedValue('X', 1, [2], ['F', 'M'])],
      [2, 'end_date', messages.extractDatesOutOfOrder('commenced_date', 'end_date', 1, [2])],
      [4, 'end_date', messages.extractOutcomeWithoutDate('diversion-completed', 'outcome', 'end_date', 1, [4])],
      [3, 'age', messages.extractUnder16(1, [3])],
      [4, null, messages.extractRowsNotCounted(2, 'no date in any of referral_date, assessment_date, commenced_date, end_date', [4, 5])],
    ]);
    // an age in years is banded into the documented bands
    const age = c.breakdowns.filter((b) => b.item === 'diversion-referrals' && b.breakdown === 'age_band' && b.count > 0);
    expect(age.map((b) => b.category)).toEqual(['31-40', 'Under 16']);
    expect(messages.extractRowsNotCounted(2, 'no date in any of x', [4, 5])).toBe('2 rows not counted (no date in any of x): rows 4, 5.');
  });

  it('counts an order not yet ended under its own category, not as unknown', async () => {
    const c = await countExtract(
      { name: 'cpo.csv', data: 'order_id,area,imposed_date,terminated_date,termination_reason\nC1,S12000006,2023-05-01,,\nC2,S12000006,2023-05-02,2023-12-01,completed' },
      { today },
    );
    const reasons = c.breakdowns.filter((b) => b.item === 'cpo-commenced' && b.breakdown === 'termination_reason' && b.period === '2023-24');
    expect(reasons.map((b) => [b.category, b.count])).toEqual([['completed', 1], ['not-yet-ended', 1]]);
  });
});

describe('countExtract: a first year that looks cut short', () => {
  it('warns when the first year counted is under half the median of the later years', async () => {
    const rows = ['case_id,area,commenced_date'];
    const add = (n: number, date: string) => {
      for (let i = 0; i < n; i++) rows.push(`${date}-${i},S12000006,${date}`);
    };
    add(3, '2019-03-01'); // 2018-19: 3
    add(10, '2019-05-01'); // 2019-20: 10
    add(12, '2020-05-01'); // 2020-21: 12
    add(8, '2021-05-01'); // 2021-22: 8
    const c = await countExtract({ name: 'c.csv', data: rows.join('\n') }, { today });
    // later years 8, 10, 12: median 10; 3 < 5
    expect(c.warnings.map((w) => w.message)).toContain(messages.extractFirstYearPartial('diversion-commenced', '2018-19', 3, 10));
    rows.splice(1, 3);
    add(5, '2019-03-01'); // 2018-19: 5, not under half of 10
    const d = await countExtract({ name: 'c.csv', data: rows.join('\n') }, { today });
    expect(d.warnings.map((w) => w.message).filter((m) => m.includes('first year counted'))).toEqual([]);
  });
});
