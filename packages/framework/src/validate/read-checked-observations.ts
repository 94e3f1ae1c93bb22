import { readFile } from 'node:fs/promises';
import { DataError, readObservations, readSheets, type DataIssue, type ReadObservationsOptions, type ReadObservationsResult, type TableSource } from '@cjsnsa/core';
import { messages } from '../messages.js';
import { readPopulationObservations } from '../import/population-detect.js';
import { readOfficialTables } from '../import/read-official-tables.js';
import { observationChecks, type ObservationChecksOptions } from './observation-checks.js';
import { validateObservations, type ValidatedObservations } from './validate-observations.js';

/**
 * Options of {@link readCheckedObservations}: those of `readObservations`
 * (applied to every file) and of {@link observationChecks}.
 *
 * @example
 * ```ts
 * const options: ReadCheckedObservationsOptions = { source: 'Our case management system' };
 * ```
 */
export type ReadCheckedObservationsOptions = Omit<ReadObservationsOptions, 'check'> & ObservationChecksOptions;

/**
 * Read a partnership's observation files and check them as `snsa --data`
 * does: each file with `readObservations` and {@link observationChecks},
 * then all of them together with {@link validateObservations} (on the
 * rows that read without problems, so that problems of both kinds are
 * found in one pass): unknown data items, areas and periods, impossible
 * counts, proportions and breakdowns, files with no rows. Every
 * problem in every file is listed in one `DataError`, by file, row and
 * column, so a user fixes them all in one pass; nothing is returned then.
 *
 * Official tables as published are recognised and read by their layout:
 * a Justice Social Work workbook (a sheet named like `CPO_23`; see
 * `readJswWorkbook`) and a statistics.gov.scot CSV (a `FeatureCode`,
 * `DateCode`, `Measurement`, `Value` header; see `readStatisticsGovScot`).
 * Their rows then go through the same checks, each problem naming file,
 * sheet, Excel row and column, and each row keeps its `provenance`.
 * A population workbook (NRS mid-year estimates or ONS MYE2; see
 * `readPopulationObservations`) gives the population aged 16–70 of the 32
 * council areas on its base.
 *
 * @param sources - the files (paths or `{ name, data }`).
 * @param options - see {@link ReadCheckedObservationsOptions}.
 * @returns a promise of the observations in one table and every warning.
 * @throws DataError listing every problem in every file.
 * @example
 * ```ts
 * const { table, warnings } = await readCheckedObservations(['own/diversion.csv', 'own/cpo.xlsx']);
 * for (const w of warnings) console.warn(`${w.file}, row ${w.row}: ${w.message}`);
 * ```
 */
export async function readCheckedObservations(sources: readonly TableSource[], options: ReadCheckedObservationsOptions = {}): Promise<ValidatedObservations> {
  const { definitions, proportions, items, population, today, quarters, ...readOptions } = options;
  const checks = { definitions, proportions, items, population, today, quarters };
  const check = observationChecks(checks);
  const issues: DataIssue[] = [];
  const reads: ReadObservationsResult[] = [];
  for (const source of sources) {
    try {
      const populationRead = await readPopulationObservations(source);
      if (populationRead) {
        reads.push(populationRead);
        continue;
      }
      const official = await readOfficialTables(source, { ...readOptions, check });
      if (official) reads.push(...official);
      else reads.push(...(await readObservationSheets(source, { ...readOptions, check, onProblems: 'return' })));
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      issues.push(...e.issues);
    }
  }
  try {
    const result = validateObservations(reads, checks);
    if (!issues.length) return result;
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    issues.push(...e.issues);
  }
  const order = new Map(sources.map((s, i) => [typeof s === 'string' ? s : s.name, i]));
  // an official table's issues name `file, sheet …`: ordered with their file
  const rank = (file: string | null) => order.get(file ?? '') ?? order.get((file ?? '').replace(/, sheet .*$/, '')) ?? 0;
  const seen = new Map<string | null, number>();
  issues.forEach((i, k) => seen.has(i.file) || seen.set(i.file, k));
  issues.sort((a, b) => rank(a.file) - rank(b.file) || seen.get(a.file)! - seen.get(b.file)! || (a.row ?? 0) - (b.row ?? 0));
  throw new DataError(issues);
}

/** The columns a sheet's header must have to be read as an observation table. */
const OBSERVATION_COLUMNS = ['indicator', 'area', 'period', 'numerator'];

/**
 * An observation file read with `readObservations`: a CSV, or every sheet
 * of a workbook whose header is an observation header (a workbook may hold
 * one data item per sheet). A workbook's other sheets (notes, charts) are
 * not read, each with a warning naming it, so no sheet is passed over
 * without a word. A workbook with no such sheet is read as before (its
 * first sheet, whose header problems are then listed).
 */
async function readObservationSheets(source: TableSource, options: ReadObservationsOptions): Promise<ReadObservationsResult[]> {
  const name = typeof source === 'string' ? source : source.name;
  if (!/\.xlsx$/i.test(name) || options.sheet !== undefined) return [await readObservations(source, options)];
  const { sheets } = await readSheets(source);
  if (sheets.length < 2) return [await readObservations(source, options)];
  const isObservationSheet = (rows: unknown[][]) => {
    const header = rows.find((r) => r.some((v) => v !== null && v !== undefined && String(v).trim() !== ''));
    const names = new Set((header ?? []).map((v) => String(v ?? '').trim().toLowerCase()));
    return OBSERVATION_COLUMNS.every((c) => names.has(c));
  };
  const data = sheets.filter((s) => isObservationSheet(s.rows));
  if (!data.length) return [await readObservations(source, options)];
  // each sheet read from the same bytes, named `book.xlsx, sheet CPO` so that every problem says which sheet
  const bytes = typeof source === 'string' ? await readFile(source) : source.data;
  const reads: ReadObservationsResult[] = [];
  for (const sheet of data) reads.push(await readObservations({ name: `${name}, sheet ${sheet.name}`, data: bytes }, { ...options, format: 'xlsx', sheet: sheet.name }));
  const skipped = sheets.filter((s) => !data.includes(s)).map((s) => s.name);
  if (skipped.length) {
    reads[0].warnings.push({ file: name, row: null, column: null, columnLetter: null, message: messages.sheetsNotRead(skipped, OBSERVATION_COLUMNS) });
  }
  return reads;
}
