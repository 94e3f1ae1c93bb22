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

/**
 * The sheet of an ONS MYE2 workbook that {@link readOnsMye2Workbook} reads:
 * persons by single year of age.
 *
 * @example
 * ```ts
 * MYE2_PERSONS_SHEET; // 'MYE2 - Persons'
 * ```
 */
export const MYE2_PERSONS_SHEET = 'MYE2 - Persons';
const HEADER_SEARCH = 30;

/** Internal: the row index of an MYE2 header (`Code, Name, Geography…, All ages, 0, …, 90+`), or -1. */
export function mye2HeaderIndex(rows: unknown[][]): number {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH); i++) {
    const names = (rows[i] ?? []).map(cellText).map((s) => s.toLowerCase());
    if (names[0] === 'code' && names.includes('all ages') && names.some((n) => n.startsWith('geography'))) return i;
  }
  return -1;
}

/**
 * Read an ONS mid-year population estimates workbook (release MYE, e.g.
 * *Population estimates for the UK … mid-2019*, `ukmidyearestimates20192019ladcodes.xls`,
 * and the June 2020 and June 2021 editions): the sheet `MYE2 - Persons`,
 * population by single year of age (0 to 89, 90+) for every UK local
 * authority, header row `Code, Name, Geography, All ages, 0, …, 90+` (row 5
 * in mid-2019, row 8 from mid-2020). Scotland (`S92000003`) and its 32
 * council areas (`S12…`) are kept: for them the figures are NRS's.
 * Observations as {@link readNrsPopulationWorkbook}: aged 16–70 and all
 * ages, persons, checked the same way.
 *
 * Both the legacy `.xls` (Excel 97-2003, as ONS published these editions)
 * and a `.xlsx` re-save are read. Up to mid-2021 Scotland's rows are NRS
 * estimates rolled forward from Census 2011 (unrebased: `population-16-70`,
 * `population-all-ages-unrebased`); from mid-2022 Census-2022-based.
 *
 * @param source - a path, or `{ name, data }` with the workbook's bytes.
 * @returns the publication, mid-year, base and observations.
 * @throws DataError naming file, row and column (and the sheet, in the
 *   message), as {@link readNrsPopulationWorkbook}.
 * @example
 * ```ts
 * const wb = await readOnsMye2Workbook('ons-mid-year-population-estimates-uk-mid-2019.xls');
 * wb.observations.find((o) => o.indicator === 'population-16-70' && o.area === 'S92000003')?.numerator; // 3856596
 * ```
 */
export async function readOnsMye2Workbook(source: TableSource): Promise<PopulationWorkbook> {
  return mye2FromGrid(await openWorkbook(source));
}

/** Internal: {@link readOnsMye2Workbook} on an opened workbook. */
export async function mye2FromGrid(grid: WorkbookGrid): Promise<PopulationWorkbook> {
  const file = grid.file;
  if (!grid.sheetNames.includes(MYE2_PERSONS_SHEET)) {
    throw new DataError(issueAt(file, null, null, populationMessages.noSheet(`"${MYE2_PERSONS_SHEET}"`, grid.sheetNames)));
  }
  const sheet = MYE2_PERSONS_SHEET;
  const rows = await grid.rows(sheet);
  const headerIndex = mye2HeaderIndex(rows);
  if (headerIndex < 0) throw new DataError(issueAt(file, null, null, populationMessages.noHeader(sheet, '"Code", "Geography" and "All ages"')));
  const header = rows[headerIndex]!;
  const { ages, missing } = ageColumns(header);
  if (missing !== null) throw new DataError(issueAt(file, headerIndex + 1, null, populationMessages.missingAgeColumn(sheet, missing)));
  const title = rows.slice(0, headerIndex).flat().map(cellText).find((t) => /mid-?\d{4}/i.test(t)) ?? '';
  const yearMatch = /mid-?(\d{4})/i.exec(title);
  if (!yearMatch) throw new DataError(issueAt(file, 1, 0, populationMessages.noYear(sheet)));
  const year = Number(yearMatch[1]);
  const base = populationBaseOf(year, '');
  const publication = `Population estimates for the UK, mid-${year} (MYE2, Scotland's figures from National Records of Scotland)`;
  const names = header.map(cellText).map((s) => s.toLowerCase());
  const observations = ageTableObservations(
    file,
    rows,
    { sheet, headerIndex, code: 0, sex: null, allAges: names.indexOf('all ages'), ages },
    () => true,
    year,
    base,
    populationSource('Office for National Statistics', publication, sheet, base),
  );
  return { file, publisher: 'Office for National Statistics', publication, year, base, observations };
}
