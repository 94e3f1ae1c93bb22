/**
 * Small workbooks in the published layouts of the NRS and ONS population
 * tables, made in memory for tests that always run (CI has no shared data).
 * XLSX is written by hand (XML zipped with fflate); the legacy .xls with
 * SheetJS CE's BIFF8 writer (test-only use).
 */
import { strToU8, zipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { COUNCIL_AREAS } from '../../src/geography/council-areas.js';
import { columnLetter as col } from '@cjsnsa/core';

export type Cell = string | number | null;
export type Sheet = { name: string; rows: Cell[][] };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An .xlsx with the given sheets (shared strings, numbers as numbers). */
export function xlsxBytes(sheets: Sheet[]): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const si = (s: string) => {
    if (!index.has(s)) {
      index.set(s, strings.length);
      strings.push(s);
    }
    return index.get(s)!;
  };
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const sheetXml = sheets.map((sh) => {
    const rows = sh.rows
      .map((r, ri) => {
        const cells = r
          .map((v, ci) => {
            if (v === null) return '';
            const ref = `${col(ci)}${ri + 1}`;
            return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="s"><v>${si(v)}</v></c>`;
          })
          .join('');
        return `<row r="${ri + 1}">${cells}</row>`;
      })
      .join('');
    return `${xml}<worksheet xmlns="${main}"><sheetData>${rows}</sheetData></worksheet>`;
  });
  const files: Record<string, string> = {
    '[Content_Types].xml': `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${xml}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  };
  sheetXml.forEach((x, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = x));
  files['xl/sharedStrings.xml'] = `${xml}<sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`;
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [strToU8(v), { mtime: new Date(Date.UTC(2024, 0, 1)) }]])));
}

/** A legacy Excel 97-2003 .xls (BIFF8) with the given sheets. */
export function xlsBytes(sheets: Sheet[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(s.rows), s.name);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
}

/**
 * Fixture population: every council area has 1000 + a people of age a
 * (a = 0..89; 1090 aged 90 and over), so each area has
 * 55 × 1000 + (16 + … + 70) = 57,365 aged 16–70 and 91,000 + 4,095 = 95,095
 * of all ages; Scotland (32 areas) 1,835,680 and 3,043,040.
 */
export const FIXTURE = { area16to70: 57_365, areaAll: 95_095, scotland16to70: 32 * 57_365, scotlandAll: 32 * 95_095 };
const ages = (scale = 1) => Array.from({ length: 91 }, (_, a) => (1000 + a) * scale);
const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);

/** NRS mid-year estimates workbook, mid-`year`, Table 1 layout (header on row 4). */
export function nrsSheets(year = 2022, edit?: (rows: Cell[][]) => void): Sheet[] {
  const header: Cell[] = ['Area name', 'Area code', 'Area type', 'Sex', 'All ages', ...Array.from({ length: 90 }, (_, a) => String(a)), '90 and over'];
  const rows: Cell[][] = [
    [`Table 1: Estimated population by sex and single year of age by administrative area, Scotland, mid-${year}`],
    ['This worksheet contains one table.'],
    ['Back to table of contents'],
    header,
  ];
  const persons = ages();
  const half = persons.map((p) => Math.floor(p / 2));
  const other = persons.map((p, i) => p - half[i]!);
  const add = (name: string, code: string, type: string, scale: number) => {
    rows.push([name, code, type, 'Persons', sum(persons) * scale, ...persons.map((p) => p * scale)]);
    rows.push([name, code, type, 'Females', sum(half) * scale, ...half.map((p) => p * scale)]);
    rows.push([name, code, type, 'Males', sum(other) * scale, ...other.map((p) => p * scale)]);
  };
  add('Scotland', 'S92000003', 'Country', 32);
  for (const a of COUNCIL_AREAS) add(a.name, a.code, 'Council area', 1);
  add('Ayrshire and Arran', 'S08000015', 'Health board', 3);
  edit?.(rows);
  return [
    { name: 'Cover sheet', rows: [[`Mid-Year Population Estimates, Scotland, mid-${year}`], ['Source: National Records of Scotland (NRS)']] },
    { name: 'Table of Contents', rows: [['Table of contents'], ['Table 1']] },
    { name: 'Notes', rows: [['Notes'], ['Note 1: the estimates refer to 30 June.']] },
    { name: 'Table 1', rows },
    { name: 'Table 2', rows: [['Table 2: Components of change'], ['Area code', 'Births']] },
  ];
}

/** ONS MYE2 workbook, mid-`year`: header on row 5 (mid-2019 layout) or row 8 (from mid-2020), numeric or text age headers. */
export function mye2Sheets(year = 2019, edit?: (rows: Cell[][]) => void): Sheet[] {
  const late = year >= 2020;
  const header: Cell[] = ['Code', 'Name', late ? 'Geography' : 'Geography1', 'All ages', ...Array.from({ length: 90 }, (_, a) => (late ? String(a) : a)), '90+'];
  const title = `MYE2: Population estimates: Persons by single year of age and sex for local authorities in the UK, mid-${year}`;
  const rows: Cell[][] = late
    ? [[title], ['This worksheet contains one table.'], ['To turn off freeze panes …'], ['Please choose …'], ['This met my needs'], ['I need something slightly different'], ['This is not what I need at all'], header]
    : [['Contents'], [], [title], [], header];
  const persons = ages();
  rows.push(['K02000001', 'UNITED KINGDOM', 'Country', sum(persons) * 400, ...persons.map((p) => p * 400)]);
  rows.push(['E92000001', 'ENGLAND', 'Country', sum(persons) * 300, ...persons.map((p) => p * 300)]);
  rows.push(['S92000003', 'SCOTLAND', 'Country', sum(persons) * 32, ...persons.map((p) => p * 32)]);
  for (const a of COUNCIL_AREAS) rows.push([a.code, a.name, 'Council Area', sum(persons), ...persons]);
  rows.push(['N92000002', 'NORTHERN IRELAND', 'Country', sum(persons) * 5, ...persons.map((p) => p * 5)]);
  edit?.(rows);
  return [
    { name: late ? 'Cover sheet' : 'Contents ', rows: [['Mid-Year Population Estimates, UK']] },
    { name: 'MYE1', rows: [['MYE1: Population estimates: Summary for the UK']] },
    { name: 'MYE2 - Persons', rows },
    { name: 'MYE2 - Males', rows: [['MYE2: Males']] },
  ];
}
