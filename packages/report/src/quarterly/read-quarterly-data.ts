import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import * as aq from 'arquero';
import { DataError, columnLetter, parsePeriod, readTable, type DataIssue, type DataWarning } from '@cjsnsa/core';
import { countExtract, extractSchemaOf, indicatorDefinitions, readCheckedObservations } from '@cjsnsa/framework';
import type { ColumnTable } from 'arquero';
import { messages } from '../messages.js';
import { QUARTERLY_INDICATORS } from './quarterly-indicators.js';

/**
 * A partnership's quarterly data, read and checked by
 * {@link readQuarterlyData}: observations by financial-year quarter, the
 * files read, and every warning.
 *
 * @example
 * ```ts
 * const q: QuarterlyData = await readQuarterlyData('examples/quarterly/quarterly-synthetic.csv');
 * q.quarters.at(-1); // '2023-24 Q4'
 * ```
 */
export interface QuarterlyData {
  /** Observations (core layout), every period a financial-year quarter. */
  observations: ColumnTable;
  /** The quarters the data has, in order. */
  quarters: string[];
  /** The files read, in order. */
  files: string[];
  warnings: DataWarning[];
}

const READABLE = /\.(csv|xlsx)$/i;

async function filesOf(path: string): Promise<string[]> {
  const s = await stat(path).catch(() => null);
  if (!s) throw new Error(messages.dataPathMissing(path));
  if (!s.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => READABLE.test(n) && !n.startsWith('.') && !n.startsWith('~$')).sort();
  return names.map((n) => join(path, n));
}

/** Every period cell of an observation file that is not a financial-year quarter, by row and column. */
async function periodsNotQuarters(file: string): Promise<DataIssue[]> {
  const t = await readTable(file);
  const names = t.columnNames();
  const column = names.find((c) => c.trim().toLowerCase() === 'period');
  if (!column) return []; // the reader names a missing column
  const letter = columnLetter(names.indexOf(column));
  const issues: DataIssue[] = [];
  (t.array(column) as unknown[]).forEach((v, i) => {
    const text = String(v ?? '').trim();
    let kind: string | null = null;
    try {
      kind = parsePeriod(text).kind;
    } catch {
      return; // not a period at all: the reader says so
    }
    if (kind !== 'quarter') issues.push({ file, row: i + 2, column, columnLetter: letter, message: messages.quarterlyNotQuarter(text) });
  });
  return issues;
}

/**
 * Read a partnership's quarterly data: a file, or a folder of CSV and XLSX
 * files (docs/quarterly.md has the layouts). Each file is either
 *
 * - an **observation file** (`indicator, area, period, numerator,
 *   denominator, status, source`) with every period a financial-year
 *   quarter (`2024-25 Q3`), read and checked as `snsa --data` checks
 *   observations (framework `readCheckedObservations`, with quarters read
 *   for financial-year data items), for the data items of
 *   {@link QUARTERLY_INDICATORS}; or
 * - an **individual-level extract** (one row per case, order, referral or
 *   release: framework `extractSchemas`), counted by quarter with framework
 *   `countExtract`.
 *
 * Everything is checked before anything is returned: every problem in
 * every file is listed in one `DataError`, by file, row and column; a
 * period that is a year rather than a quarter is one of them.
 *
 * @param path - a file or a folder
 * @param options - `today` (periods after it are refused; __Default value:__ now)
 * @returns the observations by quarter, the quarters, the files and the warnings
 * @throws core `DataError` listing every problem; Error when `path` names nothing
 * @example
 * ```ts
 * const q = await readQuarterlyData('our-quarterly-data');
 * q.observations.numRows();
 * ```
 */
export async function readQuarterlyData(path: string, options: { today?: Date } = {}): Promise<QuarterlyData> {
  const files = await filesOf(path);
  const definitions = indicatorDefinitions().filter((d) => (QUARTERLY_INDICATORS as readonly string[]).includes(d.id));
  const issues: DataIssue[] = [];
  const warnings: DataWarning[] = [];
  const observationFiles: string[] = [];
  const tables: ColumnTable[] = [];
  for (const file of files) {
    const header = (await readTable(file)).columnNames();
    const schema = extractSchemaOf(header);
    if (schema) {
      try {
        const counts = await countExtract(file, { schema, periodKind: 'quarter', today: options.today });
        warnings.push(...counts.warnings);
        const items = new Set(definitions.flatMap((d) => [d.numerator.item, ...(d.denominator && 'item' in d.denominator ? [d.denominator.item as string] : [])]));
        tables.push(aq.from(counts.observations.filter((o) => items.has(o.indicator))));
      } catch (err) {
        if (!(err instanceof DataError)) throw err;
        issues.push(...err.issues);
      }
    } else {
      issues.push(...(await periodsNotQuarters(file)));
      observationFiles.push(file);
    }
  }
  if (observationFiles.length) {
    try {
      const read = await readCheckedObservations(observationFiles, { definitions, quarters: true, today: options.today });
      tables.push(read.table);
      warnings.push(...read.warnings);
    } catch (err) {
      if (!(err instanceof DataError)) throw err;
      issues.push(...err.issues);
    }
  }
  if (issues.length) throw new DataError(issues);
  const columns = ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source'];
  const observations = tables.length
    ? tables.map((t) => t.select(columns.filter((c) => t.columnNames().includes(c)))).reduce((a, b) => a.concat(b))
    : aq.table(Object.fromEntries(columns.map((c) => [c, []])));
  const quarters = [...new Set(observations.array('period') as string[])].map((p) => parsePeriod(p)).sort((a, b) => a.start.localeCompare(b.start)).map((p) => p.label);
  if (!quarters.length) throw new DataError({ file: basename(path), row: null, column: null, columnLetter: null, message: messages.quarterlyNoData });
  return { observations, quarters, files, warnings };
}
