import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { messages } from '../messages.js';
import { DataError, type DataIssue } from './data-error.js';
import { columnLetter, issue } from './issue-helpers.js';
import type { ReadOptions, TableSource } from './table-source.js';

/** Internal: a file read into header + rows, with Excel row numbers kept. */
export interface Grid {
  file: string;
  format: 'csv' | 'xlsx';
  /** the Excel row number of the header */
  headerRow: number;
  /** trimmed header names of the kept columns */
  header: string[];
  /** spreadsheet letter of each kept column */
  letters: string[];
  /** data cells, one array per non-blank row, aligned with `header` */
  rows: unknown[][];
  /** the Excel row number (header = 1) of each entry of `rows` */
  rowNumbers: number[];
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function detectFormat(name: string, data: string | Uint8Array | null, wanted?: 'csv' | 'xlsx'): 'csv' | 'xlsx' {
  if (wanted) return wanted;
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (data instanceof Uint8Array && data[0] === 0x50 && data[1] === 0x4b) return 'xlsx';
  if (typeof data === 'string') return 'csv';
  throw new DataError(issue(messages.unknownFormat(name), { file: name }));
}

async function csvRows(file: string, data: string | Uint8Array): Promise<unknown[][]> {
  let text: string;
  if (typeof data === 'string') text = data.replace(/^\uFEFF/, '');
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      throw new DataError(issue(messages.notUtf8(file), { file }));
    }
  }
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (e) {
    const err = e as { message: string; lines?: number; records?: number };
    const reason = err.message.replace(/^.*?:\s*/, '').replace(/\.$/, '');
    throw new DataError(issue(messages.csvSyntax(reason), { file, row: err.records != null ? err.records + 1 : err.lines ?? null }));
  }
}

async function xlsxRows(file: string, data: Uint8Array, sheet: string | number | undefined): Promise<unknown[][]> {
  try {
    return (await readSheet(Buffer.from(data.buffer, data.byteOffset, data.byteLength), sheet ?? 1)) as unknown[][];
  } catch (e) {
    const err = e as { name?: string; sheets?: string[]; message: string };
    if (err.name === 'SheetNotFoundError') {
      throw new DataError(issue(messages.sheetNotFound(sheet!, err.sheets ?? []), { file }));
    }
    throw new DataError(issue(messages.invalidWorkbook(err.message), { file }));
  }
}

/** Internal: read a CSV or XLSX into a {@link Grid}, collecting header problems. */
export async function readGrid(source: TableSource, options: ReadOptions = {}): Promise<Grid> {
  let file: string;
  let data: string | Uint8Array;
  if (typeof source === 'string') {
    file = source;
    try {
      data = new Uint8Array(await readFile(source));
    } catch (e) {
      throw new DataError(issue(messages.fileUnreadable(source, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message), { file: source }));
    }
  } else {
    file = source.name;
    data = source.data;
  }
  const format = detectFormat(file, data, options.format);
  const raw =
    format === 'csv'
      ? await csvRows(file, data)
      : await xlsxRows(file, typeof data === 'string' ? new TextEncoder().encode(data) : data, options.sheet);
  const h = options.headerRow ? options.headerRow - 1 : raw.findIndex((r) => !r.every(isBlank));
  if (h < 0 || h >= raw.length || raw[h].every(isBlank)) {
    throw new DataError(issue(messages.emptyFile(file), { file, row: h < 0 ? 1 : h + 1 }));
  }

  const problems: DataIssue[] = [];
  const headerCells = raw[h].map((h) => (h == null ? '' : String(h).replace(/^\uFEFF/, '').trim()));
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
  const header = keep.map((c) => headerCells[c]);
  const letters = keep.map((c) => columnLetter(c));
  const rows: unknown[][] = [];
  const rowNumbers: number[] = [];
  for (let i = h + 1; i < raw.length; i++) {
    const r = raw[i];
    if (r.every(isBlank)) continue; // a blank line holds no data
    if (format === 'csv' && r.length > headerCells.length && r.slice(headerCells.length).some((v) => !isBlank(v))) {
      problems.push(issue(messages.extraCells(headerCells.length, r.length), { file, row: i + 1 }));
      continue;
    }
    rows.push(keep.map((c) => (r[c] === undefined ? null : r[c])));
    rowNumbers.push(i + 1);
  }
  if (problems.length) throw new DataError(problems);
  return { file, format, headerRow: h + 1, header, letters, rows, rowNumbers };
}
