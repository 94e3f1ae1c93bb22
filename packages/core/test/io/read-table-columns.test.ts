/**
 * `readTable` reads a CSV straight into columns (`csvColumns`, read-grid.ts)
 * instead of keeping an array per row and copying them into columns. These
 * properties check the columnar path against the row path it replaced
 * (`readGrid`, still the path of XLSX and of `readObservations`) on random
 * CSV text: quoted values with delimiters, `""` and line breaks, quoting
 * problems, blank rows, rows with extra or missing cells, blank and
 * duplicate header names, title rows above the header, `\n`/`\r\n`/`\r`,
 * a byte-order mark, `;` and tab delimiters, and text given as a string, as
 * UTF-8, as Windows-1252 and as UTF-16LE bytes: the same column names and
 * values, or the same DataError issues (text, row, column, letter, order),
 * and the same warnings.
 */
import fc from 'fast-check';
import type { ColumnTable } from 'arquero';
import { describe, expect, it } from 'vitest';
import { DataError, type DataWarning } from '../../src/io/data-error.js';
import { csvColumns, gridColumns, readGrid, readTableByRows, type Columns, type GridOptions } from '../../src/io/read-grid.js';
import { readTable } from '../../src/io/read-table.js';
import { CSV_CHUNK } from '../../src/io/csv-rows.js';
import { propertyRuns } from '../property-runs.js';

type Outcome =
  | { kind: 'table'; names: string[]; values: unknown[][]; warnings: DataWarning[] }
  | { kind: 'error'; message: string; issues: unknown[]; warnings: DataWarning[] };

/** What a read gives: the table's names and values, or the DataError's issues; with the warnings told either way. */
async function outcome(read: (onWarning: (w: DataWarning) => void) => Promise<ColumnTable>): Promise<Outcome> {
  const warnings: DataWarning[] = [];
  try {
    const t = await read((w) => warnings.push(w));
    const names = t.columnNames();
    return { kind: 'table', names, values: names.map((n) => Array.from(t.array(n) as ArrayLike<unknown>)), warnings };
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return { kind: 'error', message: e.message, issues: e.issues, warnings };
  }
}

/** The same for the internal readers, which return warnings and problems rather than telling and throwing them. */
async function columnsOutcome(read: () => Promise<Columns>): Promise<Columns | { error: string; issues: unknown[] }> {
  try {
    const c = await read();
    return { ...c, columns: c.columns.map((v) => Array.from(v)) };
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return { error: e.message, issues: e.issues };
  }
}

// cells as written in the file, mostly plain, some quoted, a few that break the quoting
const plainCell = fc.constantFrom('', '', ' ', 'x', 'S12000039', '2023-04-01', 'area', 'Area', 'n', ' n ', '\u00e9t\u00e9', '12');
const quotedCell = fc.constantFrom('"a,b"', '"a;b"', '"a\tb"', '"say ""hi"""', '"two\nlines"', '"two\r\nlines"', '""', '" "', '"n"');
const brokenCell = fc.constantFrom('x"y', '"open', '"71"x', '"');
const cell = fc.oneof({ weight: 12, arbitrary: plainCell }, { weight: 4, arbitrary: quotedCell }, { weight: 1, arbitrary: brokenCell });
const row = fc.oneof({ weight: 6, arbitrary: fc.array(cell, { minLength: 1, maxLength: 6 }) }, { weight: 1, arbitrary: fc.constantFrom([''], [' '], ['', ''], [' ', '']) });
const eol = fc.constantFrom('\n', '\r\n', '\r');

/** A CSV: rows of cells joined by a delimiter, each line ended by a (possibly different) line break. */
const csvText = (maxRows: number) =>
  fc
    .record({
      bom: fc.boolean(),
      delimiter: fc.constantFrom(',', ',', ';', '\t'),
      rows: fc.array(fc.tuple(row, eol), { maxLength: maxRows }),
      last: fc.boolean(),
    })
    .map(({ bom, delimiter, rows, last }) => (bom ? '\uFEFF' : '') + rows.map(([r, e], i) => r.join(delimiter) + (i < rows.length - 1 || last ? e : '')).join(''));

/** A tidier CSV: distinct header names (blank lines above them at times), rows of plain and quoted values, some short, some long. */
const tidyText = fc
  .record({
    bom: fc.boolean(),
    delimiter: fc.constantFrom(',', ';'),
    above: fc.array(fc.constantFrom('', ' ', ',,'), { maxLength: 2 }),
    header: fc.shuffledSubarray(['area', 'n', 'count', 'date', 'x y', ' Sex '], { minLength: 1 }),
    rows: fc.array(fc.tuple(fc.array(fc.oneof({ weight: 3, arbitrary: plainCell }, { weight: 1, arbitrary: quotedCell }), { maxLength: 5 }), eol), { maxLength: 12 }),
  })
  .map(({ bom, delimiter, above, header, rows }) =>
    (bom ? '\uFEFF' : '') + [...above, header.join(delimiter)].join('\n') + '\r\n' + rows.map(([r, e]) => r.join(delimiter) + e).join(''),
  );

// free text made of the pieces that matter, as in csv-split.test.ts: mostly quoting problems
const pieces = ['a', 'n', 'Area', ',', ',', ';', '\t', '"', '"', '""', '\n', '\r', '\r\n', ' ', '\u00e9', '\uFEFF'];
const soup = fc.tuple(fc.boolean(), fc.array(fc.constantFrom(...pieces), { maxLength: 40 })).map(([bom, p]) => (bom ? '\uFEFF' : '') + p.join(''));

/** The text as given to the reader: a string, UTF-8, Windows-1252 (not UTF-8 where it has é), or UTF-16LE with its mark. */
const encodings = fc.constantFrom('string', 'utf-8', 'windows-1252', 'utf-16le');
function encode(text: string, encoding: string): string | Uint8Array {
  if (encoding === 'string') return text;
  if (encoding === 'utf-8') return new Uint8Array(Buffer.from(text));
  if (encoding === 'windows-1252') return new Uint8Array(Buffer.from(text.replace(/\uFEFF/g, ''), 'latin1'));
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/^\uFEFF/, ''), 'utf16le')]));
}
const headerRow = fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }) });
/** readObservations' kind of header test: a row naming an area and a count (read with a two-row header too). */
const isHeader = (names: string[]) => names.some((n) => n.toLowerCase() === 'area') && names.includes('n');

describe('readTable reads a CSV into columns exactly as the row path did', () => {
  const seen = { table: 0, error: 0, warned: 0 };
  const compare = async (text: string, encoding: string, at: number | undefined) => {
    const source = { name: 'x.csv', data: encode(text, encoding) };
    const columnar = await outcome((onWarning) => readTable(source, { headerRow: at, onWarning }));
    const rows = await outcome((onWarning) => readTableByRows(source, { headerRow: at, onWarning }));
    expect(columnar).toEqual(rows);
    seen[columnar.kind]++;
    if (columnar.warnings.length) seen.warned++;
  };

  it('random CSV: the same names and values, or the same issues, and the same warnings', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(csvText(12), tidyText), encodings, headerRow, compare), { numRuns: propertyRuns(2000) });
    // the property saw tables, errors and warnings (a generator that stopped making one would prove nothing)
    expect(seen.table).toBeGreaterThan(propertyRuns(200));
    expect(seen.error).toBeGreaterThan(propertyRuns(200));
    expect(seen.warned).toBeGreaterThan(propertyRuns(50));
  });

  it('random text of quotes, delimiters and line breaks: the same outcome', async () => {
    await fc.assert(fc.asyncProperty(soup, encodings, headerRow, compare), { numRuns: propertyRuns(1500) });
  });

  it('a header looked for (readObservations’ search, over one or two rows, up to 50 rows down): the same columns, warnings and problems', async () => {
    const withSearch = fc.record({ text: csvText(70), encoding: encodings, headerRow });
    let found = 0;
    await fc.assert(
      fc.asyncProperty(withSearch, async ({ text, encoding, headerRow: at }) => {
        const options: GridOptions = { headerRow: at, isHeader };
        const data = encode(text, encoding);
        const columnar = await columnsOutcome(() => csvColumns('x.csv', data, options));
        const rows = await columnsOutcome(async () => gridColumns(await readGrid({ name: 'x.csv', data }, options)));
        expect(columnar).toEqual(rows);
        if ('warnings' in columnar && columnar.warnings.some((w) => w.row !== null)) found++;
      }),
      { numRuns: propertyRuns(600) },
    );
    expect(found).toBeGreaterThan(propertyRuns(10)); // headers found below the first row, or over two rows
  });

  it('a file of several chunks, with problems spread through it: the same outcome', async () => {
    const lines = ['area,n,,Area'];
    for (let i = 0, length = 0; length < 2.5 * CSV_CHUNK; i++, length += lines[lines.length - 1].length + 2) {
      if (i % 9973 === 5) lines.push(`S${i},"${i}\n${i}",,x,extra`);
      else if (i % 7919 === 3) lines.push(`S${i},${i},blank header,y`);
      else if (i % 5003 === 0) lines.push('');
      else lines.push(`S${i % 32},"${i % 7}",,${i % 3 ? 'z' : ''}`);
    }
    const text = lines.join('\r\n');
    await compare(text, 'string', undefined);
    await compare(text, 'utf-8', 1);
    await compare(`${text}\r\nlast,"open\r\nrow`, 'utf-8', undefined);
    // the same rows without the header problems: a table of every row
    const ok = text.replace(/^area,n,,Area/, 'area,n,note,Area2').replace(/,extra/g, '');
    await compare(ok, 'utf-8', undefined);
    expect(seen.table).toBeGreaterThan(0);
  });
});
