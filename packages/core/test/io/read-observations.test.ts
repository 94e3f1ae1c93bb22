import { describe, expect, it } from 'vitest';
import { DataError, messages, observationSchema, readObservations } from '@cjsnsa/core';
import { plain } from '../fixtures/plain.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

async function errorOf(p: Promise<unknown>): Promise<DataError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a DataError');
}

describe('readObservations', () => {
  it('readObservations(csv) reads header variants, periods, symbols and thousands separators', async () => {
    const { table, warnings } = await readObservations(fixture('observations.csv'));
    expect(warnings).toEqual([]);
    expect(plain(table)).toEqual([
      { indicator: 'cpo-commenced', area: 'S12000039', period: '2022-23', numerator: 1234, denominator: null, status: 'published', source: 'JSW 2022-23' },
      { indicator: 'cpo-commenced', area: 'S12000013', period: '2022-23', numerator: null, denominator: null, status: 'suppressed', source: 'JSW 2022-23' },
      { indicator: 'cpo-commenced', area: 'S12000035', period: '2022-23', numerator: 0, denominator: null, status: 'synthetic', source: 'JSW 2022-23' },
      { indicator: 'cpo-commenced', area: 'S12000036', period: '2022-23', numerator: null, denominator: null, status: 'not-available', source: 'JSW 2022-23' },
      { indicator: 'cpo-commenced', area: 'S12000017', period: '2022-23 Q3', numerator: 56, denominator: 62000, status: 'provisional', source: 'JSW 2022-23' },
    ]);
    for (const r of plain(table)) expect(observationSchema.safeParse(r).success).toBe(true);
  });

  it('readObservations(xlsx, { sheet: "Data" }) gives the same reading', async () => {
    const { table } = await readObservations(fixture('observations.xlsx'), { sheet: 'Data' });
    expect(plain(table).map((r) => [r.period, r.numerator, r.denominator, r.status])).toEqual([
      ['2022-23', 1234, null, 'published'],
      ['2022-23', null, null, 'suppressed'],
      ['2022-23', 0, null, 'synthetic'],
      ['2022-23', 1020, 62000, 'published'],
    ]);
  });

  it('every problem in a bad CSV is listed with its row (header = 1) and column', async () => {
    const file = fixture('observations-bad.csv');
    const e = await errorOf(readObservations(file));
    expect(e.issues).toEqual([
      { file, row: 2, column: 'period', columnLetter: 'C', message: messages.invalidFinancialYear('2022-24') },
      { file, row: 3, column: 'numerator', columnLetter: 'D', message: messages.unreadableCell('12a') },
      { file, row: 4, column: 'area', columnLetter: 'B', message: messages.requiredValue('area') },
      { file, row: 5, column: 'numerator', columnLetter: 'D', message: messages.schemaIssue('numerator', 'cannot be negative') },
      { file, row: 7, column: null, columnLetter: null, message: messages.duplicateObservation('cpo-commenced | S12000036 | 2022-23 |  | ', 6) },
    ]);
    expect(e.message).toBe(messages.dataProblems(file, 5, `row 2, column period (C): ${messages.invalidFinancialYear('2022-24')}`));
  });

  it('every problem in a bad XLSX is listed with row, column and letter', async () => {
    const file = fixture('observations-bad.xlsx');
    const e = await errorOf(readObservations(file));
    expect(e.issues.map((i) => [i.row, i.column, i.columnLetter, i.message])).toEqual([
      [2, 'Period', 'C', messages.invalidFinancialYear('2022-24')],
      [3, 'Numerator', 'D', messages.unreadableCell('n/a')],
      [4, 'Area code', 'B', messages.requiredValue('area')],
    ]);
  });

  it('missing required columns and a missing source are reported together', async () => {
    const e = await errorOf(readObservations({ name: 'x.csv', data: 'indicator,area\nx,A\n' }));
    expect(e.issues.map((i) => i.message)).toEqual([
      messages.missingColumn('period', ['indicator', 'area']),
      messages.missingColumn('numerator', ['indicator', 'area']),
      messages.missingSource(),
    ]);
  });

  it('options.source and options.status fill every row; extra columns are kept', async () => {
    const { table } = await readObservations({ name: 'x.csv', data: 'indicator,area,period,count,notes\nx,A,2022,5,hello\n' }, { source: 'extract', status: 'synthetic' });
    expect(plain(table)).toEqual([{ indicator: 'x', area: 'A', period: '2022', numerator: 5, denominator: null, status: 'synthetic', source: 'extract', notes: 'hello' }]);
  });

  it('warns on unknown status codes and fractional counts, and removes numbers from withheld rows', async () => {
    const data = 'indicator,area,period,numerator,status,source\nx,A,2022-23,2.5,weird,S\nx,B,2022-23,3,suppressed,S\n';
    const { table, warnings } = await readObservations({ name: 'x.csv', data });
    expect(warnings.map((w) => [w.row, w.column, w.message])).toEqual([
      [2, 'status', messages.unknownStatus('weird')],
      [2, 'numerator', messages.fractionalCount('numerator', 2.5)],
      [3, 'numerator', messages.suppressedWithValue('numerator')],
    ]);
    expect(plain(table)[1]).toMatchObject({ numerator: null, status: 'suppressed' });
  });
});

describe('readObservations on a published-style sheet', () => {
  it('finds the header below title rows with { headerRow }, keeping Excel row numbers and letters', async () => {
    const file = fixture('published-table.xlsx');
    const e = await errorOf(readObservations(file, { sheet: 'Table 1', headerRow: 4 }));
    // B–F hold the table; column A is empty and left out
    expect(e.issues).toEqual([{ file, row: 7, column: 'Count', columnLetter: 'E', message: messages.unreadableCell('12a') }]);
  });

  it('without headerRow the first non-blank row is the header', async () => {
    const e = await errorOf(readObservations(fixture('published-table.xlsx'), { sheet: 2 }));
    // the title in B1 is taken as the header: the table's columns C–F have no name there
    expect(e.issues[0]).toMatchObject({ row: 4, columnLetter: 'C', message: messages.blankHeader(1) });
  });
});
