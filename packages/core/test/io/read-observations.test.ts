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

  it('without headerRow the header is the first row holding the required columns', async () => {
    const file = fixture('published-table.xlsx');
    const e = await errorOf(readObservations(file, { sheet: 2 }));
    // rows 1–3 (title, source note, blank) are skipped: the same reading as { headerRow: 4 }
    expect(e.issues).toEqual([{ file, row: 7, column: 'Count', columnLetter: 'E', message: messages.unreadableCell('12a') }]);
  });
});

describe('readObservations on awkward files', () => {
  const header = 'indicator,area,period,numerator,denominator,status,source';

  it('a semicolon-separated CSV is read with decimal commas and "." between thousands', async () => {
    const data = 'indicator;area;period;numerator;denominator;source\nx;A;2022;1.234;62.000;S\nx;B;2022;2,5;;S\n';
    const { table, warnings } = await readObservations({ name: 'x.csv', data });
    expect(plain(table).map((r) => [r.numerator, r.denominator])).toEqual([[1234, 62000], [2.5, null]]);
    expect(warnings.map((w) => w.message)).toEqual([messages.delimiterDetected(';', true), messages.fractionalCount('numerator', 2.5)]);
  });

  it('finds a two-row header below notes rows in a CSV, and says so', async () => {
    const data = 'Table 1: referrals\nNotes: synthetic\n\nData item,Area code,Period,Counts,,Source\n,,,Numerator,Denominator,\nx,A,2022,5,10,S\n';
    const { table, warnings, origin } = await readObservations({ name: 'x.csv', data });
    expect(plain(table)).toEqual([{ indicator: 'x', area: 'A', period: '2022', numerator: 5, denominator: 10, status: 'published', source: 'S' }]);
    expect(warnings).toEqual([{ file: 'x.csv', row: 5, column: null, columnLetter: null, message: messages.headerFound(5, 1, true) }]);
    expect(origin.rows).toEqual([6]);
    expect(origin.columns.denominator).toEqual({ column: 'Denominator', columnLetter: 'E' });
  });

  it('a row repeating another exactly is read once with a warning; a header with no rows warns', async () => {
    const { table, warnings } = await readObservations({ name: 'x.csv', data: `${header}\nx,A,2022,5,,,S\nx,A,2022,5,,,S\n` });
    expect(table.numRows()).toBe(1);
    expect(warnings).toEqual([{ file: 'x.csv', row: 3, column: null, columnLetter: null, message: messages.duplicateIdentical(2) }]);
    const empty = await readObservations({ name: 'h.csv', data: `${header}\n` });
    expect(empty.table.numRows()).toBe(0);
    expect(empty.warnings.map((w) => w.message)).toEqual([messages.noDataRows()]);
  });

  it('a repeat is matched with the row it repeats when rows between were dropped, and any difference in values or extra columns makes it a problem', async () => {
    const data = [
      'indicator,area,period,numerator,denominator,status,source,note',
      'x,A,2022,5,,,S,kept', // row 2
      'x,B,2022,-1,,,S,a problem', // row 3: dropped
      'x,A,2022,5,,,S,kept', // row 4: repeats row 2 exactly
      'x,C,2022,6,,,S,c', // row 5
      'x,C,2022,6,,,S,other note', // row 6: same key as row 5, another note
      'x,C,2022,6,,provisional,S,c', // row 7: same key, another status
      'x,C,2022,6,,,S,c', // row 8: repeats row 5 exactly, after two rows that were problems
      'x,D,2022,1,,,S,', // row 9
      'x,D,2022,1,,,S,', // row 10: repeats row 9, blank extra column and all
    ].join('\n');
    const { table, warnings, problems, origin } = await readObservations({ name: 'r.csv', data }, { onProblems: 'return' });
    expect(origin.rows).toEqual([2, 5, 9]);
    expect(table.array('area')).toEqual(['A', 'C', 'D']);
    expect(warnings.map((w) => [w.row, w.message])).toEqual([
      [4, messages.duplicateIdentical(2)],
      [8, messages.duplicateIdentical(5)],
      [10, messages.duplicateIdentical(9)],
    ]);
    expect(problems.map((p) => [p.row, p.message])).toEqual([
      [3, messages.schemaIssue('numerator', 'cannot be negative')],
      [6, messages.duplicateObservation('x | C | 2022 |  | ', 5)],
      [7, messages.duplicateObservation('x | C | 2022 |  | ', 5)],
    ]);
  });

  it('options.check: replacements, warnings and problems are reported with the file\'s own column names', async () => {
    const data = 'Indicator,Council area,Period,Count,Source\nx,Fife,2022,5,S\nx,S12000047,2022,6,S\nx,Nowhere,2022,7,S\nx,Fife,2022,oops,S\n';
    const e = await errorOf(readObservations({ name: 'x.csv', data }, {
      check: (o, at) => {
        if (o.area === 'Fife') return { replace: { area: 'S12000047' }, warnings: [{ column: 'area', message: `Fife on row ${at.row}` }] };
        if (o.area === 'Nowhere') return { problems: [{ column: 'area', message: 'no such area' }, { column: null, message: 'row-wide' }] };
        return undefined;
      },
    }));
    expect(e.issues).toEqual([
      // row 3 is row 2 once "Fife" is read as its code: core's duplicate check runs after the replacement
      { file: 'x.csv', row: 3, column: null, columnLetter: null, message: messages.duplicateObservation('x | S12000047 | 2022 |  | ', 2) },
      { file: 'x.csv', row: 4, column: 'Council area', columnLetter: 'B', message: 'no such area' },
      { file: 'x.csv', row: 4, column: null, columnLetter: null, message: 'row-wide' },
      // a row with a problem is not also checked for repeats
      { file: 'x.csv', row: 5, column: 'Count', columnLetter: 'D', message: messages.unreadableCell('oops') },
    ]);
  });

  it("onProblems: 'return' gives the rows without problems, the problems and where each row came from", async () => {
    const data = `${header}\nx,A,2022,5,,,S\nx,B,2022,-1,,,S\nx,C,2022,7,,,S\n`;
    const { table, problems, origin } = await readObservations({ name: 'x.csv', data }, { onProblems: 'return' });
    expect(table.array('area')).toEqual(['A', 'C']);
    expect(origin.rows).toEqual([2, 4]);
    expect(problems).toEqual([{ file: 'x.csv', row: 3, column: 'numerator', columnLetter: 'D', message: messages.schemaIssue('numerator', 'cannot be negative') }]);
  });
});
