/**
 * Core splits CSV rows with its own splitter (csv-rows.ts), written to read
 * and report exactly as csv-parse did with the options core used. These
 * properties check it against csv-parse itself on random text made of the
 * pieces that matter (delimiters, quotes, `""`, every kind of line break, a
 * byte-order mark, accented letters), delivered in random chunks: the same
 * rows and the same quoting problem at the same row and field.
 */
import fc from 'fast-check';
import { CsvError, parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRows, type CsvProblem } from '../../src/io/csv-rows.js';
import { detectDelimiter } from '../../src/io/detect-delimiter.js';
import { propertyRuns } from '../property-runs.js';

/** The rows csv-parse reads from `text` (sync, whole), and the problem it stops at, as core names it. */
function reference(text: string): { rows: string[][]; problem: CsvProblem | null } {
  const rows: string[][] = [];
  try {
    parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: (r: string[]) => {
        rows.push(r);
        return null;
      },
    });
    return { rows, problem: null };
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const row = Number(e.records) + 1;
    const field = Number(e.column) || 0;
    if (e.code === 'INVALID_OPENING_QUOTE') return { rows, problem: { kind: 'stray-quote', row, field } };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') return { rows, problem: { kind: 'unclosed-quote', row, field } };
    expect(e.code).toBe('CSV_INVALID_CLOSING_QUOTE');
    // the value from its opening quote: a stray quote when its closing quote is on its first line
    const ended = Number(e.bytes);
    const value = Buffer.from(text).toString('utf8', field === 0 ? ended : ended + 1).replace(/^\uFEFF/, '');
    return { rows, problem: { kind: /^"(?:[^"\r\n]|"")*"/.test(value) ? 'stray-quote' : 'unclosed-quote', row, field } };
  }
}

async function core(text: string, cuts: number[]): Promise<{ rows: string[][]; problem: CsvProblem | null }> {
  const bytes = Buffer.from(text);
  const ends = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  async function* chunks() {
    let at = 0;
    for (const end of [...ends, bytes.length]) {
      if (end > at) yield bytes.subarray(at, end);
      at = Math.max(at, end);
    }
  }
  const rows: string[][] = [];
  let problem: CsvProblem | null = null;
  const events = { onWindows1252() {}, onDelimiter() {}, onProblem: (p: CsvProblem) => (problem = p) };
  for await (const chunk of csvRows(chunks(), events)) rows.push(...chunk);
  return { rows, problem };
}

const pieces = ['a', 'b', 'S12000039', '2023-04-01', 'abcdefghijklmnopqrstu', ',', ',', ';', '\t', '"', '"', '""', '\n', '\r', '\r\n', ' ', '\u00e9', '\uFEFF'];
const texts = fc.tuple(fc.boolean(), fc.array(fc.constantFrom(...pieces), { maxLength: 40 })).map(([bom, p]) => (bom ? '\uFEFF' : '') + p.join(''));
// mostly well-formed: quoted values that hold delimiters, quotes and line breaks, between plain ones
const wellFormed = fc
  .array(fc.array(fc.constantFrom('x', 'S12000039', '"a,b"', '"say ""hi"""', '"two\r\nlines"', '""', ''), { minLength: 1, maxLength: 5 }), { maxLength: 12 })
  .chain((rows) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => rows.map((r) => r.join(',')).join(eol)));
const cuts = fc.array(fc.nat(), { maxLength: 8 });

describe("core's CSV splitter reads as csv-parse did", () => {
  it('random text in random chunks: the same rows and the same quoting problem', async () => {
    await fc.assert(
      fc.asyncProperty(texts, cuts, async (text, at) => {
        expect(await core(text, at)).toEqual(reference(text));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('well-formed text in random chunks: the same rows', async () => {
    await fc.assert(
      fc.asyncProperty(wellFormed, cuts, async (text, at) => {
        const read = await core(text, at);
        expect(read.problem).toBeNull();
        expect(read).toEqual(reference(text));
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});
