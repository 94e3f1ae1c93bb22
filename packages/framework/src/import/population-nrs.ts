import { DataError, type TableSource } from '@cjsnsa/core';
import {
  ageColumns,
  ageTableObservations,
  cellText,
  issueAt,
  openWorkbook,
  populationBaseOf,
  populationMessages,
  populationSource,
  type PopulationWorkbook,
  type WorkbookGrid,
} from './population-workbook.js';

const HEADER_SEARCH = 30;

/** Internal: the row index of an NRS Table 1 header (`Area name, Area code, Area type, Sex, All ages, 0, …`), or -1. */
export function nrsHeaderIndex(rows: unknown[][]): number {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH); i++) {
    const names = (rows[i] ?? []).map(cellText).map((s) => s.toLowerCase());
    if (names.includes('area code') && names.includes('sex') && names.includes('all ages')) return i;
  }
  return -1;
}

/** Internal: the sheet of an NRS workbook holding population by single year of age (`Table 1`), or null. */
export async function nrsAgeSheet(grid: WorkbookGrid): Promise<{ sheet: string; rows: unknown[][]; headerIndex: number } | null> {
  const order = [...grid.sheetNames].sort((a, b) => (a === 'Table 1' ? -1 : b === 'Table 1' ? 1 : 0));
  for (const sheet of order) {
    if (!/^table/i.test(sheet)) continue;
    const rows = await grid.rows(sheet);
    const headerIndex = nrsHeaderIndex(rows);
    if (headerIndex >= 0 && ageColumns(rows[headerIndex]!).missing === null) return { sheet, rows, headerIndex };
  }
  return null;
}

/**
 * Read an NRS *Mid-Year Population Estimates, Scotland* workbook as NRS
 * publishes it (e.g. mid-2022 (Revised), 8 October 2024): `Table 1`,
 * population by sex and single year of age (0 to 89, "90 and over") for
 * Scotland, the 32 council areas and the 14 health boards, with its header
 * row (`Area name, Area code, Area type, Sex, All ages, 0, …`) under a title
 * row, a "This worksheet contains one table" row and a "Back to table of
 * contents" row. Persons rows of Scotland and the council areas become
 * observations: aged 16–70 (ages 16 to 70 summed) and all ages (the "All
 * ages" cell, checked against the single years); health boards are not
 * read. Scotland's figures are checked against the sum of the 32 areas.
 *
 * The mid-year comes from the table's title (`… mid-2022`); the population
 * base is Census-2022-based from mid-2022 (items `population-16-70-rebased`,
 * `population-all-ages-rebased`) and unrebased before (`population-16-70`,
 * `population-all-ages-unrebased`), unless the workbook says it is rebased.
 * Each row's `source` names the publication (the Cover sheet's title) and
 * the base; its `provenance` the file, sheet and cells.
 *
 * @param source - a path, or `{ name, data }` with the workbook's bytes.
 * @returns the publication, mid-year, base and observations.
 * @throws DataError naming file, row and column (and the sheet, in the
 *   message) for a missing sheet, header, age column or area, a cell that
 *   is not a count, an "All ages" cell that differs from the single years,
 *   or a Scotland row that differs from the sum of the areas.
 * @example
 * ```ts
 * const wb = await readNrsPopulationWorkbook('nrs-mid-year-population-estimates-mid-2022.xlsx');
 * wb.observations.find((o) => o.indicator === 'population-16-70-rebased' && o.area === 'S12000039')?.numerator; // 61965
 * wb.base; // 'census-2022'
 * ```
 */
export async function readNrsPopulationWorkbook(source: TableSource): Promise<PopulationWorkbook> {
  return nrsFromGrid(await openWorkbook(source));
}

/** Internal: {@link readNrsPopulationWorkbook} on an opened workbook. */
export async function nrsFromGrid(grid: WorkbookGrid): Promise<PopulationWorkbook> {
  const file = grid.file;
  const found = await nrsAgeSheet(grid);
  if (!found) {
    const t1 = grid.sheetNames.includes('Table 1') ? await grid.rows('Table 1') : null;
    if (!t1) throw new DataError(issueAt(file, null, null, populationMessages.noSheet('"Table 1" (population by single year of age)', grid.sheetNames)));
    const h = nrsHeaderIndex(t1);
    if (h < 0) throw new DataError(issueAt(file, null, null, populationMessages.noHeader('Table 1', '"Area code", "Sex" and "All ages"')));
    throw new DataError(issueAt(file, h + 1, null, populationMessages.missingAgeColumn('Table 1', ageColumns(t1[h]!).missing!)));
  }
  const { sheet, rows, headerIndex } = found;
  const header = rows[headerIndex]!.map(cellText).map((s) => s.toLowerCase());
  const title = rows.slice(0, headerIndex).flat().map(cellText).join(' ');
  const cover = grid.sheetNames.find((s) => /^cover/i.test(s));
  const coverRows = cover ? await grid.rows(cover) : [];
  const coverTitle = coverRows.map((r) => r.map(cellText).find((c) => c) ?? '').find((c) => /population estimates/i.test(c)) ?? '';
  const yearMatch = /mid-?(\d{4})/i.exec(title) ?? /mid-?(\d{4})/i.exec(coverTitle);
  if (!yearMatch) throw new DataError(issueAt(file, 1, 0, populationMessages.noYear(sheet)));
  const year = Number(yearMatch[1]);
  const base = populationBaseOf(year, `${coverTitle} ${title}`);
  const publication = coverTitle || `Mid-Year Population Estimates, Scotland, mid-${year}`;
  const sexCol = header.indexOf('sex');
  const observations = ageTableObservations(
    file,
    rows,
    { sheet, headerIndex, code: header.indexOf('area code'), sex: sexCol, allAges: header.indexOf('all ages'), ages: ageColumns(rows[headerIndex]!).ages },
    (row) => /^(persons|all people|all)$/i.test(cellText(row[sexCol])),
    year,
    base,
    populationSource('National Records of Scotland', publication, sheet, base),
  );
  return { file, publisher: 'National Records of Scotland', publication, year, base, observations };
}
