import * as aq from 'arquero';
import { DataError, type ReadObservationsResult, type TableSource } from '@cjsnsa/core';
import { POPULATION_ITEMS } from '../compute/population-lookup.js';
import { SCOTLAND } from '../geography/scotland.js';
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

/**
 * A population workbook read as `readObservations` reads an observation
 * file, for `readCheckedObservations` and `snsa --data`: `null` when the
 * source is not a population workbook ({@link detectPopulationWorkbook}),
 * else the rows of the population aged 16–70 (`population-16-70` or
 * `population-16-70-rebased`, by the workbook's base) for the 32 council
 * areas. Scotland's row (already checked to equal the sum of the areas)
 * and all-ages rows are left out, as the rates use neither. `origin` names
 * the workbook and the Excel row of each figure; `numerator` the first
 * column summed (the cells are in each row's `provenance`).
 *
 * @param source - a path, or `{ name, data }`.
 * @returns the read, or `null` for any other file.
 * @throws DataError as the importers do, for a population workbook with problems.
 * @example
 * ```ts
 * const read = await readPopulationObservations('nrs-mid-year-population-estimates-mid-2023.xlsx');
 * read?.table.numRows(); // 32
 * ```
 */
export async function readPopulationObservations(source: TableSource): Promise<ReadObservationsResult | null> {
  const found = await detect(source);
  if (!found) return null;
  const wb = found.kind === 'nrs' ? await nrsFromGrid(found.grid) : await mye2FromGrid(found.grid);
  const rows = wb.observations.filter((o) => POPULATION_ITEMS[o.indicator] && o.area !== SCOTLAND.code);
  const cell = (o: (typeof rows)[number]) => /^([A-Z]+)(\d+)/.exec(o.provenance.cells)!;
  const first = rows.length ? cell(rows[0]!)[1]! : null;
  const located = (column: string, columnLetter: string | null) => ({ column: `${rows[0]?.provenance.sheet ?? ''}: ${column}`, columnLetter });
  return {
    table: aq.table({
      indicator: rows.map((o) => o.indicator),
      area: rows.map((o) => o.area),
      period: rows.map((o) => o.period),
      numerator: rows.map((o) => o.numerator),
      denominator: rows.map(() => null),
      status: rows.map((o) => o.status),
      source: rows.map((o) => o.source),
    }),
    warnings: [],
    problems: [],
    origin: {
      file: wb.file,
      rows: rows.map((o) => Number(cell(o)[2])),
      columns: {
        indicator: located('ages 16-70', first),
        area: located(found.kind === 'nrs' ? 'Area code' : 'Code', found.kind === 'nrs' ? 'B' : 'A'),
        period: located(`mid-${wb.year}`, null),
        numerator: located('ages 16-70 (summed)', first),
        denominator: located('denominator', null),
        status: located('status', null),
        source: located('source', null),
        breakdown: located('breakdown', null),
        group: located('group', null),
      },
    },
  };
}
