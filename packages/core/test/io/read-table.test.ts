import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DataError, messages, readTable } from '@cjsnsa/core';
import { plain } from '../fixtures/plain.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

async function issuesOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).issues;
  }
  throw new Error('expected a DataError');
}

describe('readTable', () => {
  it('readTable(csv) trims headers, strips the BOM, reads CRLF and keeps cells as text', async () => {
    const t = await readTable(fixture('observations.csv'));
    expect(t.columnNames()).toEqual(['Indicator', 'AREA CODE', 'period', 'Numerator', 'denominator', 'Status', 'Source']);
    expect(t.numRows()).toBe(5); // the blank line holds no data
    expect(t.get('Numerator', 0)).toBe('1,234');
  });

  it('readTable({ name, data }) reads text and bytes', async () => {
    const text = 'a,b\n1,"x, y"\n';
    expect(plain(await readTable({ name: 'x.csv', data: text }))).toEqual([{ a: '1', b: 'x, y' }]);
    expect(plain(await readTable({ name: 'x.csv', data: new TextEncoder().encode(text) }))).toEqual([{ a: '1', b: 'x, y' }]);
  });

  it('readTable(xlsx, { sheet: name or number }) reads that sheet, dates as Date', async () => {
    const t = await readTable(fixture('records.xlsx'), { sheet: 'Referrals' });
    expect(t.columnNames()).toEqual(['Council', 'Referral date', 'Sex']);
    expect(t.get('Referral date', 0)).toEqual(new Date(Date.UTC(2023, 2, 31)));
    const byNumber = await readTable(fixture('observations.xlsx'), { sheet: 2 });
    expect(byNumber.get('Numerator', 0)).toBe(1234);
    const bytes = new Uint8Array(readFileSync(fixture('records.xlsx')));
    expect((await readTable({ name: 'upload', data: bytes })).numRows()).toBe(3);
  });

  it('a missing sheet is a DataError listing the sheets', async () => {
    const issues = await issuesOf(readTable(fixture('observations.xlsx'), { sheet: 'Table 1' }));
    expect(issues[0].message).toBe(messages.sheetNotFound('Table 1', ['Notes', 'Data']));
  });

  it('a missing file, unknown format, non-UTF-8 text, damaged workbook and empty file are DataErrors', async () => {
    expect((await issuesOf(readTable('nope.csv')))[0].message).toBe(messages.fileUnreadable('nope.csv', 'no such file'));
    expect((await issuesOf(readTable({ name: 'x.ods', data: new Uint8Array([1, 2]) })))[0].message).toBe(messages.unknownFormat('x.ods'));
    expect((await issuesOf(readTable({ name: 'x.csv', data: new Uint8Array([0x61, 0x0a, 0xe9, 0x0a]) })))[0].message).toBe(messages.notUtf8('x.csv'));
    expect((await issuesOf(readTable({ name: 'x.xlsx', data: new Uint8Array([1, 2, 3]) })))[0].message).toMatch(/^The workbook cannot be opened/);
    expect((await issuesOf(readTable({ name: 'x.csv', data: '' })))[0].message).toBe(messages.emptyFile('x.csv'));
  });

  it('an unquoted thousands separator (extra cell) is a DataError naming the row', async () => {
    const issues = await issuesOf(readTable(fixture('unquoted-thousands.csv')));
    expect(issues).toEqual([{ file: fixture('unquoted-thousands.csv'), row: 2, column: null, columnLetter: null, message: messages.extraCells(5, 6) }]);
  });

  it('an unclosed quote is a DataError', async () => {
    const issues = await issuesOf(readTable(fixture('broken-quote.csv')));
    expect(issues[0].message).toMatch(/^The CSV cannot be read: /);
  });

  it('duplicate and blank header names are all reported, with column letters', async () => {
    const issues = await issuesOf(readTable({ name: 'x.csv', data: 'area, Area,,n\nA,B,5,1\n' }));
    expect(issues).toEqual([
      { file: 'x.csv', row: 1, column: 'Area', columnLetter: 'B', message: messages.duplicateHeader('Area') },
      { file: 'x.csv', row: 2, column: null, columnLetter: 'C', message: messages.blankHeader(1) },
    ]);
  });
});
