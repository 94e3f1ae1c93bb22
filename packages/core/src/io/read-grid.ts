import { readFile } from 'node:fs/promises';
import { readSheet } from 'read-excel-file/node';
import { messages } from '../messages.js';
import { csvProblemIssue, csvRows, inPieces, type CsvProblem } from './csv-rows.js';
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

/** Internal: the rows of a CSV, decoded and split as {@link readGrid} reads them. */
export async function csvGridRows(file: string, data: string | Uint8Array): Promise<RawRows> {
  const warnings: DataWarning[] = [];
  let decimalComma = false;
  let quoting: CsvProblem | null = null;
  const raw: unknown[][] = [];
  const rows = csvRows(inPieces(data), {
    onWindows1252: () => warnings.push(issue(messages.decodedAsWindows1252(), { file })),
    onDelimiter: (delimiter) => {
      decimalComma = delimiter === ';';
      if (delimiter !== ',') warnings.push(issue(messages.delimiterDetected(delimiter, decimalComma), { file }));
    },
    onProblem: (p) => (quoting = p),
  });
  for await (const chunk of rows) for (const r of chunk) raw.push(r);
  // a final line break does not make a row
  while (raw.length && isBlankRow(raw[raw.length - 1])) raw.pop();
  return { raw, quoting, warnings, decimalComma };
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

/** Internal: find the header: `headerRow`, else the first row (or two rows) `isHeader` accepts, else the first non-blank row. */
function findHeader(raw: unknown[][], options: GridOptions): { h: number; cells: string[]; twoRows: boolean; first: number } | null {
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
  const keep: number[] = [];
  const seen = new Map<string, number>();
  for (let c = 0; c < width; c++) {
    const name = headerCells[c] ?? '';
    if (name === '') {
      const row = raw.findIndex((r, i) => i > h && !isBlank(r[c]));
      if (row > h) problems.push(issue(messages.blankHeader(h + 1), { file, row: row + 1, column: null, columnLetter: columnLetter(c) }));
      continue;
    }
    const key = name.toLowerCase();
    if (seen.has(key)) problems.push(issue(messages.duplicateHeader(name), { file, row: h + 1, column: name, columnLetter: columnLetter(c) }));
    seen.set(key, c);
    keep.push(c);
  }
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
