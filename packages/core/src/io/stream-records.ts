import { createReadStream } from 'node:fs';
import { messages } from '../messages.js';
import { CSV_CHUNK, csvProblemIssue, eachCsvRow, inPieces, type CsvProblem } from './csv-rows.js';
import { DataError, type DataIssue, type DataWarning } from './data-error.js';
import { MAX_LISTED_PROBLEMS, columnLetter, issue } from './issue-helpers.js';
import { readGrid } from './read-grid.js';

/**
 * What {@link streamRecords} reads: a CSV file path, or a name and the
 * file's contents as text, bytes or an async iterable of chunks (e.g. a
 * Node stream, or a web `ReadableStream` of an upload).
 *
 * @example
 * ```ts
 * const a: StreamSource = 'extract.csv';
 * const b: StreamSource = { name: 'extract.csv', data: createReadStream('extract.csv') };
 * ```
 */
export type StreamSource = string | { name: string; data: string | Uint8Array | AsyncIterable<Uint8Array | string> };

/**
 * Options for {@link streamRecords}.
 *
 * - `batchSize`: records per batch. __Default value:__ `10000`.
 * - `headerRow`: the row (1-based, as in Excel) holding the column names.
 *   __Default value:__ the first row that is not blank.
 *
 * @example
 * ```ts
 * const options: StreamRecordsOptions = { batchSize: 50_000 };
 * ```
 */
export interface StreamRecordsOptions {
  batchSize?: number;
  headerRow?: number;
}

/**
 * One batch of records from {@link streamRecords}.
 *
 * - `header`: the column names (trimmed), the same in every batch.
 * - `records`: one object per data row, keyed by column name; every value
 *   is text as written (`''` for an empty or missing cell).
 * - `rows`: the Excel row number (header = 1) of each record.
 * - `warnings`: warnings raised since the previous batch (text read as
 *   Windows-1252, values separated by `;` or tabs).
 *
 * @example
 * ```ts
 * const batch: RecordBatch = { header: ['area', 'date'], records: [{ area: 'S12000039', date: '2023-05-01' }],
 *   rows: [2], warnings: [] };
 * ```
 */
export interface RecordBatch {
  header: string[];
  records: Record<string, string>[];
  rows: number[];
  warnings: DataWarning[];
}

async function* chunksOf(source: StreamSource): AsyncGenerator<Uint8Array | string> {
  if (typeof source === 'string') {
    const stream = createReadStream(source, { highWaterMark: CSV_CHUNK });
    try {
      for await (const chunk of stream) yield chunk as Buffer;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new DataError(issue(messages.fileUnreadable(source, code === 'ENOENT' ? 'no such file' : (e as Error).message), { file: source }));
    }
    return;
  }
  const { data } = source;
  if (typeof data === 'string' || data instanceof Uint8Array) yield* inPieces(data);
  else yield* data;
}

/**
 * Read a CSV file of any size as batches of records, without holding the
 * file in memory: for individual-level extracts (one row per case) too big
 * to load. Memory use depends on `batchSize`, not on the file's size.
 *
 * Reading is as {@link readTable}'s: UTF-8 (a byte-order
 * mark is removed; text that is not UTF-8 is read as Windows-1252 with a
 * warning), values separated by `,`, `;` or tabs (detected from the first
 * lines, with a warning if not `,`), quoted values may hold delimiters and
 * line breaks, blank rows are skipped. Cells stay text.
 *
 * Rows with more cells than the header do not stop the stream: they are
 * left out of the batches, and after the last batch a {@link DataError}
 * lists every one by row (the first 1,000, then a count). A quoting problem
 * (an unclosed quote, a quote inside an unquoted value) stops the reading,
 * as where the value was meant to end is not known: the records before it come in the
 * batches, then the DataError lists the problems so far with the quoting
 * one last, by row and column. Header problems (blank or duplicate names,
 * no header) are thrown at once.
 *
 * @param source - a CSV path, or `{ name, data }` with text, bytes or an async iterable of chunks.
 * @param options - see {@link StreamRecordsOptions}.
 * @returns an async iterable of {@link RecordBatch}es.
 * A workbook (`.xlsx`) is read too: its first sheet is read whole (a
 * workbook holds at most 1,048,576 rows, and the format cannot be read in
 * pieces), then handed out in batches in the same way, dates as ISO text
 * (`2023-05-31`), with its Excel row numbers.
 *
 * @throws {@link DataError} as described above; a missing file.
 * @example
 * ```ts
 * const perArea = new Map<string, number>();
 * for await (const batch of streamRecords('cases-2015-2024.csv')) {
 *   for (const r of batch.records) perArea.set(r.area, (perArea.get(r.area) ?? 0) + 1);
 * }
 * perArea.get('S12000039'); // e.g. 41022
 * ```
 */
export async function* streamRecords(source: StreamSource, options: StreamRecordsOptions = {}): AsyncGenerator<RecordBatch, void, undefined> {
  const file = typeof source === 'string' ? source : source.name;
  const batchSize = Math.max(1, options.batchSize ?? 10_000);
  if (/\.xlsx$/i.test(file)) {
    yield* workbookBatches(source, batchSize, options.headerRow);
    return;
  }
  let warnings: DataWarning[] = [];
  const problems: DataIssue[] = [];
  let unlisted = 0;
  const problem = (p: DataIssue) => {
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(p);
    else unlisted++;
  };

  let header: string[] | null = null;
  let headerRow = 0;
  let headerWidth = 0;
  let makeRecord: ((cells: string[], n: number) => Record<string, string>) | null = null;
  let records: Record<string, string>[] = [];
  let rows: number[] = [];
  const ready: RecordBatch[] = [];
  const flush = () => {
    if (records.length || warnings.length) ready.push({ header: header ?? [], records, rows, warnings });
    records = [];
    rows = [];
    warnings = [];
  };
  // a row's cells are the first n of `cells` (an array reused for every row)
  const onRecord = (cells: string[], n: number, row: number) => {
    if (header === null) {
      const named = cells.slice(0, n);
      if (options.headerRow ? row < options.headerRow : named.every((c) => c.trim() === '')) return;
      header = named.map((c) => c.trim());
      headerRow = row;
      headerWidth = header.length;
      const headerProblems: DataIssue[] = [];
      const seen = new Set<string>();
      header.forEach((name, c) => {
        if (name === '') headerProblems.push(issue(messages.blankHeader(row), { file, row, columnLetter: columnLetter(c) }));
        else if (seen.has(name.toLowerCase())) headerProblems.push(issue(messages.duplicateHeader(name), { file, row, column: name, columnLetter: columnLetter(c) }));
        seen.add(name.toLowerCase());
      });
      if (headerProblems.length) throw new DataError(headerProblems);
      makeRecord = recordMaker(header);
      return;
    }
    let blank = true;
    for (let c = 0; c < n; c++) {
      const v = cells[c];
      if (v !== '' && v.trim() !== '') {
        blank = false;
        break;
      }
    }
    if (blank) return;
    if (n > headerWidth) {
      for (let c = headerWidth; c < n; c++) {
        if (cells[c].trim() !== '') {
          problem(issue(messages.extraCells(headerWidth, n), { file, row }));
          return;
        }
      }
    }
    records.push(makeRecord!(cells, n));
    rows.push(row);
    if (records.length >= batchSize) flush();
  };
  let quoting: CsvProblem | null = null;
  const chunksRead = eachCsvRow(
    chunksOf(source),
    {
      onWindows1252: () => warnings.push(issue(messages.decodedAsWindows1252(), { file })),
      onDelimiter: (delimiter) => delimiter !== ',' && warnings.push(issue(messages.delimiterDetected(delimiter, false), { file })),
      onProblem: (p) => (quoting = p),
    },
    onRecord,
  );
  for await (const _ of chunksRead) {
    while (ready.length) yield ready.shift()!;
  }
  if (quoting) {
    // reading stopped there: before any header, that is the problem, not an empty file
    if (header === null) throw new DataError(csvProblemIssue(quoting, file, null, 0));
    problem(csvProblemIssue(quoting, file, header, headerRow));
  }
  if (header === null) throw new DataError(issue(messages.emptyFile(file), { file, row: options.headerRow ?? 1 }));
  flush();
  while (ready.length) yield ready.shift()!;
  if (problems.length) {
    if (unlisted) problems.push(issue(messages.moreProblems(unlisted), { file }));
    throw new DataError(problems);
  }
}

/**
 * A function making a row's record, keyed by the header: an object literal
 * written out for the header (V8 then makes every record with one shape, in
 * one step), or a loop when a name could not be a literal's key safely.
 */
function recordMaker(header: string[]): (cells: string[], n: number) => Record<string, string> {
  if (header.length > 200 || header.includes('__proto__')) {
    return (cells, n) => {
      const record: Record<string, string> = {};
      for (let c = 0; c < header.length; c++) record[header[c]] = c < n ? cells[c] : '';
      return record;
    };
  }
  const fields = header.map((name, c) => `${JSON.stringify(name)}: ${c} < n ? cells[${c}] : ''`);
  return new Function('cells', 'n', `return { ${fields.join(', ')} };`) as (cells: string[], n: number) => Record<string, string>;
}

/** A workbook cell as text: dates as ISO `2023-05-31`, whole numbers without `.0`. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * The first sheet of a workbook as batches: the sheet is read whole (a
 * workbook holds at most 1,048,576 rows), then handed out as the CSV
 * batches are, with its Excel row numbers; rows with a problem are listed
 * after the last batch.
 */
async function* workbookBatches(source: StreamSource, batchSize: number, headerRow: number | undefined): AsyncGenerator<RecordBatch, void, undefined> {
  let grid;
  if (typeof source === 'string') grid = await readGrid(source, { format: 'xlsx', headerRow });
  else if (typeof source.data === 'string' || source.data instanceof Uint8Array) grid = await readGrid({ name: source.name, data: source.data }, { format: 'xlsx', headerRow });
  else {
    const parts: Uint8Array[] = [];
    for await (const chunk of source.data) parts.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
    grid = await readGrid({ name: source.name, data: Buffer.concat(parts) }, { format: 'xlsx', headerRow });
  }
  const { header, rows, rowNumbers } = grid;
  let warnings = grid.warnings;
  for (let start = 0; start < rows.length || (start === 0 && warnings.length); start += batchSize) {
    const records: Record<string, string>[] = [];
    const end = Math.min(rows.length, start + batchSize);
    for (let i = start; i < end; i++) {
      const record: Record<string, string> = {};
      for (let c = 0; c < header.length; c++) record[header[c]] = cellText(rows[i][c]);
      records.push(record);
    }
    yield { header, records, rows: rowNumbers.slice(start, end), warnings };
    warnings = [];
  }
  if (grid.problems.length) throw new DataError(grid.problems);
}
