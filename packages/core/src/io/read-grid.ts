import { readFile } from 'node:fs/promises';
import { readSheet } from 'read-excel-file/node';
import { messages } from '../messages.js';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { csvProblemIssue, csvRows, eachCsvRow, inPieces, type CsvProblem, type CsvRowsEvents } from './csv-rows.js';
import { DataError, type DataIssue, type DataWarning } from './data-error.js';
import { columnLetter, issue } from './issue-helpers.js';
import type { ReadOptions, TableSource } from './table-source.js';

/** Internal: a file read into header + rows, with Excel row numbers kept. */
export interface Grid {
  file: string;
  format: 'csv' | 'xlsx';
  /** the Excel row number of the header (the lower row of a two-row header) */
  headerRow: number;
  /** trimmed header names of the kept columns */
  header: string[];
  /** spreadsheet letter of each kept column */
  letters: string[];
  /** data cells, one array per non-blank row, aligned with `header` */
  rows: unknown[][];
  /** the Excel row number (header = 1) of each entry of `rows` */
  rowNumbers: number[];
  /** warnings about the whole file (encoding, delimiter, where the header was found) */
  warnings: DataWarning[];
  /** problems found (extra cells, header names, the CSV quoting problem reading stopped at); rows with a problem are not in `rows` */
  problems: DataIssue[];
  /** numbers are written with a decimal comma (a semicolon-separated CSV) */
  decimalComma: boolean;
}

/** Internal: options of {@link readGrid}. */
export interface GridOptions extends ReadOptions {
  /** Recognise the header row: the first row (or pair of rows) for which this is true, else the first non-blank row. */
  isHeader?: (names: string[]) => boolean;
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const isBlankRow = (r: unknown[]) => r.every(isBlank);
const names = (r: unknown[]) => r.map((v) => (v == null ? '' : String(v).replace(/^\uFEFF/, '').trim()));
/** How far below the first non-blank row a header is looked for. */
const HEADER_SEARCH_ROWS = 50;

/** Internal: the format of a file, from `wanted`, its name, else its first bytes. */
export function detectFormat(name: string, data: string | Uint8Array | null, wanted?: 'csv' | 'xlsx'): 'csv' | 'xlsx' {
  if (wanted) return wanted;
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (data instanceof Uint8Array && data[0] === 0x50 && data[1] === 0x4b) return 'xlsx';
  if (typeof data === 'string') return 'csv';
  throw new DataError(issue(messages.unknownFormat(name), { file: name }));
}

/** Internal: a CSV's or sheet's rows as read, before the header is looked for. */
export interface RawRows {
  /** one entry per Excel row, from row 1 to the last read */
  raw: unknown[][];
  /** the CSV quoting problem reading stopped at */
  quoting: CsvProblem | null;
  warnings: DataWarning[];
  decimalComma: boolean;
}

/** What a CSV tells while it is read: its warnings, its delimiter and the quoting problem reading stopped at. */
interface CsvReading {
  events: CsvRowsEvents;
  warnings: DataWarning[];
  decimalComma: boolean;
  quoting: CsvProblem | null;
}

/** Internal: the events of reading `file`, kept as {@link readGrid} reports them. */
function csvReading(file: string): CsvReading {
  const reading: CsvReading = {
    warnings: [],
    decimalComma: false,
    quoting: null,
    events: {
      onWindows1252: () => reading.warnings.push(issue(messages.decodedAsWindows1252(), { file })),
      onDelimiter: (delimiter) => {
        reading.decimalComma = delimiter === ';';
        if (delimiter !== ',') reading.warnings.push(issue(messages.delimiterDetected(delimiter, reading.decimalComma), { file }));
      },
      onProblem: (p) => (reading.quoting = p),
    },
  };
  return reading;
}

/** Internal: the rows of a CSV, decoded and split as {@link readGrid} reads them. */
export async function csvGridRows(file: string, data: string | Uint8Array): Promise<RawRows> {
  const reading = csvReading(file);
  const raw: unknown[][] = [];
  for await (const chunk of csvRows(inPieces(data), reading.events)) for (const r of chunk) raw.push(r);
  // a final line break does not make a row
  while (raw.length && isBlankRow(raw[raw.length - 1])) raw.pop();
  return { raw, quoting: reading.quoting, warnings: reading.warnings, decimalComma: reading.decimalComma };
}

async function xlsxRows(file: string, data: Uint8Array, sheet: string | number | undefined): Promise<RawRows> {
  try {
    const raw = (await readSheet(Buffer.from(data.buffer, data.byteOffset, data.byteLength), sheet ?? 1)) as unknown[][];
    return { raw, quoting: null, warnings: [], decimalComma: false };
  } catch (e) {
    const err = e as { name?: string; sheets?: string[]; message: string };
    if (err.name === 'SheetNotFoundError') {
      throw new DataError(issue(messages.sheetNotFound(sheet!, err.sheets ?? []), { file }));
    }
    throw new DataError(issue(messages.invalidWorkbook(err.message), { file }));
  }
}

/** Where the header was found: row index `h`, its names, whether it is two rows, and the first non-blank row's index. */
interface HeaderFound {
  h: number;
  cells: string[];
  twoRows: boolean;
  first: number;
}

/** Internal: find the header: `headerRow`, else the first row (or two rows) `isHeader` accepts, else the first non-blank row. */
function findHeader(raw: unknown[][], options: GridOptions): HeaderFound | null {
  const first = raw.findIndex((r) => !isBlankRow(r));
  if (options.headerRow) {
    const h = options.headerRow - 1;
    const r = raw[h];
    return r && !isBlankRow(r) ? { h, cells: names(r), twoRows: false, first: h } : null;
  }
  if (first < 0) return null;
  if (options.isHeader) {
    for (let i = first; i < Math.min(raw.length, first + HEADER_SEARCH_ROWS); i++) {
      const r = raw[i];
      if (isBlankRow(r)) continue;
      const cells = names(r);
      if (options.isHeader(cells)) return { h: i, cells, twoRows: false, first };
      const above = i > first ? raw[i - 1] : null;
      if (above && !isBlankRow(above)) {
        // two header rows (e.g. a merged group heading above the column names):
        // each column is named by its lower cell, or the upper one where that is blank
        const top = names(above);
        const merged = Array.from({ length: Math.max(top.length, cells.length) }, (_, c) => cells[c] || top[c] || '');
        if (options.isHeader(merged)) return { h: i, cells: merged, twoRows: true, first };
      }
    }
  }
  return { h: first, cells: names(raw[first]), twoRows: false, first };
}

/**
 * Internal: the columns a header keeps (those with a name, in order), adding
 * to `problems` a blank name over data (`dataRow(c)`: the 0-based index of
 * the first row below the header with a value in column `c`, else -1) and
 * a name used twice (ignoring case).
 */
function headerColumns(file: string, headerCells: string[], width: number, h: number, problems: DataIssue[], dataRow: (c: number) => number): number[] {
  const keep: number[] = [];
  const seen = new Map<string, number>();
  for (let c = 0; c < width; c++) {
    const name = headerCells[c] ?? '';
    if (name === '') {
      const row = dataRow(c);
      if (row > h) problems.push(issue(messages.blankHeader(h + 1), { file, row: row + 1, column: null, columnLetter: columnLetter(c) }));
      continue;
    }
    const key = name.toLowerCase();
    if (seen.has(key)) problems.push(issue(messages.duplicateHeader(name), { file, row: h + 1, column: name, columnLetter: columnLetter(c) }));
    seen.set(key, c);
    keep.push(c);
  }
  return keep;
}

/** Internal: a source's name and contents (a path is read from disk). */
export async function loadSource(source: TableSource): Promise<{ file: string; data: string | Uint8Array }> {
  if (typeof source !== 'string') return { file: source.name, data: source.data };
  try {
    return { file: source, data: new Uint8Array(await readFile(source)) };
  } catch (e) {
    throw new DataError(issue(messages.fileUnreadable(source, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message), { file: source }));
  }
}

/** Internal: read a CSV or XLSX into a {@link Grid}, collecting the problems of each row. */
export async function readGrid(source: TableSource, options: GridOptions = {}): Promise<Grid> {
  const { file, data } = await loadSource(source);
  const format = detectFormat(file, data, options.format);
  const { raw, quoting, warnings, decimalComma } =
    format === 'csv'
      ? await csvGridRows(file, data)
      : await xlsxRows(file, typeof data === 'string' ? new TextEncoder().encode(data) : data, options.sheet);
  const found = findHeader(raw, options);
  if (!found) {
    // reading stopped at a quoting problem before any header: that is the problem, not an empty file
    if (quoting) throw new DataError(csvProblemIssue(quoting, file, null, 0));
    throw new DataError(issue(messages.emptyFile(file), { file, row: options.headerRow ?? 1 }));
  }
  const { h, cells: headerCells, twoRows, first } = found;
  if (twoRows || h > first) warnings.push(issue(messages.headerFound(h + 1, first + 1, twoRows), { file, row: h + 1 }));

  const problems: DataIssue[] = [];
  if (quoting) problems.push(csvProblemIssue(quoting, file, headerCells, h + 1));
  // CSV: cells past the header are reported per row (extraCells); XLSX: as blank-header columns
  const width = format === 'csv' ? headerCells.length : raw.reduce((w, r) => Math.max(w, r.length), 0);
  const keep = headerColumns(file, headerCells, width, h, problems, (c) => raw.findIndex((r, i) => i > h && !isBlank(r[c])));
  // every column kept, in order: a full CSV row (text cells, none missing) is kept as read, not copied
  const allKept = format === 'csv' && keep.length === width && keep.every((c, i) => c === i);
  const header = keep.map((c) => headerCells[c]);
  const letters = keep.map((c) => columnLetter(c));
  const rows: unknown[][] = [];
  const rowNumbers: number[] = [];
  for (let i = h + 1; i < raw.length; i++) {
    const r = raw[i];
    if (isBlankRow(r)) continue; // a blank line holds no data
    if (format === 'csv' && r.length > headerCells.length && r.slice(headerCells.length).some((v) => !isBlank(v))) {
      problems.push(issue(messages.extraCells(headerCells.length, r.length), { file, row: i + 1 }));
      continue;
    }
    rows.push(allKept && r.length === width ? r : keep.map((c) => (r[c] === undefined ? null : r[c])));
    rowNumbers.push(i + 1);
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { file, format, headerRow: h + 1, header, letters, rows, rowNumbers, warnings, problems, decimalComma };
}

/** Internal: a file read as columns: the kept header names, one array of values per name, and what {@link readGrid} reports. */
export interface Columns {
  header: string[];
  /** `columns[k]`: the values of column `header[k]`, one per data row */
  columns: unknown[][];
  warnings: DataWarning[];
  problems: DataIssue[];
}

/** Internal: a {@link Grid}'s rows copied into columns, in one pass over the rows. */
export function gridColumns(grid: Grid): Columns {
  const width = grid.header.length;
  const { rows } = grid;
  const columns: unknown[][] = grid.header.map(() => new Array<unknown>(rows.length));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (let c = 0; c < width; c++) columns[c][i] = r[c];
  }
  return { header: grid.header, columns, warnings: grid.warnings, problems: grid.problems };
}

/** Internal: what `readTable` makes of columns read: a {@link DataError} of every problem, else the warnings told and the table. */
export function tableOfColumns(read: Columns, options: ReadOptions): ColumnTable {
  if (read.problems.length) throw new DataError(read.problems);
  for (const w of read.warnings) options.onWarning?.(w);
  const columns: Record<string, unknown[]> = {};
  read.header.forEach((name, c) => (columns[name] = read.columns[c]));
  return aq.table(columns);
}

/** Internal: `readTable` by rows ({@link readGrid}, then columns): the path of XLSX, and the reference the CSV path is tested against. */
export async function readTableByRows(source: TableSource, options: GridOptions = {}): Promise<ColumnTable> {
  return tableOfColumns(gridColumns(await readGrid(source, options)), options);
}

/** A blank row kept while the header is looked for (never changed). */
const BLANK_ROW: readonly string[] = [];

/** Whether the first `n` cells of a CSV row are all blank (a quick look at the first character first). */
function blankCells(cells: readonly string[], n: number): boolean {
  for (let c = 0; c < n; c++) {
    const v = cells[c];
    if (v === '') continue;
    const first = v.charCodeAt(0);
    if ((first > 32 && first < 127) || v.trim() !== '') return false;
  }
  return true;
}

/** Whether any of cells `from` to `n` of a CSV row holds a value. */
function valuesFrom(cells: readonly string[], from: number, n: number): boolean {
  for (let c = from; c < n; c++) if (cells[c].trim() !== '') return true;
  return false;
}

/** Arrays up to this long are made with room for every element (longer ones are made slow by V8). */
const MAX_PRESIZED = 1 << 25;

/**
 * How many rows a CSV can have at most, told from its line breaks (`\n`, or `\r` when it has none;
 * more when quoted values hold line breaks), to make each column its length once.
 * A file with both kinds of line break may have more rows: the columns then grow.
 */
function rowsAtMost(data: string | Uint8Array): number {
  const bytes = typeof data === 'string' ? null : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const utf16 = bytes !== null && bytes[0] === 0xff && bytes[1] === 0xfe;
  const count = (code: number) => {
    let n = 0;
    if (typeof data === 'string') {
      const ch = String.fromCharCode(code);
      for (let i = data.indexOf(ch); i >= 0; i = data.indexOf(ch, i + 1)) n++;
    } else {
      const needle = utf16 ? Buffer.from([code, 0]) : code; // UTF-16LE: the character's two bytes
      for (let i = bytes!.indexOf(needle); i >= 0; i = bytes!.indexOf(needle, i + 1)) n++;
    }
    return n;
  };
  return Math.min((count(10) || count(13)) + 1, MAX_PRESIZED);
}

/**
 * Internal: a CSV read straight into columns, with exactly what
 * {@link readGrid} finds and reports: one array per kept column, filled as
 * the rows are split, so that no array is kept per row. Only the rows
 * needed to find the header are kept until it is found: up to `headerRow`,
 * else to the first row that is not blank (with `isHeader`, the
 * {@link HEADER_SEARCH_ROWS} rows from there), blank ones as one shared
 * empty row. Rows below the header are then read as they come: blank ones
 * skipped, a blank header over data and extra cells reported by row.
 */
export async function csvColumns(file: string, data: string | Uint8Array, options: GridOptions = {}): Promise<Columns> {
  const reading = csvReading(file);
  const head: (readonly string[])[] = []; // rows from row 1, until the header is found
  let first = -1;
  let searched = false;
  let found = null as HeaderFound | null;
  let width = 0;
  let keep: number[] = [];
  let columns: unknown[][] = [];
  let count = 0; // data rows kept
  let allKept = false;
  /** blank-header columns (index < width) whose first value below the header is not found yet */
  let pending: number[] = [];
  const dataRow = new Map<number, number>();
  const extra: DataIssue[] = [];

  const onData = (cells: readonly string[], n: number, row: number) => {
    if (blankCells(cells, n)) return; // a blank line holds no data
    if (pending.length) {
      for (const c of pending) if (c < n && cells[c].trim() !== '') dataRow.set(c, row - 1);
      if (dataRow.size) pending = pending.filter((c) => !dataRow.has(c));
    }
    if (n > width && valuesFrom(cells, width, n)) {
      extra.push(issue(messages.extraCells(width, n), { file, row }));
      return;
    }
    // filled in place: each column is made its likely length once (a column grown by push is copied as it grows)
    if (allKept && n === width) for (let c = 0; c < width; c++) columns[c][count] = cells[c];
    else
      for (let k = 0; k < keep.length; k++) {
        const c = keep[k];
        columns[k][count] = c < n ? cells[c] : null;
      }
    count++;
  };
  /** The header is found in `head` (or is not there): set the columns up and read the rows kept below it. */
  const search = () => {
    searched = true;
    found = findHeader(head as unknown[][], options);
    if (!found) return;
    const { h, cells: headerCells } = found;
    width = headerCells.length;
    keep = headerColumns(file, headerCells, width, h, [], () => -1);
    allKept = keep.length === width;
    const rows = rowsAtMost(data);
    columns = keep.map(() => new Array<unknown>(rows));
    for (let c = 0; c < width; c++) if ((headerCells[c] ?? '') === '') pending.push(c);
    for (let i = h + 1; i < head.length; i++) onData(head[i], head[i].length, i + 1);
    head.length = 0;
  };
  const onRow = (cells: string[], n: number, row: number) => {
    if (searched) {
      if (found) onData(cells, n, row);
      return;
    }
    if (blankCells(cells, n)) head.push(BLANK_ROW);
    else {
      head.push(cells.slice(0, n));
      if (first < 0) first = row - 1;
    }
    if (options.headerRow ? head.length >= options.headerRow : first >= 0 && (!options.isHeader || head.length >= first + HEADER_SEARCH_ROWS)) search();
  };
  for await (const _ of eachCsvRow(inPieces(data), reading.events, onRow));
  if (!searched) search();

  const { quoting, warnings } = reading;
  const header = found as HeaderFound | null;
  if (!header) {
    // reading stopped at a quoting problem before any header: that is the problem, not an empty file
    if (quoting) throw new DataError(csvProblemIssue(quoting, file, null, 0));
    throw new DataError(issue(messages.emptyFile(file), { file, row: options.headerRow ?? 1 }));
  }
  const { h, cells: headerCells, twoRows } = header;
  if (twoRows || h > header.first) warnings.push(issue(messages.headerFound(h + 1, header.first + 1, twoRows), { file, row: h + 1 }));
  const problems: DataIssue[] = [];
  if (quoting) problems.push(csvProblemIssue(quoting, file, headerCells, h + 1));
  headerColumns(file, headerCells, width, h, problems, (c) => dataRow.get(c) ?? -1);
  problems.push(...extra);
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  for (const values of columns) values.length = count;
  return { header: keep.map((c) => headerCells[c]), columns, warnings, problems };
}
