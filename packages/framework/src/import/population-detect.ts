import { DataError, type TableSource } from '@cjsnsa/core';
import { nrsAgeSheet, nrsFromGrid } from './population-nrs.js';
import { MYE2_PERSONS_SHEET, mye2FromGrid, mye2HeaderIndex } from './population-ons-mye2.js';
import { isCompoundFile, isZip, issueAt, openWorkbook, populationMessages, sourceBytes, type PopulationWorkbook, type WorkbookGrid } from './population-workbook.js';

async function detect(source: TableSource): Promise<{ kind: 'nrs' | 'ons-mye2'; grid: WorkbookGrid } | null> {
  const name = typeof source === 'string' ? source : source.name;
  if (/\.(csv|txt)$/i.test(name)) return null;
  const { data } = await sourceBytes(source);
  if (!isZip(data) && !isCompoundFile(data)) return null;
  let grid: WorkbookGrid;
  try {
    grid = await openWorkbook({ name, data });
  } catch {
    return null;
  }
  if (grid.sheetNames.includes(MYE2_PERSONS_SHEET) && mye2HeaderIndex(await grid.rows(MYE2_PERSONS_SHEET)) >= 0) return { kind: 'ons-mye2', grid };
  if (await nrsAgeSheet(grid)) return { kind: 'nrs', grid };
  return null;
}

/**
 * Which population workbook a file is, by its sheets and header rows: an
 * NRS mid-year estimates workbook (`'nrs'`: a `Table …` sheet with
 * `Area code`, `Sex`, `All ages` and every age 0 to 89 and 90 and over), an
 * ONS MYE2 workbook (`'ons-mye2'`: a `MYE2 - Persons` sheet with its
 * `Code, Name, Geography…, All ages` header), or `null` (any other file,
 * e.g. an observation CSV or workbook, which other readers take). CSV and
 * text files are `null` without being opened as workbooks.
 *
 * @param source - a path, or `{ name, data }` with the file's bytes.
 * @returns the kind, or `null`.
 * @example
 * ```ts
 * await detectPopulationWorkbook('nrs-mid-year-population-estimates-mid-2022.xlsx'); // 'nrs'
 * await detectPopulationWorkbook('cpo.csv'); // null
 * ```
 */
export async function detectPopulationWorkbook(source: TableSource): Promise<'nrs' | 'ons-mye2' | null> {
  return (await detect(source))?.kind ?? null;
}

/**
 * Read a population workbook of either kind {@link detectPopulationWorkbook}
 * recognises, as `readNrsPopulationWorkbook` or `readOnsMye2Workbook` does
 * (the file is opened once).
 *
 * @param source - a path, or `{ name, data }`.
 * @returns the publication, mid-year, base and observations.
 * @throws DataError when the file is neither kind, or as the readers do.
 * @example
 * ```ts
 * const wb = await readPopulationWorkbook('ons-mid-year-population-estimates-uk-mid-2021.xls');
 * wb.year; // 2021
 * ```
 */
export async function readPopulationWorkbook(source: TableSource): Promise<PopulationWorkbook> {
  const found = await detect(source);
  if (found?.kind === 'nrs') return nrsFromGrid(found.grid);
  if (found?.kind === 'ons-mye2') return mye2FromGrid(found.grid);
  const name = typeof source === 'string' ? source : source.name;
  throw new DataError(issueAt(name, null, null, populationMessages.notPopulationWorkbook(name)));
}
