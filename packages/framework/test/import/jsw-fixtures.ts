/**
 * Fixture Justice Social Work workbooks and statistics.gov.scot downloads,
 * made in memory, in the layouts the Scottish Government publishes (copied
 * from the real SG workbooks in the shared data: Criminal Proceedings
 * 2022-23 and Reconvictions 2017-18): a cover sheet, a table of contents
 * and a notes sheet; on each table sheet the title in A1, "This worksheet
 * contains one table." / a filter note, "Back to table of contents", then
 * the header and the table; GSS symbols `[c]`, `[x]`, `[z]`, `[low]` and
 * `[note n]` markers. A merged header cell is written as Excel stores it:
 * its value in the top-left cell, the rest of the span empty. No real JSW
 * workbook was at hand: these follow the published conventions only.
 */
import { COUNCIL_AREAS } from '../../src/geography/council-areas.js';
import { xlsxBytes, type Cell, type Sheet } from './workbook-fixtures.js';

/** Council areas as NRS and SG tables write them, in their usual (alphabetical) order. */
const TABLE_NAMES: Record<string, string> = {
  S12000036: 'Edinburgh, City of',
  S12000013: 'Na h-Eileanan Siar',
  S12000035: 'Argyll & Bute',
  S12000006: 'Dumfries & Galloway',
  S12000026: 'Scottish Borders',
};
export const AREAS = COUNCIL_AREAS.map((a) => ({ code: a.code, label: TABLE_NAMES[a.code] ?? a.name })).sort((a, b) => a.label.localeCompare(b.label));

/** Row of area `i` (0-based, in {@link AREAS} order) when the header ends on `headerRow`. */
export const rowOf = (i: number, headerRow: number) => headerRow + 2 + i; // the Scotland row comes first

/** A table sheet: title, a note row, "Back to table of contents", header rows, Scotland (the sum) then the 32 areas. */
export function tableSheet(name: string, title: string, header: Cell[][], value: (area: number, column: number) => Cell, options: { noteRow?: string; labels?: string[]; scotland?: (sums: Cell[]) => Cell[] } = {}): Sheet {
  const width = header[header.length - 1].length - 1;
  const areaRows = AREAS.map((a, i) => [options.labels?.[i] ?? a.label, ...Array.from({ length: width }, (_, c) => value(i, c))]);
  const scotland: Cell[] = ['Scotland'];
  for (let c = 0; c < width; c++) {
    const cells = areaRows.map((r) => r[c + 1]);
    scotland.push(cells.every((v) => typeof v === 'number') ? (cells as number[]).reduce((s, v) => s + v, 0) : '[c]');
  }
  return {
    name,
    rows: [[title], [options.noteRow ?? 'This worksheet contains one table.'], ['Back to table of contents'], ...header, options.scotland?.(scotland) ?? scotland, ...areaRows],
  };
}

export const COVER: Sheet = {
  name: 'Cover',
  rows: [['Justice Social Work Statistics in Scotland: 2023-24, local authority tables (fixture)'], ['Fixture made for cjsnsa tests in the published layout; not official statistics.']],
};
export const CONTENTS: Sheet = {
  name: 'Table of contents',
  rows: [['Table of contents'], ['This worksheet contains one table.'], ['Table number', 'Table title'], ['CPO_4', 'Community payback orders commenced'], ['CPO_23', 'Community payback orders terminated']],
};
export const NOTES: Sheet = {
  name: 'Notes',
  rows: [['Notes'], ['This worksheet contains one table.'], ['Note number', 'Note text'], [1, 'Figures are unrounded.'], [2, 'Provisional.'], [3, 'Council areas as at 2019.']],
};

/** CPOs commenced: one column per year (header row 4). */
export const cpoCommenced = (edit?: (s: Sheet) => void) => {
  const s = tableSheet(
    'CPO_4',
    'Table CPO_4: Community payback orders commenced by local authority, 2021-22 to 2023-24 [note 1]',
    [['Local authority', '2021-22', '2022-23', '2023-24 [note 2]']],
    (a, c) => 100 + 10 * a + c,
  );
  edit?.(s);
  return s;
};

/** CPOs terminated by reason: a year row (merged over five columns) over a measure row (rows 4 and 5). */
export const cpoTerminated = (edit?: (s: Sheet) => void) => {
  const measures = ['Completed', 'Revoked - breach', 'Revoked - other', 'Total terminated', 'Completion rate'];
  const s = tableSheet(
    'CPO_23',
    'Table CPO_23: Community payback orders terminated by reason for termination and local authority, 2022-23 to 2023-24',
    [
      [null, '2022-23', null, null, null, null, '2023-24', null, null, null, null],
      ['Local authority [note 3]', ...measures, ...measures],
    ],
    (a, c) => {
      const year = Math.floor(c / 5);
      const completed = 60 + a + year;
      const breach = 10 + (a % 5);
      const other = 5;
      return [completed, breach, other, completed + breach + other, completed / (completed + breach + other)][c % 5];
    },
    {
      scotland: (r) => r.map((v, c) => (c > 0 && c % 5 === 0 ? (r[c - 4] as number) / (r[c - 1] as number) : v)),
      noteRow: 'This table has filters on the header row. Some shorthand is used in this table: [c] = confidential, [low] = below 0.5.',
    },
  );
  edit?.(s);
  return s;
};

/** Diversion from prosecution, one year (in the title), one column per measure; islands written the older way. */
export const diversion = (edit?: (s: Sheet) => void) => {
  const s = tableSheet(
    'DIV_1',
    'Table DIV_1: Diversion from prosecution: referrals, assessments, cases commenced and completed by local authority, 2023-24',
    [['Council area', 'Referrals', 'Assessments', 'Cases commenced', 'Cases completed']],
    (a, c) => [40 + a, 30 + a, 20 + a, 10 + a][c],
    { labels: AREAS.map((x) => (x.code === 'S12000013' ? 'Eilean Siar' : x.label)) },
  );
  edit?.(s);
  return s;
};

/** CPOs by type of court: recognised, used by no indicator. */
export const cpoByCourt: Sheet = {
  name: 'CPO_9',
  rows: [['Table CPO_9: Community payback orders commenced by type of court, 2014-15 to 2023-24'], ['Back to table of contents'], ['Court', '2023-24'], ['Sheriff summary', 10]],
};

/** A workbook of the given sheets after a cover, contents and notes sheet. */
export const jswWorkbook = (...tables: Sheet[]): Uint8Array => xlsxBytes([COVER, CONTENTS, NOTES, ...tables]);

/** A statistics.gov.scot download of `community-payback-orders-commenced` (CSV text). */
export function sgsCsv(lines: string[] = [], year = '2022/2023'): string {
  const rows = ['FeatureCode,DateCode,Measurement,Units,Value,Gender,Age'];
  for (const [i, a] of COUNCIL_AREAS.entries()) {
    rows.push(`${a.code},${year},Count,Community Payback Orders,${200 + i},All,All`);
    rows.push(`${a.code},${year},Count,Community Payback Orders,150,Male,All`);
    rows.push(`${a.code},${year},Count,Community Payback Orders,${40 + (i % 10)},Female,All`);
    rows.push(`${a.code},${year},Ratio,Ratio per 10000 population,${(30 + i / 10).toFixed(1)},All,All`);
  }
  return [...rows, ...lines].join('\r\n') + '\r\n';
}
