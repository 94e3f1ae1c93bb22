import { DataError, messages as coreMessages, type DataIssue } from '@cjsnsa/core';
import { describe, expect, it } from 'vitest';
import { COUNCIL_AREAS } from '../../src/geography/council-areas.js';
import { AreaNotFoundError } from '../../src/geography/area-not-found-error.js';
import { resolveArea } from '../../src/geography/resolve-area.js';
import { JSW_TABLES, messages, readCheckedObservations, readJswWorkbook, readStatisticsGovScot } from '../../src/index.js';
import { AREAS, cpoByCourt, cpoCommenced, cpoTerminated, diversion, jswWorkbook, rowOf, sgsCsv, tableSheet } from './jsw-fixtures.js';

const FILE = 'jsw-2023-24-la-tables.xlsx';
const SGS = 'community-payback-orders-commenced.csv';
const KNOWN = JSW_TABLES.map((t) => `${t.description} (like ${t.sheet})`);
const idx = (code: string) => AREAS.findIndex((a) => a.code === code);

async function issuesOf(p: Promise<unknown>): Promise<DataIssue[]> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DataError) return e.issues.map((i) => ({ ...i }));
    throw e;
  }
  throw new Error('expected a DataError');
}
const suggestions = (label: string) => {
  try {
    resolveArea(label);
  } catch (e) {
    return (e as AreaNotFoundError).suggestions;
  }
  return [];
};

describe('readJswWorkbook', () => {
  it('reads a one-column-per-year table: values, periods, Scotland row, provenance with notes', async () => {
    const { table } = await readJswWorkbook({ name: FILE, data: jswWorkbook(cpoCommenced()) });
    const rows = table.objects() as Record<string, unknown>[];
    expect(rows).toHaveLength(3 * 33);
    const wd = idx('S12000039');
    expect(rows.find((r) => r.area === 'S12000039' && r.period === '2023-24')).toEqual({
      indicator: 'cpo-commenced',
      area: 'S12000039',
      period: '2023-24',
      numerator: 100 + 10 * wd + 2,
      denominator: null,
      status: 'published',
      source: `Scottish Government, Justice Social Work Statistics in Scotland, CPO_4: Community payback orders commenced by local authority, 2021-22 to 2023-24 (${FILE})`,
      provenance: `${FILE}, sheet CPO_4, cell D${rowOf(wd, 4)} (area A${rowOf(wd, 4)}, heading D4); notes 1, 2`,
    });
    expect(rows.find((r) => r.area === 'S92000003' && r.period === '2021-22')?.numerator).toBe(AREAS.reduce((s, _, i) => s + 100 + 10 * i, 0));
  });

  it('reads the GSS symbols and NRS area names', async () => {
    const ed = idx('S12000036');
    const sheet = cpoCommenced((s) => {
      s.rows[rowOf(idx('S12000013'), 4) - 1][1] = '[c]';
      s.rows[rowOf(idx('S12000027'), 4) - 1][1] = '[x]';
      s.rows[rowOf(idx('S12000023'), 4) - 1][1] = '[z]';
      s.rows[rowOf(idx('S12000035'), 4) - 1][1] = '[low]';
      s.rows[rowOf(ed, 4) - 1][1] = '512 [p]';
    });
    const { table } = await readJswWorkbook({ name: FILE, data: jswWorkbook(sheet) });
    const at = (area: string) => (table.objects() as Record<string, unknown>[]).find((r) => r.area === area && r.period === '2021-22')!;
    expect([at('S12000013').numerator, at('S12000013').status]).toEqual([null, 'suppressed']);
    expect([at('S12000027').numerator, at('S12000027').status]).toEqual([null, 'not-available']);
    expect([at('S12000023').numerator, at('S12000023').status]).toEqual([null, 'not-applicable']);
    expect([at('S12000035').numerator, at('S12000035').status]).toEqual([null, 'low-figure']);
    expect([at('S12000036').numerator, at('S12000036').status]).toEqual([512, 'provisional']);
  });

  it('reads a year row over a measure row: reasons as a breakdown of cpo-terminated, completions, completion rates checked and left out', async () => {
    const { table, warnings } = await readJswWorkbook({ name: FILE, data: jswWorkbook(cpoTerminated()) });
    const rows = table.objects() as Record<string, unknown>[];
    const a = idx('S12000033');
    const of = (indicator: string, period: string, breakdown: string | null) => rows.find((r) => r.area === 'S12000033' && r.indicator === indicator && r.period === period && r.breakdown === breakdown);
    expect(of('cpo-completed', '2023-24', null)?.numerator).toBe(61 + a);
    expect(of('cpo-terminated', '2023-24', null)).toMatchObject({ numerator: 61 + a + 10 + (a % 5) + 5, provenance: `${FILE}, sheet CPO_23, cell J${rowOf(a, 5)} (area A${rowOf(a, 5)}, heading J4:J5); notes 3` });
    expect(of('cpo-terminated', '2022-23', 'Revoked (breach)')).toMatchObject({ numerator: 10 + (a % 5), group: 'reason for termination' });
    expect(of('cpo-terminated', '2022-23', 'Revoked (other)')?.numerator).toBe(5);
    expect(of('cpo-terminated', '2022-23', 'Completed')?.numerator).toBe(60 + a);
    expect(warnings.map((w) => [w.file, w.columnLetter, w.message])).toEqual([
      [`${FILE}, sheet CPO_23`, 'F', messages.officialRateColumnSkipped('2022-23 Completion rate')],
      [`${FILE}, sheet CPO_23`, 'K', messages.officialRateColumnSkipped('2023-24 Completion rate')],
    ]);
  });

  it('warns when a published rate does not match its counts', async () => {
    const r = rowOf(2, 5);
    const sheet = cpoTerminated((s) => (s.rows[r - 1][5] = 0.5));
    const { warnings } = await readJswWorkbook({ name: FILE, data: jswWorkbook(sheet) });
    const [completed, , , total] = sheet.rows[r - 1].slice(1) as number[];
    expect(warnings).toContainEqual({ file: `${FILE}, sheet CPO_23`, row: r, column: '2022-23 Completion rate', columnLetter: 'F', message: messages.officialRateDisagrees(0.5, completed, total) });
  });

  it('reads a one-year table with the year in its title, skipping cover, contents and notes; tables and columns no indicator uses are warned', async () => {
    const { table, warnings } = await readJswWorkbook({ name: FILE, data: jswWorkbook(diversion(), cpoByCourt) });
    const rows = table.objects() as Record<string, unknown>[];
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(['diversion-assessments', 'diversion-commenced', 'diversion-completed']));
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['2023-24']));
    const wi = idx('S12000013'); // written "Eilean Siar"
    expect(rows.find((r) => r.area === 'S12000013' && r.indicator === 'diversion-commenced')?.numerator).toBe(20 + wi);
    expect(warnings.map((w) => w.message)).toEqual([
      messages.officialNotUsed('Column "Referrals"'),
      messages.officialNotUsed('Sheet "CPO_9" ("Community payback orders commenced by type of court, 2014-15 to 2023-24")'),
    ]);
  });

  it('names file, sheet, row and column letter for each kind of problem', async () => {
    const ed = idx('S12000036');
    const cpo = cpoCommenced((s) => {
      s.rows[rowOf(3, 4) - 1][2] = '12a'; // an unreadable cell
      s.rows[rowOf(ed, 4) - 1][0] = 'Edinbrugh'; // an unknown area
      s.rows[rowOf(5, 4) - 1][0] = 'Argyll and Bute'; // the same area as another row
    });
    const terminated = cpoTerminated((s) => (s.rows[rowOf(1, 5) - 1][10] = 73)); // a percentage, not a fraction
    const div = diversion((s) => {
      s.rows[0][0] = 'Table DIV_1: Diversion from prosecution by local authority'; // no year
      s.rows[3].push('Fiscal work orders');
      for (const r of s.rows.slice(4)) r.push(1);
    });
    const unknown = tableSheet('CPO_30', 'Table CPO_30: Community payback orders: hours of unpaid work by local authority, 2023-24', [['Local authority', 'Hours']], () => 1);
    const rates = tableSheet('CPO_5', 'Table CPO_5: Community payback orders commenced per 10,000 population aged 16 to 70, by local authority, 2021-22 to 2023-24', [['Local authority', '2021-22', '2022-23']], () => 38.5);
    const noHeader = { name: 'DTTO_1', rows: [['Table DTTO_1: Drug treatment and testing orders commenced, 2023-24'], ['Back to table of contents'], ['Area', 'Orders']] };
    noHeader.rows[2][0] = 'Region';
    const issues = await issuesOf(readJswWorkbook({ name: FILE, data: jswWorkbook(cpo, terminated, div, unknown, rates, noHeader) }));
    const argyll = idx('S12000035');
    const cpoAt = `${FILE}, sheet CPO_4`;
    expect(issues).toEqual([
      { file: cpoAt, row: rowOf(argyll < 5 ? 5 : argyll, 4), column: 'Local authority', columnLetter: 'A', message: messages.officialAreaTwice('Argyll and Bute', 'Argyll and Bute', rowOf(argyll, 4)) },
      { file: cpoAt, row: rowOf(ed, 4), column: 'Local authority', columnLetter: 'A', message: messages.officialRowLabel(messages.areaNotFound('Edinbrugh', suggestions('Edinbrugh'))) },
      { file: cpoAt, row: rowOf(3, 4), column: '2022-23', columnLetter: 'C', message: coreMessages.unreadableCell('12a') },
      { file: `${FILE}, sheet CPO_23`, row: rowOf(1, 5), column: '2023-24 Completion rate', columnLetter: 'K', message: messages.officialRateAboveOne(73) },
      ...['Assessments', 'Cases commenced', 'Cases completed'].map((h, i) => ({ file: `${FILE}, sheet DIV_1`, row: 4, column: h, columnLetter: 'CDE'[i], message: messages.officialColumnNoPeriod(h, 'Diversion from prosecution by local authority') })),
      { file: `${FILE}, sheet DIV_1`, row: 4, column: 'Fiscal work orders', columnLetter: 'F', message: messages.officialColumnUnknown('Fiscal work orders', JSW_TABLES.find((t) => t.id === 'diversion')!.columns.map((c) => c.label)) },
      { file: `${FILE}, sheet CPO_30`, row: 1, column: null, columnLetter: null, message: messages.officialTableUnknown('CPO_30', 'Community payback orders: hours of unpaid work by local authority, 2023-24', KNOWN) },
      { file: `${FILE}, sheet CPO_5`, row: 1, column: null, columnLetter: null, message: messages.officialRateOnlyTable('CPO_5', 'Community payback orders commenced per 10,000 population aged 16 to 70, by local authority, 2021-22 to 2023-24') },
      { file: `${FILE}, sheet DTTO_1`, row: null, column: null, columnLetter: null, message: messages.officialTableNoHeader('DTTO_1') },
    ]);
  });

  it('refuses a workbook with no table it reads', async () => {
    expect(await issuesOf(readJswWorkbook({ name: FILE, data: jswWorkbook(cpoByCourt) }))).toEqual([
      { file: FILE, row: null, column: null, columnLetter: null, message: messages.officialNoTables(FILE, KNOWN) },
    ]);
  });
});

describe('readStatisticsGovScot', () => {
  it('reads Count rows: totals, breakdowns by dimension, periods, markers and provenance; rates left out with a warning', async () => {
    const { table, warnings } = await readStatisticsGovScot({ name: SGS, data: sgsCsv(['S12000039,2021/2022,Count,Community Payback Orders,,All,All', 'S12000039,2020/2021,Count,Community Payback Orders,[c],All,All']) });
    const rows = table.objects() as Record<string, unknown>[];
    expect(rows).toHaveLength(32 * 3 + 2);
    expect(rows[0]).toEqual({
      indicator: 'cpo-commenced',
      area: 'S12000033',
      period: '2022-23',
      numerator: 200,
      denominator: null,
      status: 'published',
      source: `statistics.gov.scot, dataset community-payback-orders-commenced (${SGS})`,
      breakdown: null,
      group: null,
      provenance: `${SGS}, row 2 (cells A2:G2)`,
    });
    expect(rows[2]).toMatchObject({ numerator: 40, breakdown: 'Female', group: 'Gender' });
    expect(rows.at(-1)).toMatchObject({ period: '2020-21', numerator: null, status: 'suppressed' });
    expect(rows.at(-2)).toMatchObject({ period: '2021-22', numerator: null, status: 'not-applicable' });
    expect(warnings).toEqual([{ file: SGS, row: null, column: 'Measurement', columnLetter: 'C', message: messages.sgsMeasurementSkipped('Ratio', 32) }]);
  });

  it('reads a DataMarker column and cross-classified breakdowns', async () => {
    const csv = 'FeatureCode,DateCode,Measurement,Units,Value,Gender,Age,DataMarker\nS12000039,2022/2023,Count,Orders,20,All,All,\nS12000039,2022/2023,Count,Orders,7,Female,21-25,[p]\nS12000039,2022/2023,Count,Orders,3,Male,16-17,[c]\n';
    const { table } = await readStatisticsGovScot({ name: 'x.csv', data: csv }, { dataset: 'community-payback-orders-commenced' });
    expect(table.objects().map((r: any) => [r.numerator, r.status, r.breakdown, r.group])).toEqual([
      [20, 'published', null, null],
      [7, 'provisional', 'Female, 21-25', 'Gender × Age'],
      [null, 'suppressed', 'Male, 16-17', 'Gender × Age'],
    ]);
  });

  it('names each problem: unknown dataset, missing columns, other geographies, rates only, unknown markers and measurements, bad cells', async () => {
    expect(await issuesOf(readStatisticsGovScot({ name: 'download.csv', data: sgsCsv() }))).toEqual([
      { file: 'download.csv', row: null, column: null, columnLetter: null, message: messages.sgsUnknownDataset('download.csv', ['community-payback-orders-commenced']) },
    ]);
    expect(await issuesOf(readStatisticsGovScot({ name: SGS, data: 'FeatureCode,Measurement,Value\nS12000039,Count,1\n' }))).toEqual([
      { file: SGS, row: 1, column: null, columnLetter: null, message: messages.sgsMissingColumn('DateCode', ['FeatureCode', 'Measurement', 'Value']) },
    ]);
    const bad = sgsCsv([
      'S08000015,2022/2023,Count,Orders,5,All,All',
      'S08000016,2022/2023,Count,Orders,5,All,All',
      'S16000100,2022/2023,Count,Orders,5,All,All',
      'S12000039,2023/2024,Count,Orders,12a,All,All',
      'S12000039,2023/2025,Count,Orders,1,All,All',
      'S12000039,2019/2020,Mean,Orders,1,All,All',
      'S12000099,2019/2020,Count,Orders,1,All,All',
    ]);
    const lines = bad.trim().split('\r\n').length;
    const issues = await issuesOf(readStatisticsGovScot({ name: SGS, data: bad }));
    expect(issues.map((i) => [i.row, i.column, i.columnLetter, i.message])).toEqual([
      [lines - 3, 'Value', 'E', coreMessages.unreadableCell('12a')],
      [lines - 2, 'DateCode', 'B', expect.stringContaining('2023/2025')],
      [lines - 1, 'Measurement', 'C', messages.sgsUnknownMeasurement('Mean')],
      [lines, 'FeatureCode', 'A', messages.areaNotFound('S12000099', suggestions('S12000099'))],
      [lines - 6, 'FeatureCode', 'A', messages.sgsGeography('S08', 'a health board', 2)],
      [lines - 4, 'FeatureCode', 'A', messages.sgsGeography('S16', 'a Scottish Parliament constituency', 1)],
    ]);
    const ratesOnly = 'FeatureCode,DateCode,Measurement,Units,Value\nS12000039,2022/2023,Ratio,Per 10000,60.5\n';
    expect(await issuesOf(readStatisticsGovScot({ name: SGS, data: ratesOnly }))).toEqual([
      { file: SGS, row: 2, column: 'Measurement', columnLetter: 'C', message: messages.sgsRateOnly(['Ratio']) },
    ]);
    const marker = 'FeatureCode,DateCode,Measurement,Units,Value,DataMarker\nS12000039,2022/2023,Count,Orders,6,see note\n';
    expect(await issuesOf(readStatisticsGovScot({ name: SGS, data: marker }))).toEqual([
      { file: SGS, row: 2, column: 'DataMarker', columnLetter: 'F', message: messages.sgsUnknownMarker('see note') },
    ]);
  });
});

describe('readCheckedObservations on official tables', () => {
  const today = new Date('2025-06-30');

  it('recognises each layout and runs the same checks as own data, keeping provenance', async () => {
    const sources = [
      { name: FILE, data: jswWorkbook(cpoCommenced(), cpoTerminated(), diversion()) },
      { name: SGS, data: sgsCsv([], '2020/2021') },
      { name: 'own.csv', data: 'indicator,area,period,numerator,source\ndtto-commenced,S12000039,2023-24,14,Our system\n' },
    ];
    const { table, warnings } = await readCheckedObservations(sources, { today });
    const rows = table.objects() as Record<string, unknown>[];
    // Scotland rows are left out (Scotland is the sum of the areas), with a warning naming the sheet and cell
    expect(rows.some((r) => r.area === 'S92000003')).toBe(false);
    expect(warnings).toContainEqual({ file: `${FILE}, sheet CPO_4`, row: 5, column: 'Local authority', columnLetter: 'A', message: messages.totalsRowLeftOut('cpo-commenced', '2021-22') });
    const wd = idx('S12000039');
    expect(rows.find((r) => r.indicator === 'cpo-completed' && r.area === 'S12000039' && r.period === '2022-23')).toMatchObject({
      numerator: 60 + wd,
      provenance: `${FILE}, sheet CPO_23, cell B${rowOf(wd, 5)} (area A${rowOf(wd, 5)}, heading B4:B5); notes 3`,
    });
    expect(rows.find((r) => r.indicator === 'cpo-commenced' && r.area === 'S12000039' && r.period === '2020-21' && r.breakdown === null)?.numerator).toBe(200 + COUNCIL_AREAS.findIndex((a) => a.code === 'S12000039'));
    expect(rows.find((r) => r.indicator === 'dtto-commenced')?.numerator).toBe(14);
    expect(rows.filter((r) => r.indicator === 'diversion-commenced')).toHaveLength(32);
  });

  it('names the sheet and cell of a problem only the checks across rows find', async () => {
    const wd = idx('S12000039');
    const r = rowOf(wd, 5);
    // more CPOs completed than terminated in West Dunbartonshire, 2023-24 (G: completed, J: total)
    const sheet = cpoTerminated((s) => (s.rows[r - 1][6] = 500));
    const issues = await issuesOf(readCheckedObservations([{ name: FILE, data: jswWorkbook(sheet) }], { today }));
    const total = sheet.rows[r - 1][9] as number;
    expect(issues).toContainEqual({
      file: `${FILE}, sheet CPO_23`,
      row: r,
      column: '2023-24 Completed',
      columnLetter: 'G',
      message: messages.numeratorAboveDenominatorItem(500, 'cpo-terminated', total, `row ${r}`, ['NI4', 'SM-cpo-completion']),
    });
  });

  it('reads an own workbook without JSW sheets as before', async () => {
    const own = { name: 'own.csv', data: 'FeatureCode,indicator,area,period,numerator,source\nx,cpo-commenced,S12000039,2023-24,5,Ours\n' };
    const { table } = await readCheckedObservations([own], { today });
    expect(table.get('numerator', 0)).toBe(5);
  });
});
