import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { messages } from '../messages.js';
import type { DataIssue } from './data-error.js';
import { detectDelimiter, type CsvDelimiter } from './detect-delimiter.js';
import { columnLetter, issue } from './issue-helpers.js';

/**
 * Internal: the quoting problem reading stopped at, by the Excel row and
 * 0-based field where the value in question begins. Reading cannot go on
 * after one (where the value ends is not known), so a file has at most one.
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

/** Internal: bytes read and split at a time. */
export const CSV_CHUNK = 1 << 20;
/**
 * Internal: the most a row may hold (a quote left open makes a longer one),
 * counted as csv-parse counted it, whose limit this is: the characters of
 * the row's earlier values plus the UTF-8 bytes of the value being read.
 */
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
/** Valid UTF-8 as text; ASCII (most extracts) is copied byte for byte. */
const utf8Text = (b: Buffer) => (isAscii(b) ? b.toString('latin1') : b.toString('utf8'));

/**
 * Internal: the chunks of a text file as text. UTF-8 is decoded (its
 * byte-order mark is left to {@link csvRows}); a UTF-16LE byte-order mark
 * (Excel's "Unicode text") selects UTF-16LE; from the first chunk that is
 * not valid UTF-8 on, bytes are read as Windows-1252 (Excel's plain "CSV" on
 * Windows in the UK) with iconv-lite, and `onWindows1252` is called. Text
 * chunks are taken as already decoded.
 */
async function* textChunks(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, onWindows1252: () => void): AsyncGenerator<string> {
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
      if (chunk) yield chunk;
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
        if (whole.length) yield utf8Text(whole);
        continue;
      }
      // what came before was valid UTF-8 (in practice ASCII); this chunk and the rest are read as Windows-1252
      toWindows1252();
    }
    const text = decoder!.write(bytes);
    if (text) yield text;
  }
  if (carry.length) {
    if (mode !== 'decode' && isUtf8(carry)) yield utf8Text(carry);
    else {
      if (mode !== 'decode') toWindows1252();
      const text = decoder!.write(carry);
      if (text) yield text;
    }
  }
  const rest = (decoder as iconv.DecoderStream | null)?.end();
  if (rest) yield rest;
}

/** Internal: the catalogued issue of a {@link CsvProblem}, naming the column when the problem is below the header. */
export function csvProblemIssue(p: CsvProblem, file: string, header: readonly string[] | null, headerRow: number): DataIssue {
  const message = p.kind === 'unclosed-quote' ? messages.unclosedQuote() : p.kind === 'stray-quote' ? messages.strayQuote() : messages.rowTooLong(MAX_ROW_SIZE);
  const column = header && p.row > headerRow ? header[p.field] || null : null;
  return issue(message, { file, row: p.row, column, columnLetter: columnLetter(p.field) });
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A value's text: between its quotes, `""` read as `"`. */
const unquote = (s: string, from: number, to: number, escaped: boolean) => {
  const v = s.slice(from, to);
  return escaped ? v.replaceAll('""', '"') : v;
};

/**
 * Whether a value (`s` from `from` to `to`, its `""` read as `"` when
 * `escaped`) made a row too long, as csv-parse's `max_record_size` counted:
 * it checked before adding each byte of a value that the row's earlier
 * values' characters (`before`) plus the value's bytes so far were within
 * {@link MAX_ROW_SIZE}. Cheap unless the row is near the limit (a character
 * is at most 3 bytes).
 */
function tooLong(before: number, s: string, from: number, to: number, escaped: boolean): boolean {
  if (before + (to - from) * 3 <= MAX_ROW_SIZE + 1) return false;
  return before + Buffer.byteLength(unquote(s, from, to, escaped)) > MAX_ROW_SIZE + 1;
}

/** Whether the first quote after a value's opening quote comes before any line break (`"71"x`: a stray quote). */
function closedOnItsLine(s: string, open: number): boolean {
  for (let k = open + 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === QUOTE) return true;
    if (c === LF || c === CR) return false;
  }
  return false;
}

/** Values at most this long are shared (see {@link Interner}). */
const SHARED_LENGTH = 40;
/** Slots of a column's table at first, and at most (see {@link Interner}). */
const FIRST_SLOTS = 1 << 10;
const MAX_SLOTS = 1 << 15;
/** Lookups after which a column that keeps missing (an id) stops being shared, once its table is at its largest. */
const TRIAL = 1 << 14;

/** The hash {@link splitRows} gives a value: of its characters, `h * 31 + c`. */
function hashOf(v: string): number {
  let h = 0;
  for (let k = 0; k < v.length; k++) h = (Math.imul(h, 31) + v.charCodeAt(k)) | 0;
  return h;
}

/**
 * Internal: one string per distinct short value of each column, so that a
 * column of areas, dates or codes holds a few thousand strings rather than
 * one per row (less to allocate, collect and keep). A direct-mapped table
 * per column, by a hash of the value's characters, of {@link FIRST_SLOTS}
 * slots, doubled (up to {@link MAX_SLOTS}) each time as many values have
 * missed as it has slots, so that a column of a few thousand dates is not
 * kept missing by values that share a slot; at its largest, a column whose
 * values mostly differ (an id) stops being looked up after {@link TRIAL}
 * values. Kept strings are flat copies, so none holds on to the chunk it
 * came from.
 */
export class Interner {
  private tables: (string[] | null)[] = [];
  private misses: number[] = [];
  private lookups: number[] = [];

  /** The value `s` from `from` to `to` (hash `h` of its characters) of column `field`. */
  get(field: number, s: string, from: number, to: number, h: number): string {
    const t = this.tables[field];
    if (t === null || to - from > SHARED_LENGTH) return s.slice(from, to);
    if (t === undefined) return this.miss(field, s, from, to, h);
    this.lookups[field]++;
    const v = t[h & (t.length - 1)];
    const length = to - from;
    if (v.length !== length) return this.miss(field, s, from, to, h);
    for (let c = 0; c < length; c++) if (v.charCodeAt(c) !== s.charCodeAt(from + c)) return this.miss(field, s, from, to, h);
    return v;
  }

  /** A value not in its slot (kept apart from {@link get}, so that the lookup stays small enough to be inlined). */
  private miss(field: number, s: string, from: number, to: number, h: number): string {
    let t = this.tables[field];
    if (t === undefined) {
      if (field > 255) return s.slice(from, to);
      t = this.tables[field] = new Array<string>(FIRST_SLOTS).fill('\u0000');
      this.misses[field] = 0;
      this.lookups[field] = 1;
    }
    // a slice of 13 characters or more would point into the chunk: keep a copy
    const w = to - from < 13 ? s.slice(from, to) : Buffer.from(s.slice(from, to), 'utf16le').toString('utf16le');
    const misses = ++this.misses[field];
    if (t!.length < MAX_SLOTS && misses >= t!.length) {
      // values keep sharing slots: twice the slots, the values kept moved to theirs
      const wider = new Array<string>(t!.length * 2).fill('\u0000');
      for (const kept of t!) if (kept !== '\u0000') wider[hashOf(kept) & (wider.length - 1)] = kept;
      t = this.tables[field] = wider;
      this.misses[field] = 0;
      this.lookups[field] = 0;
    } else if (t!.length === MAX_SLOTS && this.lookups[field] >= TRIAL && misses > this.lookups[field] >> 1) {
      this.tables[field] = null;
      return w;
    }
    t![h & (t!.length - 1)] = w;
    return w;
  }
}

const stop = (kind: CsvProblem['kind'], end: number, row: number, field: number): Split => ({ end, problem: { kind, row, field } });

/**
 * Internal: what is told each row read: its cells (the first `n` of
 * `cells`, an array that is reused: copy what is kept) and its Excel row
 * number (blank rows and the header counted).
 */
export type OnRow = (cells: string[], n: number, row: number) => void;

/** Rows read so far, and where each goes. */
interface RowReader {
  rows: number;
  onRow: OnRow;
}

/** What {@link splitRows} read: where the rows it split end, and the quoting problem it stopped at. */
interface Split {
  end: number;
  problem: CsvProblem | null;
}

/**
 * Internal: split the complete rows at the start of `s`, handing each to `reader`, as
 * csv-parse did with `relax_column_count`, `record_delimiter` `\r\n`, `\n`
 * or `\r`, `max_record_size` and empty lines kept: a row per line break
 * outside quotes (a blank line is a row of one empty value), a value that
 * opens with `"` runs to a `"` followed by the delimiter, a line break or
 * the end (`""` inside it is a `"`). Stops at a quoting problem:
 * - a `"` inside a value that did not open with one: a stray quote;
 * - a closing `"` followed by anything else: a stray quote when the value's
 *   first `"` after its opening one is on its first line (`"71"x`), else a
 *   quote left open that ran on into a later line's quote;
 * - the end of the text inside quotes (when `final`): a quote left open;
 * - more than {@link MAX_ROW_SIZE}: a row too long, or a quote left open
 *   when the value opened with `"`.
 *
 * Unless `final`, a row cut off by the end of `s` is left for the next call
 * (from `end`), as is a `\r` or `"` at the very end (it may be a `\r\n` or `""`).
 */
function splitRows(s: string, final: boolean, delimiter: number, reader: RowReader, shared: Interner): Split {
  const n = s.length;
  const row: string[] = []; // the cells of the row being read, copied out at its end
  let i = 0;
  while (i < n) {
    const rowStart = i;
    let cells = 0;
    let before = 0; // characters of the row's earlier values
    for (;;) {
      // a value starts at i (i === n: the text ended after a delimiter)
      let value: string;
      if (i < n && s.charCodeAt(i) === QUOTE) {
        const open = i;
        let escaped = false;
        let j = open + 1;
        let close: number;
        for (;;) {
          const q = s.indexOf('"', j);
          if (q < 0 || (q + 1 >= n && !final)) {
            // the end of the text inside quotes
            const upTo = q < 0 ? n : q;
            if (tooLong(before, s, open + 1, upTo, escaped)) return stop('unclosed-quote', rowStart, reader.rows + 1, cells);
            if (!final) return { end: rowStart, problem: null };
            return stop('unclosed-quote', rowStart, reader.rows + 1, cells);
          }
          const next = q + 1 < n ? s.charCodeAt(q + 1) : -1;
          if (next === QUOTE) {
            escaped = true;
            j = q + 2;
            continue;
          }
          if (tooLong(before, s, open + 1, q, escaped)) return stop('unclosed-quote', rowStart, reader.rows + 1, cells);
          if (next === -1 || next === delimiter || next === LF || next === CR) {
            close = q;
            break;
          }
          return stop(closedOnItsLine(s, open) ? 'stray-quote' : 'unclosed-quote', rowStart, reader.rows + 1, cells);
        }
        if (escaped || close - open - 1 > SHARED_LENGTH) value = unquote(s, open + 1, close, escaped);
        else {
          let h = 0;
          for (let k = open + 1; k < close; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
          value = shared.get(cells, s, open + 1, close, h);
        }
        i = close + 1;
      } else {
        let j = i;
        let c = -1;
        let h = 0;
        while (j < n) {
          c = s.charCodeAt(j);
          if (c === delimiter || c === LF || c === CR || c === QUOTE) break;
          h = (Math.imul(h, 31) + c) | 0;
          j++;
        }
        if (tooLong(before, s, i, j, false)) return stop('row-too-long', rowStart, reader.rows + 1, cells);
        if (j < n && c === QUOTE) return stop('stray-quote', rowStart, reader.rows + 1, cells);
        if (j >= n && !final) return { end: rowStart, problem: null };
        value = shared.get(cells, s, i, j, h);
        i = j;
      }
      row[cells++] = value;
      before += value.length;
      if (i >= n) {
        // the end of the text (final): the last row has no line break
        reader.onRow(row, cells, ++reader.rows);
        return { end: n, problem: null };
      }
      const c = s.charCodeAt(i);
      if (c === delimiter) {
        i++;
        continue;
      }
      if (c === CR) {
        if (i + 1 < n) i += s.charCodeAt(i + 1) === LF ? 2 : 1;
        else if (final) i++;
        else return { end: rowStart, problem: null };
      } else i++; // LF
      reader.onRow(row, cells, ++reader.rows);
      break;
    }
  }
  return { end: n, problem: null };
}

/** Where {@link csvRows} keeps the number its flattening gives (NaN). */
let flattened = 0;

const newlines = (text: string) => {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Internal: read a CSV's rows as Excel shows them: one record per row,
 * blank rows included (so the n-th record is Excel row n, and a quoted
 * value with line breaks is one row), every cell text, rows of any length
 * (more or fewer cells than the header). Hands each row to `onRow` and
 * yields after each chunk, holding one chunk (and the row it ends in) at a
 * time, so files of any size stream.
 *
 * Decoding: see `textChunks`; a byte-order mark is removed. The delimiter
 * is told from the first 20 lines ({@link detectDelimiter}); line breaks
 * may be `\r\n`, `\n` or `\r`, mixed. Rows are split by a hand-written
 * splitter ({@link splitRows}) that reads and reports exactly as csv-parse
 * did (see docs/performance.md for why). A quoting problem stops reading:
 * the rows before it are handed on and yielded after, then `onProblem` is
 * called and reading ends.
 *
 * @example
 * ```ts
 * const events = { onWindows1252() {}, onDelimiter() {}, onProblem: (p: CsvProblem) => console.log(p) };
 * for await (const _ of eachCsvRow(inPieces('a,b\n1,2\n'), events, (cells, n, row) => console.log(row, cells.slice(0, n))));
 * // logs 1 ['a', 'b'], then 2 ['1', '2']
 * ```
 */
export async function* eachCsvRow(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, events: CsvRowsEvents, onRow: OnRow): AsyncGenerator<void> {
  let delimiter = -1;
  let carry = ''; // the start of a row cut off at the end of the last chunk
  const reader: RowReader = { rows: 0, onRow };
  const shared = new Interner();
  let started = false;
  let bom = ''; // the byte-order mark removed, given back to detectDelimiter (which removes one, as csv-parse did)
  let head: string[] = [];
  let headBytes = 0;
  let headLines = 0;
  /** Split `carry` + `text`; false when reading stopped at a problem. */
  /** Split `carry` + `text`; the quoting problem reading stopped at, if any. */
  const split = (text: string, final: boolean): CsvProblem | null => {
    let s = text;
    if (carry) {
      // the row cut off at the end of the last chunk is finished on a short join with the start of
      // this one (a joined string is read slowly), then the rest of this chunk is split as it is
      const m = Math.min(text.length, Math.max(1 << 12, carry.length));
      const joined = carry + text.slice(0, m);
      const last = m === text.length;
      const { end, problem } = splitRows(joined, final && last, delimiter, reader, shared);
      if (problem || last) {
        carry = problem ? '' : joined.slice(end);
        return problem;
      }
      if (end >= carry.length) s = text.slice(end - carry.length);
      else {
        // a row longer than the join: split the whole of it joined, made flat (converting it to a
        // number flattens it in place; the result is kept so that it is not optimised away)
        s = carry + text;
        flattened = Number(s);
      }
    }
    const { end, problem } = splitRows(s, final, delimiter, reader, shared);
    carry = problem ? '' : s.slice(end);
    return problem;
  };
  const begin = (text: string) => {
    const d = detectDelimiter(bom + text);
    events.onDelimiter(d);
    delimiter = d.charCodeAt(0);
  };

  for await (let text of textChunks(chunks, events.onWindows1252)) {
    if (!started) {
      if (!text) continue;
      started = true;
      if (text.charCodeAt(0) === 0xfeff) {
        bom = '\uFEFF';
        text = text.slice(1);
      }
    }
    if (delimiter < 0) {
      head.push(text);
      headBytes += Buffer.byteLength(text);
      headLines += newlines(text);
      if (headLines <= HEAD_LINES && headBytes < CSV_CHUNK) continue;
      text = head.join('');
      head = [];
      begin(text);
    }
    const problem = split(text, false);
    yield;
    if (problem) {
      events.onProblem(problem);
      return;
    }
  }
  let text = '';
  if (delimiter < 0) {
    text = head.join('');
    begin(text);
  }
  const problem = split(text, true);
  yield;
  if (problem) events.onProblem(problem);
}

/**
 * Internal: {@link eachCsvRow}'s rows as arrays, the rows read from each chunk at a time.
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
  let rows: string[][] = [];
  for await (const _ of eachCsvRow(chunks, events, (cells, n) => rows.push(cells.slice(0, n)))) {
    if (rows.length) yield rows;
    rows = [];
  }
}
