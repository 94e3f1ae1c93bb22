import { isUtf8 } from 'node:buffer';
import { CsvError, parse, type Parser } from 'csv-parse';
import iconv from 'iconv-lite';
import { messages } from '../messages.js';
import type { DataIssue } from './data-error.js';
import { detectDelimiter, type CsvDelimiter } from './detect-delimiter.js';
import { columnLetter, issue } from './issue-helpers.js';

/**
 * Internal: the quoting problem csv-parse stopped at, by the Excel row and
 * 0-based field where the value in question begins. csv-parse cannot go on
 * after one, so a file has at most one.
 */
export interface CsvProblem {
  kind: 'unclosed-quote' | 'stray-quote' | 'row-too-long';
  row: number;
  field: number;
}

/** Internal: what {@link csvRows} tells as it reads. */
export interface CsvRowsEvents {
  /** The text is not UTF-8: from here on it is read as Windows-1252. */
  onWindows1252(): void;
  /** The delimiter, told from the first rows (called once, before any row). */
  onDelimiter(delimiter: CsvDelimiter): void;
  /** Reading stopped at a quoting problem (called once, after the rows before it). */
  onProblem(problem: CsvProblem): void;
}

/** Internal: bytes handed to csv-parse at a time. */
export const CSV_CHUNK = 1 << 20;
/** Internal: the most characters one row may hold (a quote left open makes a longer one). */
export const MAX_ROW_SIZE = 1_000_000;
/** Line breaks read before the delimiter is told from the rows above them. */
const HEAD_LINES = 20;
const EMPTY = Buffer.alloc(0);

/** Internal: text or bytes as chunks of at most {@link CSV_CHUNK} bytes (text is encoded as UTF-8 first). */
export function* inPieces(data: string | Uint8Array): Generator<Uint8Array> {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  for (let i = 0; i < bytes.length; i += CSV_CHUNK) yield bytes.subarray(i, i + CSV_CHUNK);
}

/** Internal: the length of the leading part of `bytes` that ends on a whole UTF-8 character. */
function wholeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(4, n); back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

const asBuffer = (b: Uint8Array) => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

/**
 * Internal: chunks of a text file as UTF-8 bytes for csv-parse. UTF-8 passes
 * through untouched (its byte-order mark is left to csv-parse's `bom`); a
 * UTF-16LE byte-order mark (Excel's "Unicode text") selects UTF-16LE; from
 * the first chunk that is not valid UTF-8 on, bytes are read as Windows-1252
 * (Excel's plain "CSV" on Windows in the UK) with iconv-lite, and
 * `onWindows1252` is called. Text chunks are taken as already decoded.
 */
async function* utf8Chunks(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, onWindows1252: () => void): AsyncGenerator<Buffer> {
  let mode: 'start' | 'utf-8' | 'decode' = 'start';
  let decoder: iconv.DecoderStream | null = null;
  let carry: Buffer = EMPTY; // the start of a character cut off at the end of a chunk, or the first byte
  const toWindows1252 = () => {
    mode = 'decode';
    decoder = iconv.getDecoder('win1252');
    onWindows1252();
  };
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      if (chunk) yield Buffer.from(chunk);
      continue;
    }
    let bytes = carry.length ? Buffer.concat([carry, chunk]) : asBuffer(chunk);
    carry = EMPTY;
    if (mode === 'start') {
      if (bytes.length < 2) {
        carry = bytes;
        continue;
      }
      if (bytes[0] === 0xff && bytes[1] === 0xfe) {
        mode = 'decode';
        decoder = iconv.getDecoder('utf-16le'); // removes the byte-order mark
      } else mode = 'utf-8';
    }
    if (mode === 'utf-8') {
      const cut = wholeUtf8Length(bytes);
      const whole = bytes.subarray(0, cut);
      if (isUtf8(whole)) {
        carry = bytes.subarray(cut);
        if (whole.length) yield whole;
        continue;
      }
      // what came before was valid UTF-8 (in practice ASCII); this chunk and the rest are read as Windows-1252
      toWindows1252();
    }
    const text = decoder!.write(bytes);
    if (text) yield Buffer.from(text);
  }
  if (carry.length) {
    if (mode !== 'decode' && isUtf8(carry)) yield carry;
    else {
      if (mode !== 'decode') toWindows1252();
      const text = decoder!.write(carry);
      if (text) yield Buffer.from(text);
    }
  }
  const rest = (decoder as iconv.DecoderStream | null)?.end();
  if (rest) yield Buffer.from(rest);
}

/** Internal: the last bytes given to csv-parse, enough to read back the value it stopped in. */
class RecentBytes {
  private parts: Buffer[] = [];
  private start = 0;
  private end = 0;

  add(bytes: Buffer): void {
    this.parts.push(bytes);
    this.end += bytes.length;
    // keep MAX_ROW_SIZE bytes before the last part: a value csv-parse stops in starts no earlier
    while (this.parts.length > 2 && this.end - this.start - this.parts[0].length - bytes.length >= MAX_ROW_SIZE) {
      this.start += this.parts.shift()!.length;
    }
  }

  /** The text from byte `offset` on, or null when it is no longer kept. */
  textFrom(offset: number): string | null {
    if (offset < this.start) return null;
    return Buffer.concat(this.parts).toString('utf8', offset - this.start).replace(/^\uFEFF/, '');
  }
}

/** A quoted value whose closing quote is on its first line (no line break before the first quote not doubled). */
const CLOSED_ON_ITS_LINE = /^"(?:[^"\r\n]|"")*"/;

/**
 * Internal: the {@link CsvProblem} of an error csv-parse stopped at (any other
 * error is thrown on). csv-parse gives the records read before it (so the
 * Excel row is one more), the field it was reading, and in `bytes` where the
 * field before it (or the row before) ended. A closing quote followed by
 * text is a stray quote when the value opened on the same line (`"71"x`),
 * and otherwise an unclosed quote that ran on into a later line's quote.
 */
function problemOf(error: unknown, recent: RecentBytes): CsvProblem {
  if (!(error instanceof CsvError)) throw error;
  const row = Number(error.records) + 1;
  const field = Number(error.column) || 0;
  switch (error.code) {
    case 'INVALID_OPENING_QUOTE':
      return { kind: 'stray-quote', row, field };
    case 'CSV_QUOTE_NOT_CLOSED':
      return { kind: 'unclosed-quote', row, field };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_MAX_RECORD_SIZE': {
      const ended = Number(error.bytes);
      const value = recent.textFrom(field === 0 ? ended : ended + 1);
      if (error.code === 'CSV_MAX_RECORD_SIZE' && value !== null && !value.startsWith('"')) return { kind: 'row-too-long', row, field };
      return { kind: error.code === 'CSV_INVALID_CLOSING_QUOTE' && value !== null && CLOSED_ON_ITS_LINE.test(value) ? 'stray-quote' : 'unclosed-quote', row, field };
    }
    default:
      throw error;
  }
}

/** Internal: the catalogued issue of a {@link CsvProblem}, naming the column when the problem is below the header. */
export function csvProblemIssue(p: CsvProblem, file: string, header: readonly string[] | null, headerRow: number): DataIssue {
  const message = p.kind === 'unclosed-quote' ? messages.unclosedQuote() : p.kind === 'stray-quote' ? messages.strayQuote() : messages.rowTooLong(MAX_ROW_SIZE);
  const column = header && p.row > headerRow ? header[p.field] || null : null;
  return issue(message, { file, row: p.row, column, columnLetter: columnLetter(p.field) });
}

const newlines = (bytes: Buffer) => {
  let n = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
  return n;
};

/** Read the records csv-parse has ready into `rows`. */
function drain(parser: Parser, rows: string[][]): void {
  for (let r = parser.read() as string[] | null; r !== null; r = parser.read() as string[] | null) rows.push(r);
}

/** Give csv-parse one chunk; the records it completes go to `rows`; resolves to its error, if any. */
function write(parser: Parser, bytes: Buffer, rows: string[][]): Promise<unknown> {
  const written = new Promise<unknown>((resolve) => parser.write(bytes, (e) => resolve(e ?? null)));
  drain(parser, rows); // before an error destroys the stream: the records before it are kept
  return written.then((e) => (drain(parser, rows), e));
}

/** The end of the input: the last record goes to `rows`; resolves to csv-parse's error (a quote never closed), if any. */
function end(parser: Parser, rows: string[][]): Promise<unknown> {
  return new Promise<unknown>((resolve) => {
    parser.on('readable', () => drain(parser, rows));
    parser.once('end', () => resolve(null));
    parser.once('error', resolve);
    parser.end();
  });
}

/**
 * Internal: read a CSV's rows with csv-parse, as Excel shows them: one record
 * per row, blank rows included (so the n-th record is Excel row n, and a
 * quoted value with line breaks is one row), every cell text, rows of any
 * length (more or fewer cells than the header). Yields the records read from
 * each chunk, holding one chunk at a time, so files of any size stream.
 *
 * Decoding: see `utf8Chunks`. The delimiter is told from the first 20 lines
 * ({@link detectDelimiter}); line breaks may be `\r\n`, `\n` or `\r`, mixed.
 * A quoting problem stops csv-parse: the records before it are yielded, then
 * `onProblem` is called and reading ends.
 *
 * @example
 * ```ts
 * const rows: string[][] = [];
 * const events = { onWindows1252() {}, onDelimiter() {}, onProblem: (p: CsvProblem) => console.log(p) };
 * for await (const chunk of csvRows(inPieces('a,b\n1,"x\ny"\n\n2,"open\n'), events)) rows.push(...chunk);
 * // rows: [['a', 'b'], ['1', 'x\ny'], ['']]: rows 1–3 as Excel numbers them
 * // logs { kind: 'unclosed-quote', row: 4, field: 1 }
 * ```
 */
export async function* csvRows(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, events: CsvRowsEvents): AsyncGenerator<string[][]> {
  let parser: Parser | null = null;
  const recent = new RecentBytes();
  let head: Buffer[] = [];
  let headBytes = 0;
  let headLines = 0;
  const start = (text: Buffer): Parser => {
    const delimiter = detectDelimiter(text.toString('utf8'));
    events.onDelimiter(delimiter);
    const p = parse({
      delimiter,
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: MAX_ROW_SIZE,
    });
    p.on('error', () => {}); // errors are taken from write() and end()
    return p;
  };
  const feed = async function* (p: Parser, bytes: Buffer): AsyncGenerator<string[][], boolean> {
    for (let i = 0; i < bytes.length; i += CSV_CHUNK) {
      const piece = bytes.subarray(i, i + CSV_CHUNK);
      recent.add(piece);
      const rows: string[][] = [];
      const error = await write(p, piece, rows);
      if (rows.length) yield rows;
      if (error) {
        events.onProblem(problemOf(error, recent));
        return false;
      }
    }
    return true;
  };

  for await (const bytes of utf8Chunks(chunks, events.onWindows1252)) {
    if (!parser) {
      head.push(bytes);
      headBytes += bytes.length;
      headLines += newlines(bytes);
      if (headLines <= HEAD_LINES && headBytes < CSV_CHUNK) continue;
      const text = Buffer.concat(head);
      head = [];
      parser = start(text);
      if (!(yield* feed(parser, text))) return;
    } else if (!(yield* feed(parser, bytes))) return;
  }
  if (!parser) {
    const text = Buffer.concat(head);
    parser = start(text);
    if (!(yield* feed(parser, text))) return;
  }
  const rows: string[][] = [];
  const error = await end(parser, rows);
  if (rows.length) yield rows;
  if (error) events.onProblem(problemOf(error, recent));
}
