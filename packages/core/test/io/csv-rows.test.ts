/**
 * CSV quoting problems, read with csv-parse by both readers (readTable and
 * streamRecords share core's csv-rows). csv-parse stops at the first quoting
 * problem, so each file here has one; the issue names the Excel row and the
 * column where the value in question begins.
 */
import { describe, expect, it } from 'vitest';
import { DataError, messages, readTable, streamRecords, type DataIssue } from '@cjsnsa/core';

async function tableIssues(data: string | Uint8Array): Promise<DataIssue[]> {
  try {
    await readTable({ name: 'x.csv', data });
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).issues;
  }
  throw new Error('expected a DataError');
}

/** Bytes delivered `size` at a time, so values straddle chunks. */
async function* chunked(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function streamIssues(data: string | Uint8Array, size: number): Promise<DataIssue[]> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  try {
    for await (const batch of streamRecords({ name: 'x.csv', data: chunked(bytes, size) })) void batch;
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).issues;
  }
  throw new Error('expected a DataError');
}

const at = (row: number, column: string | null, columnLetter: string, message: string): DataIssue => ({ file: 'x.csv', row, column, columnLetter, message });

const cp1252 = (parts: (string | number)[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'number' ? [p] : [...p].map((c) => c.charCodeAt(0)))));

const cases: { name: string; data: string | Uint8Array; issue: DataIssue; chunk?: number }[] = [
  { name: 'a quote inside an unquoted value', data: 'a,b,c\n1,2,3\n4,5" screen,6\n7,8,9\n', issue: at(3, 'b', 'B', messages.strayQuote()) },
  { name: 'text after a closing quote', data: 'a,b,c\n1,"71"x,3\n', issue: at(2, 'b', 'B', messages.strayQuote()) },
  { name: 'text after a closing quote, first column', data: 'a,b\n"1"2,3\n', issue: at(2, 'a', 'A', messages.strayQuote()) },
  { name: 'a quote left open, running into a later row’s quote', data: 'a,b,c\n1,"x,3\n4,5,"y"\n', issue: at(2, 'b', 'B', messages.unclosedQuote()) },
  { name: 'a quote left open in the first column', data: 'a,b\n1,2\n"x,3\n"y"z,4\n', issue: at(3, 'a', 'A', messages.unclosedQuote()) },
  // the blank row 3 and the two-line value on row 2 each count as one Excel row
  { name: 'a quote left open to the end, after a blank row', data: 'a,b\n1,2\n\n3,"open\n4,5\n', issue: at(4, 'b', 'B', messages.unclosedQuote()) },
  { name: 'a quote left open after a value with a line break', data: 'a,b\r\n"one\r\ntwo",1\r\n"x,2\r\n', issue: at(3, 'a', 'A', messages.unclosedQuote()) },
  { name: 'in the header, after a byte-order mark', data: '\uFEFF"a"x,b\n1,2\n', issue: at(1, null, 'A', messages.strayQuote()) },
  { name: 'a quote left open in the header', data: 'a,"b\n1,2\n', issue: at(1, null, 'B', messages.unclosedQuote()) },
  { name: 'after accented text (positions are bytes)', data: 'a,b,c\nSte\u00f2rnabhagh,"x"y,1\n', issue: at(2, 'b', 'B', messages.strayQuote()) },
  { name: 'in Windows-1252 text', data: cp1252(['a,b\n', 0xf2, ',"x"y\n']), issue: at(2, 'b', 'B', messages.strayQuote()) },
  { name: 'a quote left open over more than a million characters', data: 'a,b\n1,"' + `${'x'.repeat(99)}\n`.repeat(10_100), issue: at(2, 'b', 'B', messages.unclosedQuote()), chunk: 1 << 16 },
  { name: 'a row of more than a million characters', data: `a,b\n1,${'x'.repeat(1_000_001)}\n`, issue: at(2, 'b', 'B', messages.rowTooLong(1_000_000)), chunk: 1 << 16 },
];

describe('CSV quoting problems (csv-parse stops at the first)', () => {
  it.each(cases)('$name: readTable and streamRecords name its row and column', async ({ data, issue, chunk }) => {
    expect(await tableIssues(data)).toEqual([issue]);
    // streamed in small chunks: the value in question straddles them
    expect(await streamIssues(data, chunk ?? 3)).toEqual([issue]);
  });
});

describe('CSV rows as Excel numbers them', () => {
  it('line breaks may be \\r\\n, \\n or \\r, mixed in one file; blank rows and values with line breaks count as one row each', async () => {
    const issues = await tableIssues('a,b\r\n1,2\n3,4\r5,6\r\n\r\n7,"x\ny"\n8,9,10\n');
    expect(issues).toEqual([{ file: 'x.csv', row: 7, column: null, columnLetter: null, message: messages.extraCells(2, 3) }]);
  });

  it('reads UTF-16LE text (Excel\'s "Unicode text") after its byte-order mark', async () => {
    const bytes = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Buffer.from('a,b\nSte\u00f2rnabhagh,2\n', 'utf16le'))]);
    const warnings: unknown[] = [];
    const t = await readTable({ name: 'x.csv', data: bytes }, { onWarning: (w) => warnings.push(w) });
    expect(t.objects()).toEqual([{ a: 'Ste\u00f2rnabhagh', b: '2' }]);
    expect(warnings).toEqual([]);
  });
});
