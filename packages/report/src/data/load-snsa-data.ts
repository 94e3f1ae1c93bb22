import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { DataError, readObservations, readTable, streamRecords, type DataIssue, type TableSource } from '@cjsnsa/core';
import { COUNCIL_AREAS, countExtract, coverageGaps, dataItems, detectPopulationWorkbook, extractSchemaOf, extractSchemas, readCheckedObservations, type ExtractCounts } from '@cjsnsa/framework';
import { messages } from '../messages.js';
import { findDatasetsDir } from './find-datasets-dir.js';
import { readServicesRegister, type ServicesRegister } from './services-register.js';
import { isEvidenceWorkbook } from '../evidence/read-evidence-workbook.js';

/**
 * One entry of `datasets/catalogue.json`.
 *
 * @example
 * ```ts
 * const data = await loadSnsaData();
 * const entry: CatalogueEntry | undefined = data.catalogue.find((e) => e.path === 'real/council-areas.csv');
 * entry?.kind; // 'real'
 * ```
 */
export interface CatalogueEntry {
  path: string;
  title: string;
  kind: 'real' | 'synthetic';
  schema: 'observation' | 'extract' | 'register' | 'lookup' | 'survey';
  source: string;
  licence?: string;
  generator?: string;
  seed?: number;
  columns: string[];
  caveats?: string[];
}

/**
 * Everything an SNSA reads, loaded once and shared by every area and topic.
 *
 * @example
 * ```ts
 * const data: SnsaData = await loadSnsaData({ datasetsDir: '/path/to/cjsnsa/datasets' });
 * data.observations.numRows(); // every observation of the catalogue's observation files
 * ```
 */
export interface SnsaData {
  /** Directory the embedded data came from. */
  datasetsDir: string;
  /** Every observation (data items, all areas, all periods), in the observation schema. */
  observations: ColumnTable;
  /** The catalogue entries read. */
  catalogue: CatalogueEntry[];
  /** Data items supplied by the partnership's own data directory (they replace the embedded ones). */
  ownItems: string[];
  /**
   * The partnership's own individual-level extracts, counted by the
   * framework's `countExtract` (their counts are in `observations`, and
   * their breakdowns feed the who section in place of the embedded
   * synthetic extract).
   */
  ownExtracts: ExtractCounts[];
  /** A local evidence workbook found among the partnership's data (`--data`), read apart from the observations; `null` when there is none. */
  evidenceWorkbook?: string | null;
  /** Warnings raised while reading, one line each (`file, row 3, column area: message`), carried into the output. */
  warnings: string[];
  /**
   * The same warnings as structured issues (file, row, column, message), in
   * the same order, for grouping by kind ({@link SnsaData.warnings} holds
   * them as lines). Notes about files not read have no row or column.
   */
  warningIssues: DataIssue[];
  /** Read an embedded individual-level extract by its stem (`diversion`, `cpo`, …), or `null` if there is none. */
  extract(name: string): Promise<{ table: ColumnTable; entry: CatalogueEntry } | null>;
  /**
   * Where the who section's breakdowns of an extract (`diversion`, `cpo`,
   * …) come from: the partnership's own extract, the embedded one, or
   * `null` when there is none to use. The embedded (synthetic) extract is
   * not used for items the partnership gives its own totals for: its
   * breakdowns would describe other numbers.
   */
  extractSource(name: string): { title: string; synthetic: boolean; own: boolean; entry: CatalogueEntry | null; counts: ExtractCounts | null } | null;
  /**
   * The services register, or `null` if there is none: `register` read and
   * checked once ({@link readServicesRegister}: typed rows and the period of
   * its referrals), `table` its cells as text, as read.
   *
   * @throws DataProblemsError listing every problem of the register by file, row and column
   */
  servicesRegister(): Promise<{ register: ServicesRegister; table: ColumnTable; entry: CatalogueEntry } | null>;
}

/**
 * Progress while a partnership's individual-level extract is read: `rows`
 * read so far from `file`; `counted` is null until the file is done, then
 * the number of records counted.
 *
 * @example
 * ```ts
 * const data = await loadSnsaData({ ownDataDir: 'our-data', onProgress: (p) => console.error(p.file, p.rows) });
 * ```
 */
export interface ReadingProgress {
  file: string;
  rows: number;
  counted: number | null;
}

/**
 * Thrown when a partnership's own data directory has problems; `issues` lists each by file, row and column.
 *
 * @example
 * ```ts
 * try {
 *   await loadSnsaData({ ownDataDir: 'my-extracts' });
 * } catch (err) {
 *   if (err instanceof DataProblemsError) for (const issue of err.issues) console.log(issue.file, issue.row, issue.column, issue.message);
 * }
 * ```
 */
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

const DATA_FILE = new Set(['.csv', '.xlsx']);
/**
 * The largest file read whole as a table of counts (observations, a
 * published table): 100 MB is some million rows, far more than any table of
 * counts by area and year. A bigger file must be an individual-level
 * extract, which is streamed.
 */
const MAX_TABLE_BYTES = 100 * 1024 * 1024;
const OLD_WORKBOOK = new Set(['.xls', '.ods']);
const noLocation = { row: null, column: null, columnLetter: null };

/** A warning as one line: `file, row 3, column area: message`. */
function warningLine(w: DataIssue, fallback: string | null): string {
  const file = w.file ? basename(w.file) : fallback;
  const where = [file, w.row ? `row ${w.row}` : null, w.column ? `column ${w.column}` : null].filter(Boolean).join(', ');
  return where ? `${where}: ${w.message}` : w.message;
}

/** The largest XLSX looked into for a local evidence workbook (a filled-in one is some tens of KB). */
const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

/** Whether a data file is a local evidence workbook (snsa evidence-template), read apart from the observations. */
async function isEvidenceFile(file: string): Promise<boolean> {
  if (extname(file).toLowerCase() !== '.xlsx') return false;
  const size = (await stat(file).catch(() => null))?.size ?? Infinity;
  return size <= MAX_EVIDENCE_BYTES && (await isEvidenceWorkbook(file));
}

/** Whether an old-format workbook is a published population workbook (ONS MYE2 is published as .xls). */
async function isPopulationWorkbook(file: string): Promise<boolean> {
  return (await detectPopulationWorkbook(file).catch(() => null)) !== null;
}

/**
 * The files to read from `--data` (a file, or a folder's CSV and XLSX
 * files), with a note for each thing in the folder that is not read and a
 * problem for workbooks in formats that cannot be read.
 */
async function ownDataFiles(path: string): Promise<{ files: string[]; evidence: string[]; notes: string[]; issues: DataIssue[] }> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new Error(messages.dataPathMissing(path));
  const issues: DataIssue[] = [];
  const ext = (name: string) => extname(name).toLowerCase();
  if (!info.isDirectory()) {
    if (await isEvidenceFile(path)) return { files: [], evidence: [path], notes: [], issues };
    if (DATA_FILE.has(ext(path)) || (OLD_WORKBOOK.has(ext(path)) && (await isPopulationWorkbook(path)))) return { files: [path], evidence: [], notes: [], issues };
    const message = OLD_WORKBOOK.has(ext(path)) ? messages.oldWorkbookFormat(basename(path)) : messages.notADataFile(basename(path));
    return { files: [], evidence: [], notes: [], issues: [{ file: path, ...noLocation, message }] };
  }
  const notes: string[] = [];
  const files: string[] = [];
  const evidence: string[] = [];
  const folders: string[] = [];
  const others: string[] = [];
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('~$')) notes.push(messages.skippedLockFile(e.name));
    else if (e.name.startsWith('.')) notes.push(messages.skippedHiddenFile(e.name));
    else if (e.isDirectory()) folders.push(e.name);
    else if (DATA_FILE.has(ext(e.name))) (await isEvidenceFile(join(path, e.name)) ? evidence : files).push(join(path, e.name));
    else if (OLD_WORKBOOK.has(ext(e.name))) {
      // an ONS population workbook is published as .xls: read as it is; any other old workbook is refused
      if (await isPopulationWorkbook(join(path, e.name))) files.push(join(path, e.name));
      else issues.push({ file: join(path, e.name), ...noLocation, message: messages.oldWorkbookFormat(e.name) });
    }
    else others.push(e.name);
  }
  if (folders.length) notes.push(messages.skippedFolders(folders));
  if (others.length) notes.push(messages.skippedOtherFiles(others));
  if (!files.length && !evidence.length && !issues.length) issues.push({ file: path, ...noLocation, message: messages.noDataFiles(path) });
  if (evidence.length > 1) issues.push({ file: path, ...noLocation, message: messages.evidenceTwoWorkbooks(basename(evidence[0]!), basename(evidence[1]!)) });
  return { files, evidence, notes, issues };
}

/**
 * Read and check a partnership's own data (`--data`: a file, or a folder of
 * CSV and XLSX files) with framework's `readCheckedObservations`, counts
 * checked against the embedded population aged 16–70; add a warning for
 * each thing in the folder not read and for totals the data cannot form
 * (framework's `coverageGaps`).
 */
async function readOwnData(
  path: string,
  population: ColumnTable,
  onProgress: ((progress: ReadingProgress) => void) | undefined,
): Promise<{ table: ColumnTable | null; warnings: DataIssue[]; extracts: ExtractCounts[]; evidence: string[] }> {
  const { files, evidence, notes, issues } = await ownDataFiles(path);
  const warnings: DataIssue[] = notes.map((message) => ({ file: null, ...noLocation, message }));
  const sources: TableSource[] = [];
  const extracts: ExtractCounts[] = [];
  const counted = new Map<string, { file: string; labels: string[] }>();
  for (const file of files) {
    const header = await headerOf(file);
    if (!extractSchemaOf(header ?? [])) {
      // a table of counts is small; a file this big that is not an extract would be read whole for nothing
      const size = (await stat(file)).size;
      if (size > MAX_TABLE_BYTES) issues.push({ file, row: 1, column: null, columnLetter: null, message: messages.bigFileNotExtract(basename(file), size, header ?? []) });
      else sources.push(file);
      continue;
    }
    try {
      const counts = await countExtract(file, { onProgress: onProgress && ((rows) => onProgress({ file, rows, counted: null })) });
      extracts.push(counts);
      warnings.push(...counts.warnings);
      onProgress?.({ file, rows: counts.read, counted: counts.counted });
      const { text, labels } = observationsCsv(counts);
      const name = messages.countedExtractName(basename(file));
      counted.set(name, { file, labels });
      sources.push({ name, data: text });
    } catch (err) {
      if (err instanceof DataError) issues.push(...err.issues.map((i) => ({ ...i, file: i.file ?? file })));
      else throw err;
    }
  }
  let table: ColumnTable | null = null;
  if (sources.length && !issues.length) {
    try {
      const checked = await readCheckedObservations(sources, { population });
      table = checked.table;
      warnings.push(...checked.warnings.map((w) => placeInExtract(w, counted)), ...coverageGaps(table));
      if (table.numRows() === 0) issues.push({ file: path, ...noLocation, message: messages.noUsableRows }, ...checked.warnings);
    } catch (err) {
      if (err instanceof DataError) issues.push(...err.issues.map((i) => placeInExtract({ ...i, file: i.file ?? path }, counted)));
      else issues.push({ file: path, ...noLocation, message: (err as Error).message });
    }
  }
  if (issues.length) throw new DataProblemsError(issues);
  const seen = new Set<string>();
  return { table, evidence, warnings: warnings.filter((w) => !seen.has(warningLine(w, null)) && !!seen.add(warningLine(w, null))), extracts };
}

/** The column names of a data file (its first sheet), or null if it cannot be read (its reading then says why). */
async function headerOf(file: string): Promise<string[] | null> {
  const batches = streamRecords(file, { batchSize: 1 });
  try {
    const first = await batches.next();
    return first.done ? null : first.value.header;
  } catch {
    return null;
  } finally {
    await batches.return(undefined);
  }
}

/**
 * An extract's counts as an observation CSV, checked with the partnership's
 * other data: the data items an indicator uses (an extract also counts
 * items no indicator uses yet, such as diversion referrals).
 */
function observationsCsv(counts: ExtractCounts): { text: string; labels: string[] } {
  const used = new Set(dataItems().map((d) => d.id));
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = ['indicator,area,period,numerator,denominator,status,source'];
  const labels = ['', ''];
  for (const o of counts.observations) {
    if (!used.has(o.indicator)) continue;
    lines.push(`${o.indicator},${o.area},${o.period},${o.numerator},,${o.status},${quote(o.source)}`);
    labels.push(`${o.indicator} in ${areaName(o.area)}, ${o.period}`);
  }
  return { text: `${lines.join('\n')}\n`, labels };
}

/**
 * A problem found in an extract's counts, placed in the extract: its rows
 * are counts the user never wrote, so the count is named (item, area,
 * year) in place of a row number.
 */
function placeInExtract(issue: DataIssue, counted: Map<string, { file: string; labels: string[] }>): DataIssue {
  const hit = issue.file ? counted.get(issue.file) : undefined;
  if (!hit) return issue;
  const label = (row: number) => hit.labels[row] ?? `row ${row}`;
  const message = issue.message.replace(/\brow (\d+)\b/g, (_, n: string) => `the count of ${label(Number(n))}`);
  return { file: hit.file, row: null, column: null, columnLetter: null, message: issue.row ? `${messages.countedFrom(label(issue.row))} ${message}` : message };
}

/** The population items (population aged 16–70 and all ages, on either base): given a year at a time. */
const isPopulationItem = (item: string) => item.startsWith('population-');

const areaName = (code: string) => COUNCIL_AREAS.find((a) => a.code === code)?.name ?? code;

/** Tables one after the other, with every column of any of them (blank where a table lacks it). */
function concatTables(tables: readonly ColumnTable[]): ColumnTable {
  const columns = [...new Set(tables.flatMap((t) => t.columnNames()))];
  const data: Record<string, unknown[]> = Object.fromEntries(columns.map((c) => [c, []]));
  for (const t of tables) {
    const n = t.numRows();
    for (const c of columns) {
      const values = t.columnNames().includes(c) ? (t.array(c) as ArrayLike<unknown>) : null;
      const out = data[c];
      for (let i = 0; i < n; i++) out.push(values ? values[i] : null);
    }
  }
  return aq.table(data);
}

/**
 * Load the data an SNSA needs: every observation file of the embedded
 * datasets (`datasets/catalogue.json`), and, when given, a partnership's own
 * data (a file, or a folder of CSV and XLSX files), which is read and
 * checked completely first (framework's `readCheckedObservations`: core's
 * reading checks, plus data items, areas and periods checked and named
 * with the nearest valid ones, counts checked against the population aged
 * 16–70, totals rows left out, proportions, breakdowns and repeats across
 * files; docs/snsa.md, "Your own data"): any problem stops the run with
 * every issue listed by file, row and column ({@link DataProblemsError}).
 * Warnings, and a note for each file in the folder not read (Excel lock
 * files `~$…`, hidden files, other kinds), are carried into the output, and
 * so is a warning naming the totals (Scotland, family groups) that data
 * for some council areas only cannot form. Data items in the partnership's
 * files replace the embedded rows for those items, with every column they
 * have (`breakdown` and `group` too). Extracts and the services register
 * are read on demand (the register checked completely when first asked
 * for: {@link readServicesRegister}).
 *
 * @param options - `datasetsDir` (default: {@link findDatasetsDir}), `ownDataDir` (a file or a folder),
 *   `onProgress` (called while an individual-level extract is read: {@link ReadingProgress})
 * @returns the loaded {@link SnsaData}
 * @throws DataProblemsError listing every problem in the partnership's files
 * @throws Error when `ownDataDir` names nothing
 * @example
 * ```ts
 * const data = await loadSnsaData();
 * data.observations.numRows(); // ~12,000 rows: population, reconviction, justice social work items
 * ```
 */
export async function loadSnsaData(
  options: { datasetsDir?: string; ownDataDir?: string | null; onProgress?: (progress: ReadingProgress) => void } = {},
): Promise<SnsaData> {
  const datasetsDir = options.datasetsDir ?? findDatasetsDir();
  const catalogue = JSON.parse(await readFile(join(datasetsDir, 'catalogue.json'), 'utf8')).files as CatalogueEntry[];
  const observationFiles = catalogue.filter((e) => e.schema === 'observation');
  const tables = await Promise.all(observationFiles.map((e) => readObservations(join(datasetsDir, e.path))));
  let observations = concatTables(tables.map((t) => t.table));
  const own = options.ownDataDir ? await readOwnData(options.ownDataDir, observations, options.onProgress) : null;
  const ownExtracts = own?.extracts ?? [];
  const warningIssues: DataIssue[] = [...(own?.warnings ?? [])];
  const warnings = warningIssues.map((w) => warningLine(w, null));
  let ownItems: string[] = [];
  if (own?.table) {
    ownItems = [...new Set(own.table.array('indicator') as string[])].sort();
    // a data item given replaces the embedded one whole (so no series mixes own and synthetic years);
    // a population workbook gives one mid-year, which replaces that year only
    const ownIndicators = own.table.array('indicator') as string[];
    const ownPeriods = own.table.array('period') as string[];
    const replacedYears = [...new Set(ownIndicators.map((item, i) => (isPopulationItem(item) ? `${item} ${ownPeriods[i]}` : null)).filter((k) => k !== null))];
    const replacedItems = ownItems.filter((item) => !isPopulationItem(item));
    observations = concatTables([
      observations
        .params({ replacedItems, replacedYears })
        .filter((d: any, $: any) => !aq.op.includes($.replacedItems, d.indicator) && !aq.op.includes($.replacedYears, d.indicator + ' ' + d.period)),
      own.table,
    ]);
  }
  const embeddedExtract = (name: string) => catalogue.find((e) => e.schema === 'extract' && basename(e.path).startsWith(`extract-${name}-`)) ?? null;
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
    ownExtracts,
    evidenceWorkbook: own?.evidence[0] ?? null,
    warnings,
    warningIssues,
    async extract(name: string) {
      const entry = embeddedExtract(name);
      return entry ? { table: await read(entry), entry } : null;
    },
    extractSource(name: string) {
      const counts = ownExtracts.find((e) => e.schema.kind === name);
      if (counts) return { title: counts.source, synthetic: false, own: true, entry: null, counts };
      const entry = embeddedExtract(name);
      const items = extractSchemas().find((s) => s.kind === name)?.rules.map((r) => r.item) ?? [];
      if (!entry || items.some((i) => ownItems.includes(i))) return null;
      return { title: entry.title, synthetic: entry.kind === 'synthetic', own: false, entry, counts: null };
    },
    async servicesRegister() {
      const entry = catalogue.find((e) => e.schema === 'register');
      if (!entry) return null;
      registerRead ??= readServicesRegister(join(datasetsDir, entry.path)).then(
        (register) => {
          for (const w of register.warnings) {
            warnings.push(`${basename(register.file)}: ${w.message}`);
            warningIssues.push({ ...w, file: register.file });
          }
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
