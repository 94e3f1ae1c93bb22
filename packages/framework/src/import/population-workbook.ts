import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DataError, columnLetter, type DataIssue, type TableSource } from '@cjsnsa/core';
import { POPULATION_ITEM, POPULATION_REBASED_ITEM, populationBaseLabel, type PopulationBase } from '../compute/population-lookup.js';
import { COUNCIL_AREAS } from '../geography/council-areas.js';
import { SCOTLAND } from '../geography/scotland.js';

/**
 * Where one imported population figure was read: the file, the sheet, and
 * the cells summed (e.g. `U12:BY12`, ages 16 to 70 of one row) or read (the
 * "All ages" cell).
 *
 * @example
 * ```ts
 * const p: PopulationProvenance = { file: 'mid-2022.xlsx', sheet: 'Table 1', cells: 'U56:BY56' };
 * ```
 */
export interface PopulationProvenance {
  file: string;
  sheet: string;
  cells: string;
}

/**
 * One observation row read from a population workbook: an observation
 * (`denominator` null, `status` `published`) with its {@link PopulationProvenance}.
 *
 * `indicator` is `population-16-70` (unrebased) or `population-16-70-rebased`
 * (Census-2022-based) for persons aged 16 to 70, and
 * `population-all-ages-unrebased` or `population-all-ages-rebased` for all
 * ages; `area` a GSS code (the 32 council areas and Scotland, `S92000003`);
 * `period` the mid-year (`'2022'`).
 *
 * @example
 * ```ts
 * const row: PopulationObservation = { indicator: 'population-16-70-rebased', area: 'S12000039', period: '2022',
 *   numerator: 61965, denominator: null, status: 'published', source: 'National Records of Scotland, …',
 *   provenance: { file: 'mid-2022.xlsx', sheet: 'Table 1', cells: 'U56:BY56' } };
 * ```
 */
export interface PopulationObservation {
  indicator: string;
  area: string;
  period: string;
  numerator: number;
  denominator: null;
  status: 'published';
  source: string;
  provenance: PopulationProvenance;
}

/**
 * What a population workbook importer returns: the publication, its mid-year
 * and population base, and the observations (Scotland and the 32 council
 * areas; persons aged 16–70 and all ages).
 *
 * @example
 * ```ts
 * const wb: PopulationWorkbook = await readNrsPopulationWorkbook('mid-2022.xlsx');
 * wb.base; // 'census-2022'
 * ```
 */
export interface PopulationWorkbook {
  file: string;
  publisher: 'National Records of Scotland' | 'Office for National Statistics';
  /** The publication's title as the workbook gives it, e.g. `Mid-Year Population Estimates, Scotland, mid-2022 (Revised)`. */
  publication: string;
  year: number;
  base: PopulationBase;
  observations: PopulationObservation[];
}

/** The two data items a workbook of one base gives: aged 16–70 and all ages. */
export function populationItemsOf(base: PopulationBase): { ages16to70: string; allAges: string } {
  return base === 'census-2022'
    ? { ages16to70: POPULATION_REBASED_ITEM, allAges: 'population-all-ages-rebased' }
    : { ages16to70: POPULATION_ITEM, allAges: 'population-all-ages-unrebased' };
}

/**
 * The population base of NRS estimates for a mid-year: Census-2022-based
 * from mid-2022, unrebased before, unless the workbook says it is rebased
 * (NRS's revised back series).
 */
export function populationBaseOf(year: number, text: string): PopulationBase {
  return year >= 2022 || /\brebased\b/i.test(text) ? 'census-2022' : 'unrebased';
}

/** Internal: error messages of the population importers. */
export const populationMessages = {
  noSheet: (wanted: string, sheets: string[]) => `No sheet ${wanted} in the workbook (its sheets: ${sheets.join(', ')}).`,
  noHeader: (sheet: string, wanted: string) => `Sheet "${sheet}": no header row with ${wanted} in the first 30 rows.`,
  missingAgeColumn: (sheet: string, age: string) => `Sheet "${sheet}": no column for age ${age} in the header row.`,
  noYear: (sheet: string) => `Sheet "${sheet}": the mid-year is not stated (no "mid-YYYY" in the title rows).`,
  notCount: (sheet: string, value: unknown) => `Sheet "${sheet}": ${JSON.stringify(value)} is not a population count (a whole number of 0 or more).`,
  allAgesDiffers: (sheet: string, allAges: number, sum: number) =>
    `Sheet "${sheet}": "All ages" is ${allAges}, but the single years of age add up to ${sum}.`,
  missingAreas: (sheet: string, missing: string[]) =>
    `Sheet "${sheet}": no persons row for ${missing.length} of the 32 council areas or Scotland (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}).`,
  repeatedArea: (sheet: string, code: string) => `Sheet "${sheet}": a second persons row for ${code}.`,
  scotlandDiffers: (sheet: string, what: string, scotland: number, sum: number) =>
    `Sheet "${sheet}": Scotland's ${what} is ${scotland}, but the 32 council areas add up to ${sum}.`,
  notPopulationWorkbook: (name: string) =>
    `${name} is not a population workbook cjsnsa can read (an NRS mid-year estimates workbook with Table 1 by single year of age, or an ONS MYE2 workbook).`,
  oldFormatUnreadable: (name: string) => `${name} is an old Excel 97-2003 (.xls) workbook that could not be read: open it in Excel or LibreOffice and save it as .xlsx.`,
} as const;

/** Internal: a workbook's sheets as rows of cells, read on demand. */
export interface WorkbookGrid {
  file: string;
  sheetNames: string[];
  rows(sheet: string): Promise<unknown[][]>;
}

/** Internal: the bytes and display name of a source. */
export async function sourceBytes(source: TableSource): Promise<{ name: string; data: Uint8Array }> {
  if (typeof source === 'string') return { name: basename(source), data: new Uint8Array(await readFile(source)) };
  const data = typeof source.data === 'string' ? new TextEncoder().encode(source.data) : source.data;
  return { name: basename(source.name), data };
}

/** Internal: an OLE2 compound file (Excel 97-2003 .xls). */
export const isCompoundFile = (d: Uint8Array) => d.length > 8 && d[0] === 0xd0 && d[1] === 0xcf && d[2] === 0x11 && d[3] === 0xe0;
/** Internal: a zip (Office Open XML .xlsx). */
export const isZip = (d: Uint8Array) => d.length > 4 && d[0] === 0x50 && d[1] === 0x4b;

/**
 * Internal: open a workbook. `.xlsx` is read with `read-excel-file` (as every
 * other workbook in cjsnsa); a legacy `.xls` (BIFF8, e.g. ONS MYE2 up to
 * mid-2021) with SheetJS Community Edition (`@e965/xlsx`), used for that
 * alone.
 */
export async function openWorkbook(source: TableSource): Promise<WorkbookGrid> {
  const { name, data } = await sourceBytes(source);
  if (isCompoundFile(data)) {
    let XLSX: typeof import('@e965/xlsx');
    let wb: import('@e965/xlsx').WorkBook;
    try {
      XLSX = await import('@e965/xlsx');
      wb = XLSX.read(data, { type: 'array', cellFormula: false, cellHTML: false, cellStyles: false });
    } catch {
      throw new DataError(issueAt(name, null, null, populationMessages.oldFormatUnreadable(name)));
    }
    return {
      file: name,
      sheetNames: wb.SheetNames.map((s) => s.trim()),
      async rows(sheet) {
        const actual = wb.SheetNames.find((s) => s.trim() === sheet)!;
        const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[actual]!, { header: 1, raw: true, defval: null, blankrows: true });
        return rows.map(trimRow);
      },
    };
  }
  if (!isZip(data)) throw new DataError(issueAt(name, null, null, populationMessages.notPopulationWorkbook(name)));
  const { default: readXlsxFile } = await import('read-excel-file/node');
  const sheets = await readXlsxFile(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  return {
    file: name,
    sheetNames: sheets.map((s) => s.sheet.trim()),
    async rows(sheet) {
      const hit = sheets.find((s) => s.sheet.trim() === sheet)!;
      return (hit.data as unknown[][]).map(trimRow);
    },
  };
}

function trimRow(r: unknown[]): unknown[] {
  let n = r.length;
  while (n > 0 && (r[n - 1] === null || r[n - 1] === undefined || r[n - 1] === '')) n--;
  return r.slice(0, n);
}


/** Internal: a located issue. */
export function issueAt(file: string, row: number | null, col: number | null, message: string, column: string | null = null): DataIssue {
  return { file, row, column: col === null ? null : column ?? columnLetter(col), columnLetter: col === null ? null : columnLetter(col), message };
}

export const cellText = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** Internal: the layout of a single-year-of-age table, found from its header row. */
export interface AgeTableLayout {
  sheet: string;
  /** 0-based index of the header row in the sheet's rows (Excel row = index + 1). */
  headerIndex: number;
  code: number;
  sex: number | null;
  allAges: number;
  /** column of each age 0..90 (90 = "90 and over" / "90+"). */
  ages: number[];
}

/** Internal: find the age columns 0..89 and 90+ in a header row; `null` when one is missing. */
export function ageColumns(header: unknown[]): { ages: number[]; missing: string | null } {
  const names = header.map(cellText).map((s) => s.toLowerCase());
  const ages: number[] = [];
  for (let a = 0; a <= 90; a++) {
    const i = a < 90 ? names.findIndex((n) => n === String(a)) : names.findIndex((n) => n === '90+' || n === '90 and over' || n === '90 plus');
    if (i < 0) return { ages, missing: a < 90 ? String(a) : '90 and over' };
    ages.push(i);
  }
  return { ages, missing: null };
}

/**
 * Internal: the persons rows of Scotland and the 32 council areas in an age
 * table, as observations (aged 16–70: ages 16..70 summed; all ages: the
 * "All ages" cell, checked against the single years), with every problem
 * named by file, sheet, row and column. Scotland's figures are checked
 * against the sum of the 32 areas.
 */
export function ageTableObservations(
  file: string,
  rows: unknown[][],
  layout: AgeTableLayout,
  isPersons: (row: unknown[]) => boolean,
  year: number,
  base: PopulationBase,
  source: string,
): PopulationObservation[] {
  const wanted = new Set<string>([SCOTLAND.code, ...COUNCIL_AREAS.map((a) => a.code)]);
  const items = populationItemsOf(base);
  const issues: DataIssue[] = [];
  const out: PopulationObservation[] = [];
  const seen = new Map<string, { ages16to70: number; all: number }>();
  const sheet = layout.sheet;
  const first16 = layout.ages[16]!;
  const last70 = layout.ages[70]!;
  const contiguous = layout.ages.every((c, i) => i === 0 || c === layout.ages[i - 1]! + 1);
  for (let i = layout.headerIndex + 1; i < rows.length; i++) {
    const row = rows[i]!;
    const code = cellText(row[layout.code]);
    if (!wanted.has(code) || !isPersons(row)) continue;
    const excelRow = i + 1;
    if (seen.has(code)) {
      issues.push(issueAt(file, excelRow, layout.code, populationMessages.repeatedArea(sheet, code)));
      continue;
    }
    const count = (col: number): number | null => {
      const v = row[col];
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d[\d,]*\s*$/.test(v) ? Number(v.replace(/[,\s]/g, '')) : NaN;
      if (!Number.isInteger(n) || n < 0) {
        issues.push(issueAt(file, excelRow, col, populationMessages.notCount(sheet, v)));
        return null;
      }
      return n;
    };
    const singles = layout.ages.map(count);
    const all = count(layout.allAges);
    if (all === null || singles.some((s) => s === null)) continue;
    const sum = (singles as number[]).reduce((s, v) => s + v, 0);
    if (sum !== all) {
      issues.push(issueAt(file, excelRow, layout.allAges, populationMessages.allAgesDiffers(sheet, all, sum)));
      continue;
    }
    const ages16to70 = (singles as number[]).slice(16, 71).reduce((s, v) => s + v, 0);
    seen.set(code, { ages16to70, all });
    const range = contiguous ? `${columnLetter(first16)}${excelRow}:${columnLetter(last70)}${excelRow}` : layout.ages.slice(16, 71).map((c) => `${columnLetter(c)}${excelRow}`).join(',');
    const common = { area: code, period: String(year), denominator: null, status: 'published' as const, source };
    out.push({ indicator: items.ages16to70, ...common, numerator: ages16to70, provenance: { file, sheet, cells: range } });
    out.push({ indicator: items.allAges, ...common, numerator: all, provenance: { file, sheet, cells: `${columnLetter(layout.allAges)}${excelRow}` } });
  }
  const missing = [...wanted].filter((c) => !seen.has(c));
  if (missing.length && !issues.length) issues.push(issueAt(file, null, null, populationMessages.missingAreas(sheet, missing)));
  if (!issues.length) {
    const scot = seen.get(SCOTLAND.code)!;
    const councils = [...seen].filter(([c]) => c !== SCOTLAND.code).map(([, v]) => v);
    const sum16 = councils.reduce((s, v) => s + v.ages16to70, 0);
    const sumAll = councils.reduce((s, v) => s + v.all, 0);
    const scotRow = rows.findIndex((r, i) => i > layout.headerIndex && cellText(r[layout.code]) === SCOTLAND.code && isPersons(r)) + 1;
    if (sum16 !== scot.ages16to70) issues.push(issueAt(file, scotRow, null, populationMessages.scotlandDiffers(sheet, 'population aged 16-70', scot.ages16to70, sum16)));
    if (sumAll !== scot.all) issues.push(issueAt(file, scotRow, layout.allAges, populationMessages.scotlandDiffers(sheet, '"All ages"', scot.all, sumAll)));
  }
  if (issues.length) throw new DataError(issues);
  return out.sort((a, b) => (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : a.area < b.area ? -1 : a.area > b.area ? 1 : 0));
}

/** Internal: the source text of imported rows, naming publication and base. */
export function populationSource(publisher: string, publication: string, where: string, base: PopulationBase): string {
  return `${publisher}, ${publication}, ${where}; ${populationBaseLabel(base)} estimates; Crown copyright, OGL v3`;
}
