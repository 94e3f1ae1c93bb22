import { describe, expect, it } from 'vitest';
import { DataError, messages, streamRecords, type RecordBatch, type StreamSource } from '@cjsnsa/core';

async function all(source: StreamSource, options = {}): Promise<{ batches: RecordBatch[]; error: DataError | null }> {
  const batches: RecordBatch[] = [];
  try {
    for await (const b of streamRecords(source, options)) batches.push(b);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return { batches, error: e };
  }
  return { batches, error: null };
}

/** Bytes delivered `size` at a time, so characters and quoted values straddle chunks. */
async function* chunked(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('streamRecords', () => {
  it('yields batches of records keyed by the header, with Excel row numbers; blank rows skipped', async () => {
    const data = 'area,date\nS12000039,2023-04-01\n\nS12000013,2023-05-01\nS12000035,2024-01-31\n';
    const { batches, error } = await all({ name: 'x.csv', data }, { batchSize: 2 });
    expect(error).toBeNull();
    expect(batches.map((b) => b.rows)).toEqual([[2, 4], [5]]);
    expect(batches.flatMap((b) => b.records)).toEqual([
      { area: 'S12000039', date: '2023-04-01' },
      { area: 'S12000013', date: '2023-05-01' },
      { area: 'S12000035', date: '2024-01-31' },
    ]);
    expect(batches[0].header).toEqual(['area', 'date']);
  });

  it('reads quoted values holding delimiters, quotes and line breaks across chunk boundaries, one byte at a time', async () => {
    const text = '\uFEFFid,note,area\r\n1,"a, ""b""\r\nc",S12000039\r\n2,plain,S12000013\r\n';
    const { batches, error } = await all({ name: 'x.csv', data: chunked(new TextEncoder().encode(text), 1) });
    expect(error).toBeNull();
    // the value with a line break is one row, as Excel shows it
    expect(batches.flatMap((b) => b.rows)).toEqual([2, 3]);
    // the value as written, its \r\n included (csv-parse keeps a quoted value verbatim)
    expect(batches.flatMap((b) => b.records)).toEqual([
      { id: '1', note: 'a, "b"\r\nc', area: 'S12000039' },
      { id: '2', note: 'plain', area: 'S12000013' },
    ]);
  });

  it('decodes UTF-8 split between chunks, and switches to Windows-1252 (with a warning) where bytes are not UTF-8', async () => {
    const utf8 = new TextEncoder().encode('name\nSte\u00f2rnabhagh\n');
    const utf8Read = await all({ name: 'u.csv', data: chunked(utf8, 1) });
    expect(utf8Read.batches.flatMap((b) => b.records)).toEqual([{ name: 'Ste\u00f2rnabhagh' }]);
    expect(utf8Read.batches.flatMap((b) => b.warnings)).toEqual([]);
    // Windows-1252: 0xF2 is ò, 0x96 an en dash (WHATWG index-windows-1252)
    const cp1252 = Uint8Array.from([...'name\nSte'].map((c) => c.charCodeAt(0)).concat([0xf2], [...'rnabhagh '].map((c) => c.charCodeAt(0)), [0x96, 0x0a]));
    const read = await all({ name: 'w.csv', data: chunked(cp1252, 4) });
    expect(read.batches.flatMap((b) => b.records)).toEqual([{ name: 'Ste\u00f2rnabhagh \u2013' }]);
    expect(read.batches.flatMap((b) => b.warnings)).toEqual([{ file: 'w.csv', row: null, column: null, columnLetter: null, message: messages.decodedAsWindows1252() }]);
  });

  it('splits on semicolons when the header says so, with a warning', async () => {
    const { batches } = await all({ name: 's.csv', data: 'area;date\nS12000039;2023-04-01\n' });
    expect(batches[0].records).toEqual([{ area: 'S12000039', date: '2023-04-01' }]);
    expect(batches[0].warnings.map((w) => w.message)).toEqual([messages.delimiterDetected(';', false)]);
  });

  it('rows with more cells than the header are left out, the others all come through, and every such row is thrown at the end', async () => {
    const data = 'id,area\n1,S12000039\n2,S12000013,extra\n3,"S12000035"\n\n5,S12000035,,x\n6,S12000017,,\n';
    const { batches, error } = await all({ name: 'x.csv', data }, { batchSize: 1 });
    // row 7's extra cells are empty: nothing is lost, so it is read
    expect(batches.flatMap((b) => b.records.map((r) => r.id))).toEqual(['1', '3', '6']);
    expect(batches.flatMap((b) => b.rows)).toEqual([2, 4, 7]);
    expect(error?.issues).toEqual([
      { file: 'x.csv', row: 3, column: null, columnLetter: null, message: messages.extraCells(2, 3) },
      { file: 'x.csv', row: 6, column: null, columnLetter: null, message: messages.extraCells(2, 4) },
    ]);
  });

  it('a quoting problem stops the reading: the records before it come through, then it is thrown after the problems found so far', async () => {
    // csv-parse stops at the first quoting error: rows after it (the extra cells on row 6, the stray quote on row 7) are not read
    const data = 'id,area\n1,S12000039\n2,S12000013,extra\n3,"S12000013\n4,S12000035\n5,S12000035,extra\n6,S120"00036\n7,S12000017\n';
    for (const size of [1, 7, 1 << 20]) {
      const { batches, error } = await all({ name: 'x.csv', data: chunked(new TextEncoder().encode(data), size) }, { batchSize: 1 });
      expect(batches.flatMap((b) => b.records.map((r) => r.id))).toEqual(['1']);
      expect(error?.issues).toEqual([
        { file: 'x.csv', row: 3, column: null, columnLetter: null, message: messages.extraCells(2, 3) },
        // the quote opened on row 4 runs on to the stray quote on line 7: reported where it opens
        { file: 'x.csv', row: 4, column: 'area', columnLetter: 'B', message: messages.unclosedQuote() },
      ]);
    }
  });

  it('a workbook is handed out in batches as a CSV is: cells as text, dates as ISO, Excel row numbers', async () => {
    const { batches, error } = await all(new URL('../fixtures/records.xlsx', import.meta.url).pathname, { batchSize: 2 });
    expect(error).toBeNull();
    expect(batches.map((b) => b.rows)).toEqual([[2, 3], [4]]);
    expect(batches[0].header).toEqual(['Council', 'Referral date', 'Sex']);
    expect(batches.flatMap((b) => b.records)).toEqual([
      { Council: 'S12000039', 'Referral date': '2023-03-31', Sex: 'Female' },
      { Council: 'S12000039', 'Referral date': '2023-04-01', Sex: 'Male' },
      { Council: 'S12000039', 'Referral date': '15/01/2023', Sex: '' },
    ]);
  });

  it('header problems and an empty file are refused at once', async () => {
    expect((await all({ name: 'x.csv', data: 'a,,a\n1,2,3\n' })).error?.issues).toEqual([
      { file: 'x.csv', row: 1, column: null, columnLetter: 'B', message: messages.blankHeader(1) },
      { file: 'x.csv', row: 1, column: 'a', columnLetter: 'C', message: messages.duplicateHeader('a') },
    ]);
    expect((await all({ name: 'x.csv', data: '\n\n' })).error?.issues[0].message).toBe(messages.emptyFile('x.csv'));
    expect((await all('no-such-file.csv')).error?.issues[0].message).toBe(messages.fileUnreadable('no-such-file.csv', 'no such file'));
  });
});
