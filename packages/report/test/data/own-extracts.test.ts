/**
 * A partnership's own individual-level extract through `snsa --data`
 * (loadSnsaData): recognised by its columns, counted by the framework's
 * counting rules into the data items it feeds (checked with the other own
 * data), and used for the who section in place of the embedded synthetic
 * extract. Expected counts are read off the small extracts below by hand.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { messages as fw } from '@cjsnsa/framework';
import { DataProblemsError, countBreakdowns, loadSnsaData, messages, topicById } from '@cjsnsa/report';
import { FIXTURE, mye2Sheets, nrsSheets, xlsBytes, xlsxBytes } from '../../../framework/test/import/workbook-fixtures.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function folder(files: Record<string, string | Uint8Array>): string {
  const d = mkdtempSync(join(tmpdir(), 'cjsnsa-extract-'));
  dirs.push(d);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

/** Bail cases in West Dunbartonshire: 2 supervisions commenced in 2022-23 (one completed), 3 in 2023-24. */
const BAIL = [
  'Case ID,Area,Assessment Date,Supervision Start Date,Supervision End Date,Age Band,Sex,Outcome',
  'B1,West Dunbartonshire,2022-05-01,2022-05-10,2022-11-01,21-25,F,completed',
  'B2,S12000039,2022-06-01,2022-06-20,,18-20,M,ongoing',
  'B3,S12000039,2023-05-01,2023-05-02,,31-40,M,ongoing',
  'B4,S12000039,2023-06-01,2023-06-03,,31-40,M,ongoing',
  'B5,S12000039,2023-07-01,2023-07-04,2023-12-01,41-50,F,breached',
  'B6,S12000039,2023-08-01,,,26-30,M,no-supervision',
].join('\n');

describe('loadSnsaData: own individual-level extracts', () => {
  it('counts the extract into the items it feeds, which replace the embedded ones, and keeps it for the who section', async () => {
    const d = folder({ 'bail-cases.csv': BAIL });
    const data = await loadSnsaData({ ownDataDir: d });
    const rows = (data.observations.objects() as Record<string, unknown>[]).filter((r) => String(r.indicator).startsWith('bail-'));
    const of = (item: string) => rows.filter((r) => r.indicator === item).map((r) => [r.area, r.period, r.numerator]);
    expect(of('bail-supervision-commenced')).toEqual([['S12000039', '2022-23', 2], ['S12000039', '2023-24', 3]]);
    expect(of('bail-supervision-completed')).toEqual([['S12000039', '2022-23', 1]]);
    expect(of('bail-assessment-reports')).toEqual([['S12000039', '2022-23', 2], ['S12000039', '2023-24', 4]]);
    expect(data.ownItems).toEqual(['bail-assessment-reports', 'bail-supervision-commenced', 'bail-supervision-completed']);
    expect(data.ownExtracts.map((e) => [e.schema.kind, e.read, e.counted])).toEqual([['bail', 6, 6]]);
    // the who section uses the partnership's extract, not the embedded synthetic one
    const source = data.extractSource('bail');
    expect(source).toMatchObject({ own: true, synthetic: false, title: 'Bail assessments and bail supervision cases, bail-cases.csv' });
    const cells = await countBreakdowns(data, [topicById('bail')]);
    expect(new Set(cells.map((c) => c.area))).toEqual(new Set(['S12000039']));
    const sex2023 = cells.filter((c) => c.breakdown === 'sex' && c.period === '2023-24').map((c) => [c.category, c.count]);
    expect(sex2023).toEqual([['F', 1], ['M', 2]]);
    // and the coverage warning says Scotland cannot be formed
    expect(data.warnings.some((w) => w.includes('cannot be formed'))).toBe(true);
  });

  it('reports progress while reading, and the records read and counted', async () => {
    const d = folder({ 'bail-cases.csv': BAIL });
    const seen: { rows: number; counted: number | null }[] = [];
    await loadSnsaData({ ownDataDir: d, onProgress: ({ rows, counted }) => seen.push({ rows, counted }) });
    expect(seen.at(-1)).toEqual({ rows: 6, counted: 6 });
    expect(messages.extractCounted('x.csv', 2000000, 1999998)).toBe('x.csv: 2,000,000 records read, 1,999,998 counted (the others are listed in the warnings).');
  });

  it('own totals without an extract: the embedded synthetic extract is not used to break them down', async () => {
    const d = folder({
      'totals.csv': ['indicator,area,period,numerator,denominator,status,source', 'bail-supervision-commenced,S12000039,2023-24,12,,published,Our return'].join('\n'),
    });
    const data = await loadSnsaData({ ownDataDir: d });
    expect(data.extractSource('bail')).toBeNull();
    expect(await countBreakdowns(data, [topicById('bail')])).toEqual([]);
    // other topics still use the embedded extract, which says it is synthetic
    expect(data.extractSource('diversion')).toMatchObject({ own: false, synthetic: true });
  });

  it('an extract with problems stops the run, listing each by file, row and column', async () => {
    const d = folder({ 'bail-cases.csv': `${BAIL}\nB6,S12000039,2023-09-01,,,26-30,M,no-supervision\nB7,Glasgo,2023-09-01,,,26-30,M,no-supervision` });
    try {
      await loadSnsaData({ ownDataDir: d });
      throw new Error('expected a DataProblemsError');
    } catch (e) {
      expect(e).toBeInstanceOf(DataProblemsError);
      const file = join(d, 'bail-cases.csv');
      expect((e as DataProblemsError).issues).toEqual([
        { file, row: 8, column: 'Case ID', columnLetter: 'A', message: fw.extractRepeatedId('case_id', 'B6', 7) },
        { file, row: 9, column: 'Area', columnLetter: 'B', message: fw.areaNotFound('Glasgo', ['Glasgow City']) },
      ]);
    }
  });

  it('a warning about a count made from an extract names the count, not a row the user never wrote', async () => {
    const d = folder({
      'diversion-cases.csv': [
        'case_id,area,commenced_date,end_date,outcome',
        'D1,S12000039,2022-06-01,2023-05-01,completed',
        'D2,S12000039,2022-07-01,2023-06-01,completed',
        'D3,S12000039,2023-07-01,,ongoing',
      ].join('\n'),
    });
    const data = await loadSnsaData({ ownDataDir: d });
    const w = data.warningIssues.find((i) => i.message.startsWith(messages.countedFrom('diversion-completed in West Dunbartonshire, 2023-24')));
    expect(w, data.warnings.join('\n')).toMatchObject({ file: join(d, 'diversion-cases.csv'), row: null, column: null });
    expect(w!.message).toContain('(the count of diversion-commenced in West Dunbartonshire, 2023-24)');
    expect(w!.message).not.toMatch(/\brow \d/);
  });
});

describe('loadSnsaData: a very big file that is not an extract', () => {
  it('is refused at once, naming its size and columns, instead of being read whole', async () => {
    const d = folder({ 'cases-export.csv': 'id,council,when,what\nX1,S12000039,2023-05-01,something\n' });
    truncateSync(join(d, 'cases-export.csv'), 101 * 1024 * 1024); // a sparse file: 101 MB on paper, nothing on disk
    try {
      await loadSnsaData({ ownDataDir: d });
      throw new Error('expected a DataProblemsError');
    } catch (e) {
      expect(e).toBeInstanceOf(DataProblemsError);
      expect((e as DataProblemsError).issues).toEqual([
        { file: join(d, 'cases-export.csv'), row: 1, column: null, columnLetter: null, message: messages.bigFileNotExtract('cases-export.csv', 101 * 1024 * 1024, ['id', 'council', 'when', 'what']) },
      ]);
    }
    expect(messages.bigFileNotExtract('x.csv', 101 * 1024 * 1024, ['id'])).toMatch(/^x\.csv is 101 MB, too big for a table of counts/);
  });
});

describe('loadSnsaData: population workbooks as published', () => {
  const pop = (data: Awaited<ReturnType<typeof loadSnsaData>>, item: string) =>
    (data.observations.objects() as Record<string, unknown>[]).filter((r) => r.indicator === item && r.area === 'S12000039').map((r) => [r.period, r.numerator]);

  it('an ONS MYE2 workbook is read as published (.xls), and replaces its own mid-year only', async () => {
    const d = folder({ 'ukmidyearestimates2019.xls': xlsBytes(mye2Sheets(2019)) });
    const data = await loadSnsaData({ ownDataDir: d });
    const rows = pop(data, 'population-16-70');
    // the fixture's mid-2019 (57,365 for every area) in place of the embedded 2019; the embedded years around it kept
    expect(rows.find(([p]) => p === '2019')).toEqual(['2019', FIXTURE.area16to70]);
    expect(rows.find(([p]) => p === '2018')?.[1]).toBe(63_062); // embedded NRS mid-2018, West Dunbartonshire aged 16-70
    expect(rows.find(([p]) => p === '2020')?.[1]).toBe(62_082); // embedded mid-2020 (ONS MYE2), kept
    expect(data.ownItems).toContain('population-16-70');
  });

  it('another .xls workbook is still refused, asking for xlsx or CSV', async () => {
    const d = folder({ 'cpo.xls': xlsBytes([{ name: 'Sheet1', rows: [['indicator', 'area'], ['cpo-commenced', 'S12000039']] }]) });
    await expect(loadSnsaData({ ownDataDir: d })).rejects.toThrow(messages.oldWorkbookFormat('cpo.xls'));
  });

  it('an NRS workbook (.xlsx) gives the Census-2022-based mid-year', async () => {
    const d = folder({ 'mid-year-population-estimates-2022.xlsx': xlsxBytes(nrsSheets(2022)) });
    const data = await loadSnsaData({ ownDataDir: d });
    expect(pop(data, 'population-16-70-rebased')).toEqual([['2022', FIXTURE.area16to70]]);
    // the unrebased series is untouched
    expect(pop(data, 'population-16-70').length).toBeGreaterThan(20);
  });
});

