import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { DataError, readObservations, readTable, type DataIssue } from '@cjsnsa/core';
import { readCheckedObservations } from '@cjsnsa/framework';
import { messages } from '../messages.js';
import { findDatasetsDir } from './find-datasets-dir.js';
import { readServicesRegister, type ServicesRegister } from './services-register.js';

/** One entry of `datasets/catalogue.json`. */
export interface CatalogueEntry {
  path: string;
  title: string;
  kind: 'real' | 'synthetic';
  schema: 'observation' | 'extract' | 'register' | 'lookup';
  source: string;
  licence?: string;
  generator?: string;
  seed?: number;
  columns: string[];
  caveats?: string[];
}

/** Everything an SNSA reads, loaded once and shared by every area and topic. */
export interface SnsaData {
  /** Directory the embedded data came from. */
  datasetsDir: string;
  /** Every observation (data items, all areas, all periods), in the observation schema. */
  observations: ColumnTable;
  /** The catalogue entries read. */
  catalogue: CatalogueEntry[];
  /** Data items supplied by the partnership's own data directory (they replace the embedded ones). */
  ownItems: string[];
  /** Warnings raised while reading, carried into the output. */
  warnings: string[];
  /** Read an individual-level extract by its stem (`diversion`, `cpo`, …), or `null` if there is none. */
  extract(name: string): Promise<{ table: ColumnTable; entry: CatalogueEntry } | null>;
  /**
   * The services register, or `null` if there is none: `register` read and
   * checked once ({@link readServicesRegister}: typed rows and the period of
   * its referrals), `table` its cells as text, as read.
   *
   * @throws DataProblemsError listing every problem of the register by file, row and column
   */
  servicesRegister(): Promise<{ register: ServicesRegister; table: ColumnTable; entry: CatalogueEntry } | null>;
}

/** Thrown when a partnership's own data directory has problems; `issues` lists each by file, row and column. */
export class DataProblemsError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    const lines = issues.map((i) =>
      [i.file, i.row !== null ? `row ${i.row}` : null, i.column !== null ? `column ${i.column}${i.columnLetter ? ` (${i.columnLetter})` : ''}` : null]
        .filter(Boolean)
        .join(', ') + `: ${i.message}`,
    );
    super(`${messages.dataProblems(issues.length)}\n${lines.map((l) => `  - ${l}`).join('\n')}`);
    this.name = 'DataProblemsError';
    this.issues = issues;
  }
}

async function readOwnDir(dir: string): Promise<{ table: ColumnTable | null; warnings: string[] }> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new Error(messages.dataDirMissing(dir));
  const files = (await readdir(dir)).filter((f) => ['.csv', '.xlsx'].includes(extname(f).toLowerCase())).sort();
  const issues: DataIssue[] = [];
  const warnings: string[] = [];
  if (files.length === 0) {
    issues.push({ file: dir, row: null, column: null, columnLetter: null, message: 'No CSV or XLSX files found.' });
  }
  let table: ColumnTable | null = null;
  if (files.length) {
    // core's reading checks plus framework's (areas, totals rows, proportions, repeats across files)
    try {
      const checked = await readCheckedObservations(files.map((f) => join(dir, f)));
      table = checked.table;
      for (const x of checked.warnings) {
        const f = x.file ? basename(x.file) : dir;
        warnings.push(`${f}${x.row ? `, row ${x.row}` : ''}${x.column ? `, column ${x.column}` : ''}: ${x.message}`);
      }
    } catch (err) {
      if (err instanceof DataError) issues.push(...err.issues.map((i) => ({ ...i, file: i.file ?? dir })));
      else issues.push({ file: dir, row: null, column: null, columnLetter: null, message: (err as Error).message });
    }
  }
  if (issues.length) throw new DataProblemsError(issues);
  return { table, warnings };
}

/**
 * Load the data an SNSA needs: every observation file of the embedded
 * datasets (`datasets/catalogue.json`), and, when given, a partnership's own
 * data directory, which is read and checked completely first (framework's
 * `readCheckedObservations`: core's reading checks, plus areas resolved to
 * GSS codes, totals rows left out, proportions and repeats across files):
 * any problem stops the run with every issue listed by file, row and column
 * ({@link DataProblemsError}); warnings are carried into the output. Data
 * items in the partnership's files replace the embedded rows for those
 * items. Extracts and the services register are read on demand (the
 * register checked completely when first asked for: {@link readServicesRegister}).
 *
 * @param options - `datasetsDir` (default: {@link findDatasetsDir}), `ownDataDir`
 * @returns the loaded {@link SnsaData}
 * @throws DataProblemsError listing every problem in the partnership's files
 * @example
 * ```ts
 * const data = await loadSnsaData();
 * data.observations.numRows(); // ~12,000 rows: population, reconviction, justice social work items
 * ```
 */
export async function loadSnsaData(options: { datasetsDir?: string; ownDataDir?: string | null } = {}): Promise<SnsaData> {
  const own = options.ownDataDir ? await readOwnDir(options.ownDataDir) : { table: null, warnings: [] };
  const datasetsDir = options.datasetsDir ?? findDatasetsDir();
  const catalogue = JSON.parse(await readFile(join(datasetsDir, 'catalogue.json'), 'utf8')).files as CatalogueEntry[];
  const observationFiles = catalogue.filter((e) => e.schema === 'observation');
  const tables = await Promise.all(observationFiles.map((e) => readObservations(join(datasetsDir, e.path))));
  const warnings = [...own.warnings];
  let observations = tables.map((t) => t.table).reduce((a, b) => a.concat(b));
  let ownItems: string[] = [];
  if (own.table) {
    ownItems = [...new Set(own.table.array('indicator') as string[])].sort();
    const replaced = new Set(ownItems);
    observations = observations
      .params({ replaced: [...replaced] })
      .filter((d: any, $: any) => !aq.op.includes($.replaced, d.indicator))
      .concat(own.table.select(observations.columnNames().filter((c) => own.table!.columnNames().includes(c))));
  }
  const cache = new Map<string, Promise<ColumnTable>>();
  let registerRead: Promise<ServicesRegister> | null = null;
  const read = (entry: CatalogueEntry) => {
    if (!cache.has(entry.path)) cache.set(entry.path, readTable(join(datasetsDir, entry.path)));
    return cache.get(entry.path)!;
  };
  return {
    datasetsDir,
    observations,
    catalogue,
    ownItems,
    warnings,
    async extract(name: string) {
      const entry = catalogue.find((e) => e.schema === 'extract' && basename(e.path).startsWith(`extract-${name}-`));
      return entry ? { table: await read(entry), entry } : null;
    },
    async servicesRegister() {
      const entry = catalogue.find((e) => e.schema === 'register');
      if (!entry) return null;
      registerRead ??= readServicesRegister(join(datasetsDir, entry.path)).then(
        (register) => {
          for (const w of register.warnings) warnings.push(`${basename(register.file)}: ${w.message}`);
          return register;
        },
        (err: unknown) => {
          throw err instanceof DataError ? new DataProblemsError(err.issues) : err;
        },
      );
      const [register, table] = await Promise.all([registerRead, read(entry)]);
      return { register, table, entry };
    },
  };
}
