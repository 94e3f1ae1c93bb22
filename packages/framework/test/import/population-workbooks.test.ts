import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from '@cjsnsa/core';
import { describe, expect, it } from 'vitest';
import {
  detectPopulationWorkbook,
  readNrsPopulationWorkbook,
  readOnsMye2Workbook,
  readPopulationObservations,
  readPopulationWorkbook,
  validateObservations,
  readCheckedObservations,
  COUNCIL_AREAS,
  type PopulationWorkbook,
} from '../../src/index.js';
import { FIXTURE, mye2Sheets, nrsSheets, xlsBytes, xlsxBytes } from './workbook-fixtures.js';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const shared = process.env.CJSNSA_SHARED_DATA ? resolve(process.env.CJSNSA_SHARED_DATA) : resolve(repoRoot, '../shared/data');
const original = join(shared, 'original');

const value = (wb: PopulationWorkbook, indicator: string, area: string) => wb.observations.find((o) => o.indicator === indicator && o.area === area)?.numerator;
async function issuesOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).issues;
  }
  throw new Error('expected a DataError');
}

describe('NRS mid-year estimates workbook (fixture in the published layout)', () => {
  it('sums ages 16 to 70 and reads all ages, persons, for Scotland and the 32 council areas only', async () => {
    const wb = await readNrsPopulationWorkbook({ name: 'nrs-mid-2022.xlsx', data: xlsxBytes(nrsSheets(2022)) });
    expect([wb.year, wb.base, wb.publisher]).toEqual([2022, 'census-2022', 'National Records of Scotland']);
    expect(wb.publication).toBe('Mid-Year Population Estimates, Scotland, mid-2022');
    expect(wb.observations).toHaveLength(66);
    expect(value(wb, 'population-16-70-rebased', 'S12000039')).toBe(FIXTURE.area16to70);
    expect(value(wb, 'population-all-ages-rebased', 'S12000039')).toBe(FIXTURE.areaAll);
    expect(value(wb, 'population-16-70-rebased', 'S92000003')).toBe(FIXTURE.scotland16to70);
    expect(wb.observations.some((o) => o.area === 'S08000015')).toBe(false);
    const wd = wb.observations.find((o) => o.indicator === 'population-16-70-rebased' && o.area === 'S12000039')!;
    // header on row 4, Scotland rows 5-7, then 3 rows per area in COUNCIL_AREAS order; ages 16..70 are columns V..BX
    expect(wd.provenance.sheet).toBe('Table 1');
    expect(wd.provenance.cells).toMatch(/^V\d+:BX\d+$/);
    expect([wd.period, wd.status, wd.denominator]).toEqual(['2022', 'published', null]);
    expect(wd.source).toContain('National Records of Scotland, Mid-Year Population Estimates, Scotland, mid-2022');
    expect(wd.source).toContain('Census-2022-based');
  });

  it('gives a mid-2021 NRS workbook to the unrebased items', async () => {
    const wb = await readNrsPopulationWorkbook({ name: 'nrs-mid-2021.xlsx', data: xlsxBytes(nrsSheets(2021)) });
    expect(wb.base).toBe('unrebased');
    expect(value(wb, 'population-16-70', 'S12000005')).toBe(FIXTURE.area16to70);
    expect(value(wb, 'population-all-ages-unrebased', 'S12000005')).toBe(FIXTURE.areaAll);
    expect(wb.observations[0]!.source).toContain('unrebased');
  });

  it('names file, row and column of a cell that is not a count, and the sheet', async () => {
    const sheets = nrsSheets(2022, (rows) => {
      rows[7]![25] = 'n/a'; // Aberdeen City persons (row 8), age 20 (column Z)
    });
    const issues = await issuesOf(readNrsPopulationWorkbook({ name: 'bad.xlsx', data: xlsxBytes(sheets) }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'bad.xlsx', row: 8, columnLetter: 'Z' });
    expect(issues[0]!.message).toContain('Sheet "Table 1"');
    expect(issues[0]!.message).toContain('"n/a"');
  });

  it('refuses an All ages cell that differs from the single years, and a missing council area', async () => {
    const off = nrsSheets(2022, (rows) => {
      rows[10]![4] = (rows[10]![4] as number) + 1; // second council area's persons row (row 11), All ages (E)
    });
    const i1 = await issuesOf(readNrsPopulationWorkbook({ name: 'off.xlsx', data: xlsxBytes(off) }));
    expect(i1[0]).toMatchObject({ row: 11, columnLetter: 'E' });
    expect(i1[0]!.message).toContain(`"All ages" is ${FIXTURE.areaAll + 1}`);
    const gone = nrsSheets(2022, (rows) => rows.splice(7, 3));
    const i2 = await issuesOf(readNrsPopulationWorkbook({ name: 'gone.xlsx', data: xlsxBytes(gone) }));
    expect(i2[0]!.message).toMatch(/no persons row for 1 of the 32 council areas or Scotland/);
  });

  it('refuses a Scotland row that is not the sum of the 32 areas', async () => {
    const sheets = nrsSheets(2022, (rows) => {
      rows[4]![30] = (rows[4]![30] as number) + 10; // Scotland persons, age 25
      rows[4]![4] = (rows[4]![4] as number) + 10;
    });
    const issues = await issuesOf(readNrsPopulationWorkbook({ name: 'scot.xlsx', data: xlsxBytes(sheets) }));
    expect(issues.map((i) => i.row)).toEqual([5, 5]);
    expect(issues[0]!.message).toContain(`population aged 16-70 is ${FIXTURE.scotland16to70 + 10}, but the 32 council areas add up to ${FIXTURE.scotland16to70}`);
  });

  it('says which sheet or column is missing', async () => {
    const noTable = nrsSheets(2022).filter((s) => s.name !== 'Table 1');
    expect((await issuesOf(readNrsPopulationWorkbook({ name: 'x.xlsx', data: xlsxBytes(noTable) })))[0]!.message).toMatch(/No sheet "Table 1"/);
    const no90 = nrsSheets(2022, (rows) => (rows[3]![95] = 'Unknown'));
    const issues = await issuesOf(readNrsPopulationWorkbook({ name: 'x.xlsx', data: xlsxBytes(no90) }));
    expect(issues[0]).toMatchObject({ row: 4 });
    expect(issues[0]!.message).toContain('no column for age 90 and over');
  });
});

describe('ONS MYE2 workbook (fixtures in the published layouts)', () => {
  it('reads a legacy .xls (mid-2019 layout, header on row 5, numeric age headers): Scotland and its 32 areas only', async () => {
    const wb = await readOnsMye2Workbook({ name: 'mye-2019.xls', data: xlsBytes(mye2Sheets(2019)) });
    expect([wb.year, wb.base, wb.publisher]).toEqual([2019, 'unrebased', 'Office for National Statistics']);
    expect(wb.observations).toHaveLength(66);
    expect(value(wb, 'population-16-70', 'S12000039')).toBe(FIXTURE.area16to70);
    expect(value(wb, 'population-all-ages-unrebased', 'S92000003')).toBe(FIXTURE.scotlandAll);
    expect(wb.observations.some((o) => !o.area.startsWith('S'))).toBe(false);
    const scot = wb.observations.find((o) => o.indicator === 'population-16-70' && o.area === 'S92000003')!;
    // header row 5, UK row 6, England row 7, Scotland row 8; ages 16..70 are columns U..BW
    expect(scot.provenance).toEqual({ file: 'mye-2019.xls', sheet: 'MYE2 - Persons', cells: 'U8:BW8' });
    expect(scot.source).toContain('Office for National Statistics');
    expect(scot.source).toContain('unrebased');
  });

  it('reads the mid-2020 layout (header on row 8) from .xls and the same layout re-saved as .xlsx', async () => {
    for (const data of [xlsBytes(mye2Sheets(2020)), xlsxBytes(mye2Sheets(2020))]) {
      const wb = await readOnsMye2Workbook({ name: 'mye-2020', data });
      expect(wb.year).toBe(2020);
      expect(value(wb, 'population-16-70', 'S12000049')).toBe(FIXTURE.area16to70);
      expect(wb.observations.find((o) => o.area === 'S92000003' && o.indicator === 'population-16-70')!.provenance.cells).toBe('U11:BW11');
    }
  });

  it('names file, row and column of a bad cell in an .xls', async () => {
    const sheets = mye2Sheets(2019, (rows) => {
      rows[8]![40] = 'x'; // first council row (row 9), age 36 (column AO)
    });
    const issues = await issuesOf(readOnsMye2Workbook({ name: 'bad.xls', data: xlsBytes(sheets) }));
    expect(issues[0]).toMatchObject({ file: 'bad.xls', row: 9, columnLetter: 'AO' });
    expect(issues[0]!.message).toContain('Sheet "MYE2 - Persons"');
  });

  it('refuses a file that is not an Excel workbook with a clear message', async () => {
    const issues = await issuesOf(readOnsMye2Workbook({ name: 'junk.xls', data: new TextEncoder().encode('not a workbook at all') }));
    expect(issues[0]!.message).toContain('junk.xls is not a population workbook');
  });
});

describe('detectPopulationWorkbook', () => {
  it('recognises each layout and nothing else', async () => {
    expect(await detectPopulationWorkbook({ name: 'a.xlsx', data: xlsxBytes(nrsSheets(2023)) })).toBe('nrs');
    expect(await detectPopulationWorkbook({ name: 'b.xls', data: xlsBytes(mye2Sheets(2021)) })).toBe('ons-mye2');
    expect(await detectPopulationWorkbook({ name: 'c.csv', data: 'indicator,area,period,numerator\n' })).toBeNull();
    const obs = xlsxBytes([{ name: 'Sheet1', rows: [['indicator', 'area', 'period', 'numerator'], ['cpo-commenced', 'S12000039', '2022-23', 5]] }]);
    expect(await detectPopulationWorkbook({ name: 'd.xlsx', data: obs })).toBeNull();
    await expect(readPopulationWorkbook({ name: 'd.xlsx', data: obs })).rejects.toThrow(/not a population workbook/);
    const later = await readPopulationWorkbook({ name: 'a.xlsx', data: xlsxBytes(nrsSheets(2023)) });
    expect([later.year, later.base]).toEqual([2023, 'census-2022']);
  });
});

describe('readPopulationObservations (the read snsa --data uses)', () => {
  it('gives the 32 council areas aged 16-70 on the workbook\'s base, located by Excel row, and passes the framework\'s checks', async () => {
    const read = (await readPopulationObservations({ name: 'nrs-mid-2023.xlsx', data: xlsxBytes(nrsSheets(2023)) }))!;
    const rows = read.table.objects() as Record<string, unknown>[];
    expect(rows).toHaveLength(32);
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(['population-16-70-rebased']));
    expect(new Set(rows.map((r) => r.numerator))).toEqual(new Set([FIXTURE.area16to70]));
    expect(rows.some((r) => r.area === 'S92000003')).toBe(false);
    // the first council area of Table 1 is on row 8 (header row 4, Scotland rows 5-7); the next 3 rows on
    const first = rows.findIndex((r) => r.area === COUNCIL_AREAS[0]!.code);
    const second = rows.findIndex((r) => r.area === COUNCIL_AREAS[1]!.code);
    expect([read.origin.rows[first], read.origin.rows[second]]).toEqual([8, 11]);
    const { table, warnings } = validateObservations([read]);
    expect([table.numRows(), warnings]).toEqual([32, []]);
    const unrebased = (await readPopulationObservations({ name: 'mye.xls', data: xlsBytes(mye2Sheets(2021)) }))!;
    expect(new Set(unrebased.table.array('indicator') as string[])).toEqual(new Set(['population-16-70']));
    expect(await readPopulationObservations({ name: 'x.csv', data: 'indicator,area,period,numerator\n' })).toBeNull();
  });
});

describe('readCheckedObservations recognises a population workbook among own data files', () => {
  it('reads an NRS workbook beside an observation CSV, and names the workbook\'s problems by file, row and column', async () => {
    const csv = { name: 'cpo.csv', data: 'indicator,area,period,numerator,source\ncpo-commenced,S12000039,2023-24,300,own\n' };
    const { table } = await readCheckedObservations([{ name: 'nrs-mid-2023.xlsx', data: xlsxBytes(nrsSheets(2023)) }, csv]);
    const rows = table.objects() as Record<string, unknown>[];
    expect(rows.filter((r) => r.indicator === 'population-16-70-rebased' && r.period === '2023')).toHaveLength(32);
    expect(rows.filter((r) => r.indicator === 'cpo-commenced')).toHaveLength(1);
    const bad = nrsSheets(2023, (r) => (r[7]![25] = 'n/a'));
    try {
      await readCheckedObservations([{ name: 'bad.xlsx', data: xlsxBytes(bad) }, csv]);
      throw new Error('expected a DataError');
    } catch (e) {
      expect((e as DataError).issues[0]).toMatchObject({ file: 'bad.xlsx', row: 8, columnLetter: 'Z' });
    }
  });
});

// The published workbooks, checked against the independent figures in shared/data/README.md
// (derived there from the CSV extracts, not by this code). Skipped where shared/ is absent.
describe.skipIf(!existsSync(original))('the published workbooks', () => {
  it('NRS mid-2022 (Revised): aged 16-70, Scotland 3,831,825 and West Dunbartonshire 61,965; all ages 5,447,000', async () => {
    const wb = await readPopulationWorkbook(join(original, 'nrs-mid-year-population-estimates-mid-2022.xlsx'));
    expect([wb.year, wb.base]).toEqual([2022, 'census-2022']);
    expect(wb.publication).toBe('Mid-Year Population Estimates, Scotland, mid-2022 (Revised)');
    expect(value(wb, 'population-16-70-rebased', 'S92000003')).toBe(3_831_825);
    expect(value(wb, 'population-16-70-rebased', 'S12000039')).toBe(61_965);
    expect(value(wb, 'population-all-ages-rebased', 'S92000003')).toBe(5_447_000);
    expect(wb.observations).toHaveLength(66);
  });

  it.each([
    [2019, 3_856_596, 62_560, 5_463_300],
    [2020, 3_851_112, 62_082, 5_466_000],
    [2021, 3_856_633, 61_622, 5_479_900],
  ])('ONS MYE2 mid-%i (.xls, unrebased): aged 16-70 Scotland %i, West Dunbartonshire %i; all ages %i', async (year, scot, wd, all) => {
    const file = join(original, `ons-mid-year-population-estimates-uk-mid-${year}.xls`);
    expect(await detectPopulationWorkbook(file)).toBe('ons-mye2');
    const wb = await readOnsMye2Workbook(file);
    expect([wb.year, wb.base]).toEqual([year, 'unrebased']);
    expect(value(wb, 'population-16-70', 'S92000003')).toBe(scot);
    expect(value(wb, 'population-16-70', 'S12000039')).toBe(wd);
    expect(value(wb, 'population-all-ages-unrebased', 'S92000003')).toBe(all);
  });
});
