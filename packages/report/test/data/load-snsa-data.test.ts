/**
 * loadSnsaData with a partnership's own data (`snsa --data`): a file or a
 * folder; what in a folder is not read, and why; own rows merged with every
 * column they have; counts checked against the embedded population; the
 * totals a partial coverage cannot form said once. Expected values are read
 * off the inputs below and the embedded datasets by hand.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeIndicators, messages as fw } from '@cjsnsa/framework';
import { DataProblemsError, loadSnsaData, messages } from '@cjsnsa/report';

const HEADER = 'indicator,area,period,numerator,denominator,status,source';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
/** A folder holding the given files (name → text). */
function folder(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'cjsnsa-own-'));
  dirs.push(d);
  for (const [name, text] of Object.entries(files)) {
    if (name.endsWith('/')) mkdirSync(join(d, name));
    else writeFileSync(join(d, name), text);
  }
  return d;
}
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
async function problemsOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DataProblemsError);
    return (e as DataProblemsError).issues;
  }
  throw new Error('expected a DataProblemsError');
}
const where = (file: string, message: string) => ({ file, row: null, column: null, columnLetter: null, message });
const WD = (period: string, n: number, item = 'diversion-commenced') => `${item},S12000039,${period},${n},,published,Our case management system`;
const coverage = (items: string[]) => fw.partialCoverage(items, 1, ['West Dunbartonshire'], ['LGBF people-based family group 4']);

describe('loadSnsaData({ ownDataDir }): what is read', () => {
  it('a folder: Excel lock files, hidden files, other files and folders are skipped, each with a note', async () => {
    const d = folder({ 'data.csv': csv(WD('2023-24', 44)), '~$data.xlsx': 'lock', '.DS_Store': 'x', 'README.txt': 'notes', 'notes.docx': 'x', 'old/': '' });
    const data = await loadSnsaData({ ownDataDir: d });
    expect(data.warnings).toEqual([
      messages.skippedHiddenFile('.DS_Store'),
      messages.skippedLockFile('~$data.xlsx'),
      messages.skippedFolders(['old']),
      messages.skippedOtherFiles(['README.txt', 'notes.docx']),
      coverage(['"diversion-commenced" (2023-24)']),
    ]);
    expect(data.ownItems).toEqual(['diversion-commenced']);
  });

  it('one file', async () => {
    const d = folder({ 'data.csv': csv(WD('2023-24', 44)) });
    const data = await loadSnsaData({ ownDataDir: join(d, 'data.csv') });
    expect(data.ownItems).toEqual(['diversion-commenced']);
    expect(data.warnings).toEqual([coverage(['"diversion-commenced" (2023-24)'])]);
  });

  it('a path that names nothing, a folder with no data files, an .xls workbook, a file of another kind: errors', async () => {
    const missing = join(tmpdir(), 'cjsnsa-no-such-folder', 'data.csv');
    await expect(loadSnsaData({ ownDataDir: missing })).rejects.toThrow(messages.dataPathMissing(missing));
    const empty = folder({ '~$data.xlsx': 'lock', 'README.txt': 'notes' });
    expect(await problemsOf(loadSnsaData({ ownDataDir: empty }))).toEqual([where(empty, messages.noDataFiles(empty))]);
    const xls = folder({ 'data.csv': csv(WD('2023-24', 44)), 'cpo.xls': 'x' });
    expect(await problemsOf(loadSnsaData({ ownDataDir: xls }))).toEqual([where(join(xls, 'cpo.xls'), messages.oldWorkbookFormat('cpo.xls'))]);
    const txt = folder({ 'data.txt': csv(WD('2023-24', 44)) });
    expect(await problemsOf(loadSnsaData({ ownDataDir: join(txt, 'data.txt') }))).toEqual([where(join(txt, 'data.txt'), messages.notADataFile('data.txt'))]);
  });

  it('a file with no rows is an error, also beside other files', async () => {
    const d = folder({ 'a.csv': csv(WD('2023-24', 44)), 'b.csv': csv() });
    expect(await problemsOf(loadSnsaData({ ownDataDir: d }))).toEqual([
      { file: join(d, 'b.csv'), row: 1, column: null, columnLetter: null, message: fw.noRowsInFile() },
    ]);
  });

  it('data whose every row is left out is an error listing why', async () => {
    const d = folder({ 'a.csv': csv('cpo-commenced,Scotland,2023-24,15120,,published,JSW') });
    expect(await problemsOf(loadSnsaData({ ownDataDir: d }))).toEqual([
      where(d, messages.noUsableRows),
      { file: join(d, 'a.csv'), row: 2, column: 'area', columnLetter: 'B', message: fw.areaNameConverted('Scotland', 'S92000003', 'Scotland') },
      { file: join(d, 'a.csv'), row: 2, column: 'area', columnLetter: 'B', message: fw.scotlandRowNotUsed('cpo-commenced', '2023-24') },
    ]);
  });
});

describe('loadSnsaData({ ownDataDir }): what is checked and kept', () => {
  it('counts are checked against the embedded population aged 16–70', async () => {
    // datasets/real/population-16-70-unrebased.csv: West Dunbartonshire's largest, 65,712 in mid-1998
    const d = folder({ 'a.csv': csv(WD('2023-24', 65713, 'custody-referrals'), WD('2022-23', 65712, 'custody-referrals')) });
    expect(await problemsOf(loadSnsaData({ ownDataDir: d }))).toEqual([
      { file: join(d, 'a.csv'), row: 2, column: 'numerator', columnLetter: 'D', message: fw.countAbovePopulation('numerator', 65713, 'West Dunbartonshire', 65712, '1998') },
    ]);
  });

  it('own breakdown and group columns survive the merge, and the indicators use the totals', async () => {
    const d = folder({
      'a.csv': [
        `${HEADER},breakdown,group`,
        ...['2019-20', '2020-21', '2021-22', '2022-23', '2023-24'].map((p, i) => `${WD(p, 60 + i)},,`),
        `${WD('2023-24', 30)},Male,sex`,
        `${WD('2023-24', 34)},Female,sex`,
      ].join('\n'),
    });
    const data = await loadSnsaData({ ownDataDir: d });
    const own = (data.observations.objects() as Record<string, unknown>[]).filter((r) => r.indicator === 'diversion-commenced');
    expect(own.map((r) => [r.period, r.numerator, r.breakdown, r.group])).toEqual([
      ['2019-20', 60, null, null], ['2020-21', 61, null, null], ['2021-22', 62, null, null], ['2022-23', 63, null, null], ['2023-24', 64, null, null],
      ['2023-24', 30, 'Male', 'sex'], ['2023-24', 34, 'Female', 'sex'],
    ]);
    expect(data.warnings).toEqual([
      `a.csv: ${fw.breakdownRowsKept(2, 'diversion-commenced', 'rows 7–8')}`,
      coverage(['"diversion-commenced" (2019-20 to 2023-24)']),
    ]);
    // the embedded breakdowns keep theirs too (convictions by main penalty)
    expect((data.observations.objects() as Record<string, unknown>[]).some((r) => r.indicator === 'convictions-by-main-penalty' && r.breakdown === 'Fine')).toBe(true);
    // NI1b is the total: 64 in 2023-24, not refused as a repeated observation
    const results = computeIndicators({ observations: data.observations, indicators: ['NI1b'], areas: ['S12000039'], disclosure: false });
    const latest = (results.objects() as Record<string, unknown>[]).find((r) => r.area === 'S12000039' && r.period === '2023-24');
    expect(latest?.numerator).toBe(64);
  });

  it('warnings name file, row and column', async () => {
    const d = folder({ 'a.csv': csv(WD('2023-24', 40), WD('2023-24', 52, 'diversion-completed')) });
    const data = await loadSnsaData({ ownDataDir: d });
    expect(data.warnings).toEqual([
      `a.csv, row 3, column numerator: ${fw.flowRatioAbove100(52, 'diversion-commenced', 40, 'row 2', ['SM-diversion-completion'], '130.0%')}`,
      coverage(['"diversion-commenced" (2023-24)', '"diversion-completed" (2023-24)']),
    ]);
  });
});
