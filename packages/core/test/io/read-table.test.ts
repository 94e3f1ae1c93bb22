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

  it('a missing file, unknown format, damaged workbook and empty file are DataErrors', async () => {
    expect((await issuesOf(readTable('nope.csv')))[0].message).toBe(messages.fileUnreadable('nope.csv', 'no such file'));
    expect((await issuesOf(readTable({ name: 'x.ods', data: new Uint8Array([1, 2]) })))[0].message).toBe(messages.unknownFormat('x.ods'));
    expect((await issuesOf(readTable({ name: 'x.xlsx', data: new Uint8Array([1, 2, 3]) })))[0].message).toMatch(/^The workbook cannot be opened/);
    expect((await issuesOf(readTable({ name: 'x.csv', data: '' })))[0].message).toBe(messages.emptyFile('x.csv'));
  });

  it('an unquoted thousands separator (extra cell) is a DataError naming the row', async () => {
    const issues = await issuesOf(readTable(fixture('unquoted-thousands.csv')));
    expect(issues).toEqual([{ file: fixture('unquoted-thousands.csv'), row: 2, column: null, columnLetter: null, message: messages.extraCells(5, 6) }]);
  });

  it('an unclosed quote is a DataError naming the row and the column where the quote opens', async () => {
    const issues = await issuesOf(readTable(fixture('broken-quote.csv')));
    expect(issues).toEqual([{ file: fixture('broken-quote.csv'), row: 2, column: 'period', columnLetter: 'C', message: messages.unclosedQuote() }]);
  });

  it('text that is not UTF-8 is read as Windows-1252, with a warning', async () => {
    const warnings: unknown[] = [];
    // 0xE9 is é and 0x96 an en dash in Windows-1252 (WHATWG index-windows-1252)
    const t = await readTable({ name: 'x.csv', data: new Uint8Array([0x61, 0x0a, 0xe9, 0x96, 0x0a]) }, { onWarning: (w) => warnings.push(w) });
    expect(plain(t)).toEqual([{ a: '\u00e9\u2013' }]);
    // 0x80–0x9F, where Windows-1252 differs from Latin-1 (WHATWG index-windows-1252): € … ’ “ ” — ™ œ Ÿ
    const high = await readTable({ name: 'x.csv', data: new Uint8Array([0x61, 0x0a, 0x80, 0x85, 0x92, 0x93, 0x94, 0x97, 0x99, 0x9c, 0x9f, 0x0a]) });
    expect(plain(high)).toEqual([{ a: '\u20ac\u2026\u2019\u201c\u201d\u2014\u2122\u0153\u0178' }]);
    expect(warnings).toEqual([{ file: 'x.csv', row: null, column: null, columnLetter: null, message: messages.decodedAsWindows1252() }]);
  });

  it('a semicolon-separated CSV is split on semicolons, with a warning', async () => {
    const warnings: unknown[] = [];
    const t = await readTable({ name: 'x.csv', data: 'area;count\nS12000039;"1.234,5"\n' }, { onWarning: (w) => warnings.push(w) });
    expect(plain(t)).toEqual([{ area: 'S12000039', count: '1.234,5' }]);
    expect(warnings).toEqual([{ file: 'x.csv', row: null, column: null, columnLetter: null, message: messages.delimiterDetected(';', true) }]);
  });

  it('the delimiter is the one that splits the rows evenly: semicolons inside values or a note above do not change it', async () => {
    const warnings: unknown[] = [];
    const data = 'Note: a; b; c; d; e\narea,status\nA,suppressed; synthetic\nB,published\n';
    const commas = await readTable({ name: 'x.csv', data }, { headerRow: 2, onWarning: (w) => warnings.push(w) });
    expect(plain(commas)).toEqual([{ area: 'A', status: 'suppressed; synthetic' }, { area: 'B', status: 'published' }]);
    expect(warnings).toEqual([]);
    const tabs = await readTable({ name: 'x.txt', data: 'area\tcount\nA\t1,234\n' }, { onWarning: (w) => warnings.push(w) });
    expect(plain(tabs)).toEqual([{ area: 'A', count: '1,234' }]);
    expect(warnings).toEqual([{ file: 'x.txt', row: null, column: null, columnLetter: null, message: messages.delimiterDetected('\t', false) }]);
  });

  it('a quoted value with a line break is one row, as in Excel; row numbers after it follow Excel', async () => {
    const issues = await issuesOf(readTable({ name: 'x.csv', data: 'a,b\n1,"two\nlines"\n3,4,5\n' }));
    expect(issues).toEqual([{ file: 'x.csv', row: 3, column: null, columnLetter: null, message: messages.extraCells(2, 3) }]);
  });

  it('duplicate and blank header names are all reported, with column letters', async () => {
    const issues = await issuesOf(readTable({ name: 'x.csv', data: 'area, Area,,n\nA,B,5,1\n' }));
    expect(issues).toEqual([
      { file: 'x.csv', row: 1, column: 'Area', columnLetter: 'B', message: messages.duplicateHeader('Area') },
      { file: 'x.csv', row: 2, column: null, columnLetter: 'C', message: messages.blankHeader(1) },
    ]);
  });
});
