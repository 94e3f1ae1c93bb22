import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { DataError, readObservations, type DataIssue } from '@cjsnsa/core';
import { COUNCIL_AREAS, dataItems, messages, observationChecks, readCheckedObservations, validateObservations } from '../../src/index.js';

const HEADER = 'indicator,area,period,numerator,denominator,status,source';
const csv = (name: string, ...rows: string[]) => ({ name, data: [HEADER, ...rows].join('\n') + '\n' });
/** Items `x` and `y` stand for any data item the definitions do not know (no period kind, no proportion). */
const ITEMS = [...dataItems().map((i) => i.id), 'x', 'y'];
const readChecked = (source: { name: string; data: string }) => readObservations(source, { check: observationChecks({ items: ITEMS }), onProblems: 'return' });
const issue = (file: string, row: number | null, column: string | null, columnLetter: string | null, message: string): DataIssue => ({ file, row, column, columnLetter, message });

async function issuesOf(p: Promise<unknown> | (() => unknown)): Promise<DataIssue[]> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).issues;
  }
  throw new Error('expected a DataError');
}

describe('observationChecks()', () => {
  it('reads names, old codes, "Total" and groups joined by ";" as current GSS codes, with a warning', async () => {
    const { table, warnings } = await readChecked(csv('a.csv',
      'x,S12000039,2022,1,,,S',
      'x,Fife Council,2022,2,,,S',
      'x,s12000024,2022,3,,,S',
      'x,All areas,2022,4,,,S',
      'x,Inverclyde; Renfrewshire,2022,5,,,S',
    ));
    // council-areas.ts: S12000024 is Perth and Kinross's code before 2019 (now S12000048)
    expect(table.array('area')).toEqual(['S12000039', 'S12000047', 'S12000048', 'S92000003', 'S12000018;S12000038']);
    expect(warnings).toEqual([
      issue('a.csv', 3, 'area', 'B', messages.areaNameConverted('Fife Council', 'S12000047', 'Fife')),
      issue('a.csv', 4, 'area', 'B', messages.areaNameConverted('s12000024', 'S12000048', 'Perth and Kinross')),
      issue('a.csv', 5, 'area', 'B', messages.totalLabelRead('All areas')),
      issue('a.csv', 6, 'area', 'B', messages.areaNameConverted('Inverclyde; Renfrewshire', 'S12000018;S12000038', 'Inverclyde + Renfrewshire')),
    ]);
  });

  it('a blank area is reported once (by core), an unknown one with the nearest names', async () => {
    const { problems } = await readChecked(csv('a.csv', 'x,,2022,1,,,S', 'x,Fyfe,2022,1,,,S'));
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, 'area', 'area is blank but is required.'],
      [3, 'area', messages.areaNotFound('Fyfe', ['Fife'])],
    ]);
  });

  it('a numerator above its own denominator is a problem for proportions only', async () => {
    const { problems } = await readChecked(csv('a.csv',
      'confidence-in-justice,S92000003,2021-22,5601,5565,,SCJS', // NI9: respondents agreeing of respondents
      'reconvictions-residence,S12000039,2017-18,1650,1204,,SG', // a mean (reconvictions per offender) may exceed 1
    ));
    expect(problems).toEqual([issue('a.csv', 2, 'numerator', 'D', messages.numeratorAboveOwnDenominator(5601, 5565, ['NI9']))]);
  });
});

describe('validateObservations(reads)', () => {
  const councils = COUNCIL_AREAS.map((a) => a.code);

  it('leaves out a Scotland row among area rows; quiet when it is the sum of all 32, a warning when not', async () => {
    const rows = councils.map((c, i) => `x,${c},2022,${i + 1},,,S`); // 1 + 2 + … + 32 = 528
    const read = await readChecked(csv('a.csv', ...rows, 'x,S92000003,2022,528,,,S', 'y,S12000039,2022,10,,,S', 'y,Total,2022,9,,,S'));
    const { table, warnings } = validateObservations([read]);
    expect(table.numRows()).toBe(33);
    expect(table.array('area')).not.toContain('S92000003');
    expect(warnings.slice(1)).toEqual([
      issue('a.csv', 34, 'area', 'B', messages.totalsRowLeftOut('x', '2022')),
      issue('a.csv', 36, 'area', 'B', messages.totalsRowLeftOut('y', '2022')),
      // one area of 32 already above the total: cannot be right
      issue('a.csv', 36, 'numerator', 'D', messages.totalsDisagree(9, 10, 1)),
    ]);
  });

  it('keeps Scotland rows of a national-only series', async () => {
    const read = await readChecked(csv('a.csv', 'confidence-in-justice,S92000003,2021-22,4000,5565,,SCJS'));
    expect(validateObservations([read]).table.numRows()).toBe(1);
  });

  it('a numerator item above its denominator item, across files, names both', async () => {
    const a = await readChecked(csv('a.csv', 'release-health-continuity,S12000039,2023-24,31,,,SPS', 'release-health-continuity,S12000013,2023-24,3,,,SPS'));
    const b = await readChecked(csv('b.csv', 'prison-releases,S12000039,2023-24,30,,,SPS', 'prison-releases,S12000013,2023-24,4,,,SPS'));
    expect(await issuesOf(() => validateObservations([a, b]))).toEqual([
      issue('a.csv', 2, 'numerator', 'D', messages.numeratorAboveDenominatorItem(31, 'prison-releases', 30, 'b.csv, row 2', ['NI5'])),
    ]);
    // the choice of proportions can be given
    expect(validateObservations([a, b], { proportions: [] }).table.numRows()).toBe(4);
  });

  it('the same observation in two files: read once if identical, a problem if not', async () => {
    const a = await readChecked(csv('a.csv', 'x,S12000039,2022,5,,,S', 'x,S12000013,2022,6,,,S'));
    const b = await readChecked(csv('b.csv', 'x,S12000039,2022,5,,,S', 'x,Eilean Siar,2022,7,,,S'));
    expect(await issuesOf(() => validateObservations([a, b]))).toEqual([
      issue('b.csv', 3, null, null, messages.duplicateAcrossFiles('x | S12000013 | 2022 |  | ', 'a.csv', 3)),
    ]);
    const c = await readChecked(csv('c.csv', 'x,S12000039,2022,5,,,S'));
    const { table, warnings } = validateObservations([a, c]);
    expect(table.numRows()).toBe(2);
    expect(warnings).toEqual([issue('c.csv', 2, null, null, messages.duplicateAcrossFilesIdentical('a.csv', 2))]);
  });
});

describe('readCheckedObservations(sources)', () => {
  it('lists the problems of every file, row by row and across rows, in one error', async () => {
    const issues = await issuesOf(readCheckedObservations([
      csv('a.csv', 'cpo-completed,S12000039,2023-24,12a,,,JSW', 'cpo-completed,S12000013,2023-24,9,,,JSW'),
      csv('b.csv', 'cpo-terminated,Glasgo,2023-24,1,,,JSW', 'cpo-terminated,S12000013,2023-24,8,,,JSW'),
    ]));
    expect(issues.map((i) => [i.file, i.row, i.column])).toEqual([
      ['a.csv', 2, 'numerator'], // unreadable count
      ['a.csv', 3, 'numerator'], // 9 completed of 8 terminated (NI4)
      ['b.csv', 2, 'area'], // unknown area
    ]);
  });
});

describe('validateObservations(reads): what cannot be right, and what may be', () => {
  const councils = COUNCIL_AREAS.map((a) => a.code);
  const checked = (name: string, ...rows: string[]) => readObservations(csv(name, ...rows), { check: observationChecks({ items: ITEMS, today: new Date('2025-06-01') }), onProblems: 'return' });

  it('a file with column names and no rows is a problem, not a warning', async () => {
    const empty = await checked('b.csv');
    expect(await issuesOf(() => validateObservations([empty]))).toEqual([issue('b.csv', 1, null, null, messages.noRowsInFile())]);
  });

  it('completions over commencements: above 100% a warning, past 3 times and by more than 30 a problem', async () => {
    // FLOW_RATIO_LIMIT = 3, FLOW_RATIO_SLACK = 30: 45 of 15 is 3 times (a warning), 46 of 15 past it and 31 above (a problem)
    const a = await checked('a.csv',
      'diversion-commenced,S12000039,2023-24,15,,,S', 'diversion-completed,S12000039,2023-24,45,,,S',
      'diversion-commenced,S12000013,2023-24,15,,,S', 'diversion-completed,S12000013,2023-24,46,,,S',
    );
    expect(await issuesOf(() => validateObservations([a]))).toEqual([
      issue('a.csv', 5, 'numerator', 'D', messages.flowRatioImplausible(46, 'diversion-commenced', 15, 'row 4', ['SM-diversion-completion'], '306.7%', 3)),
    ]);
    const b = await checked('b.csv', 'diversion-commenced,S12000039,2023-24,15,,,S', 'diversion-completed,S12000039,2023-24,45,,,S');
    expect(validateObservations([b]).warnings).toEqual([
      issue('b.csv', 3, 'numerator', 'D', messages.flowRatioAbove100(45, 'diversion-commenced', 15, 'row 2', ['SM-diversion-completion'], '300.0%')),
    ]);
  });

  it('counts are checked against the largest population aged 16–70 given, and Scotland against the sum of the 32 areas', async () => {
    // every area 1,000 in 2018 and 1,200 in 2019: Scotland's largest is 32 × 1,200 = 38,400
    const population = aq.from(councils.flatMap((c) => [
      { indicator: 'population-16-70', area: c, period: '2018', numerator: 1000 },
      { indicator: 'population-16-70', area: c, period: '2019', numerator: 1200 },
    ]));
    const a = await checked('a.csv', 'cpo-commenced,S12000039,2023-24,1200,,,S', 'cpo-commenced,S12000039,2022-23,1201,,,S', 'confidence-in-justice,S92000003,2023-24,38401,40000,,S');
    expect(await issuesOf(() => validateObservations([a], { population }))).toEqual([
      issue('a.csv', 3, 'numerator', 'D', messages.countAbovePopulation('numerator', 1201, 'West Dunbartonshire', 1200, '2019')),
      issue('a.csv', 4, 'numerator', 'D', messages.countAbovePopulation('numerator', 38401, 'Scotland', 38400, '2019')),
      issue('a.csv', 4, 'denominator', 'E', messages.countAbovePopulation('denominator', 40000, 'Scotland', 38400, '2019')),
    ]);
  });

  it('breakdowns are summed within their group: two breakdowns of one total are each checked against it', async () => {
    const read = await readObservations(
      { name: 'a.csv', data: 'indicator,area,period,numerator,source,breakdown,group\nx,S12000039,2023,10,S,,\nx,S12000039,2023,6,S,F,sex\nx,S12000039,2023,4,S,M,sex\nx,S12000039,2023,7,S,16-25,age\nx,S12000039,2023,3,S,26+,age\n' },
      { check: observationChecks({ items: ITEMS }), onProblems: 'return' },
    );
    const { table, warnings } = validateObservations([read]);
    expect(table.numRows()).toBe(5);
    expect(warnings).toEqual([issue('a.csv', null, null, null, messages.breakdownRowsKept(4, 'x', 'rows 3–6'))]);
  });

  it('council-area rows of a Scotland-only series are left out, with a warning', async () => {
    const a = await checked('a.csv', 'confidence-in-justice,S12000039,2023-24,40,80,,S', 'confidence-in-justice,S92000003,2023-24,4000,5565,,S');
    const { table, warnings } = validateObservations([a]);
    expect(table.array('area')).toEqual(['S92000003']);
    expect(warnings).toEqual([issue('a.csv', 2, 'area', 'B', messages.areaRowNotUsed('confidence-in-justice', ['NI9']))]);
  });
});
