/**
 * The bad-input corpus (test/fixtures/bad-input/, one file per case): each
 * case gets a catalogued error naming file, row and column, or a warning that
 * is carried into the output; where the outcome is a warning no valid row is
 * lost, and where it is an error every problem in the file is listed (up to
 * a CSV quoting problem, where csv-parse stops reading).
 *
 * Files are read as `snsa --data` reads a partnership's own files: framework's
 * readCheckedObservations (core's readObservations with framework's checks).
 * The expected values are read off the fixtures by hand.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, messages, readObservations, type DataIssue } from '@cjsnsa/core';
import { coverageGaps, messages as fw, readCheckedObservations } from '@cjsnsa/framework';
import { DataProblemsError, loadSnsaData } from '../../packages/report/src/data/load-snsa-data.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'test/fixtures/bad-input');
const fixture = (name: string) => join(DIR, name);

const read = (name: string) => readCheckedObservations([fixture(name)]);
async function problemsOf(name: string): Promise<DataIssue[]> {
  try {
    await read(name);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).issues;
  }
  throw new Error(`expected ${name} to be refused`);
}
/** An issue or warning as readers report them. */
const at = (file: string, row: number | null, column: string | null, columnLetter: string | null, message: string): DataIssue => ({
  file: fixture(file), row, column, columnLetter, message,
});
const rowsOf = (t: { objects(): unknown }) => t.objects() as Record<string, unknown>[];

const COUNCILS = [
  'S12000005', 'S12000006', 'S12000008', 'S12000010', 'S12000011', 'S12000013', 'S12000014', 'S12000017',
  'S12000018', 'S12000019', 'S12000020', 'S12000021', 'S12000023', 'S12000026', 'S12000027', 'S12000028',
  'S12000029', 'S12000030', 'S12000033', 'S12000034', 'S12000035', 'S12000036', 'S12000038', 'S12000039',
  'S12000040', 'S12000041', 'S12000042', 'S12000045', 'S12000047', 'S12000048', 'S12000049', 'S12000050',
];

describe('bad input: errors list every problem by file, row and column', () => {
  it('unbalanced quotes: the first is located where its quote opens, and reading stops there', async () => {
    // csv-parse stops at the first quoting error and cannot go on past it, so only the first
    // problem is listed: 5" (row 6), "71"x (row 8) and 12a (row 9) are found once it is fixed.
    // Each kind of quoting problem is checked on its own in packages/core/test/io/csv-rows.test.ts.
    expect(await problemsOf('unbalanced-quotes.csv')).toEqual([
      // row 3 opens a quote in the area column and never closes it (it runs on into row 4's quote)
      at('unbalanced-quotes.csv', 3, 'area', 'B', messages.unclosedQuote()),
    ]);
  });

  it('unquoted thousands separators: every row with an extra cell', async () => {
    expect(await problemsOf('thousands-unquoted.csv')).toEqual([
      at('thousands-unquoted.csv', 3, null, null, messages.extraCells(7, 8)),
      at('thousands-unquoted.csv', 5, null, null, messages.extraCells(7, 8)),
    ]);
  });

  it('duplicated indicator × area × period rows with different values, also after an area name is read as its code', async () => {
    expect(await problemsOf('duplicate-rows.csv')).toEqual([
      // "Fife" on row 3 is S12000047, as on row 2
      at('duplicate-rows.csv', 3, null, null, messages.duplicateObservation('diversion-commenced | S12000047 | 2023-24 |  | ', 2)),
      at('duplicate-rows.csv', 5, null, null, messages.duplicateObservation('diversion-commenced | S12000039 | 2023-24 |  | ', 4)),
    ]);
  });

  it('unknown area names: an error naming the nearest council areas', async () => {
    expect(await problemsOf('unknown-areas.csv')).toEqual([
      at('unknown-areas.csv', 2, 'area', 'B', fw.areaNotFound('Glasgo', ['Glasgow City'])),
      at('unknown-areas.csv', 5, 'area', 'B', fw.areaNotFound('West Dunbartonshir', ['West Dunbartonshire', 'East Dunbartonshire'])),
      at('unknown-areas.csv', 6, 'area', 'B', fw.areaNotFound('Atlantis', [])),
    ]);
  });

  it('a numerator above its denominator for a proportion: on one row, and across data items', async () => {
    expect(await problemsOf('numerator-above-denominator.csv')).toEqual([
      // reconvicted offenders above the cohort (NI10 and SM-reconviction-rate use this item's own base)
      at('numerator-above-denominator.csv', 3, 'numerator', 'D', fw.numeratorAboveOwnDenominator(8012, 7890, ['NI10', 'SM-reconviction-rate'])),
      // CPOs completed above CPOs terminated (NI4, SM-cpo-completion)
      at('numerator-above-denominator.csv', 5, 'numerator', 'D', fw.numeratorAboveDenominatorItem(131, 'cpo-terminated', 120, 'row 4', ['NI4', 'SM-cpo-completion'])),
      at('numerator-above-denominator.csv', 9, 'numerator', 'D', fw.numeratorAboveDenominatorItem(31, 'prison-releases', 30, 'row 8', ['NI6'])),
      // not row 7: diversion completions over commencements in a year can exceed 100% (SM-diversion-completion's caveat)
    ]);
  });

  it('negative counts: every one, numerator or denominator; "-" is nil, not negative', async () => {
    expect(await problemsOf('negative-counts.csv')).toEqual([
      at('negative-counts.csv', 3, 'numerator', 'D', messages.schemaIssue('numerator', 'cannot be negative')),
      at('negative-counts.csv', 5, 'denominator', 'E', messages.schemaIssue('denominator', 'cannot be negative')),
      at('negative-counts.csv', 6, 'numerator', 'D', messages.schemaIssue('numerator', 'cannot be negative')),
    ]);
  });

  it('an empty file', async () => {
    expect(await problemsOf('empty.csv')).toEqual([at('empty.csv', 1, null, null, messages.emptyFile(fixture('empty.csv')))]);
  });

  it('a header with no rows: nothing can come of it, an error (core alone reads it with a warning)', async () => {
    expect(await problemsOf('header-only.csv')).toEqual([at('header-only.csv', 1, null, null, fw.noRowsInFile())]);
    expect((await readObservations(fixture('header-only.csv'))).warnings).toEqual([at('header-only.csv', 1, null, null, messages.noDataRows())]);
  });

  it('unknown data items: an error naming the nearest ids', async () => {
    expect(await problemsOf('unknown-data-items.csv')).toEqual([
      // the nearest by edit distance (framework nearest()), at most three
      at('unknown-data-items.csv', 2, 'indicator', 'A', fw.unknownDataItem('diversion-commence', ['diversion-commenced', 'diversion-completed', 'diversion-assessments'])),
      at('unknown-data-items.csv', 4, 'indicator', 'A', fw.unknownDataItem('CPO commenced', ['cpo-commenced', 'dtto-commenced', 'cpo-completed'])),
      // nothing near: the message points to the list of data items
      at('unknown-data-items.csv', 5, 'indicator', 'A', fw.unknownDataItem('unpaid-work-hours', [])),
    ]);
  });

  it('periods of the wrong kind, not begun, or before any series: an error naming the periods meant or the nearest', async () => {
    expect(await problemsOf('unknown-periods.csv')).toEqual([
      // CPOs are counted by financial year; population estimates by calendar year (mid-year)
      at('unknown-periods.csv', 2, 'period', 'C', fw.periodKindMismatch('2023', 'calendar year', 'cpo-commenced', 'financial year (2023-24)', ['2023-24', '2022-23'])),
      at('unknown-periods.csv', 3, 'period', 'C', fw.periodKindMismatch('2023-24 Q2', 'financial-year quarter', 'cpo-commenced', 'financial year (2023-24)', ['2023-24'])),
      at('unknown-periods.csv', 4, 'period', 'C', fw.periodKindMismatch('2022-23', 'financial year', 'population-16-70', 'calendar year (2023; population estimates are for 30 June)', ['2022'])),
      // the nearest financial years by edit distance, ties in text order
      at('unknown-periods.csv', 5, 'period', 'C', fw.periodNotBegun('2032-33', '1 April 2032', ['2002-03', '2012-13', '2022-23'])),
      at('unknown-periods.csv', 6, 'period', 'C', fw.periodTooEarly('1923-24', 1981, ['1983-84', '1993-94', '2023-24'])),
    ]);
  });

  it('several council areas joined in one row, for a count made per area: an error', async () => {
    expect(await problemsOf('area-groups.csv')).toEqual([
      at('area-groups.csv', 2, 'area', 'B', fw.areaGroupNotUsed('Inverclyde; Renfrewshire', 'cpo-commenced')),
    ]);
  });

  it('counts beyond any plausible size: above 2^53 − 1, or above the area\'s whole population aged 16–70', async () => {
    expect(await problemsOf('implausible-counts.csv')).toEqual([
      at('implausible-counts.csv', 3, 'numerator', 'D', fw.countNotSafe('numerator', '100000000000000000000')),
      // the file's own population row: West Dunbartonshire 62,610 in mid-2018
      at('implausible-counts.csv', 4, 'numerator', 'D', fw.countAbovePopulation('numerator', 70412, 'West Dunbartonshire', 62610, '2018')),
      at('implausible-counts.csv', 6, 'denominator', 'E', fw.countAbovePopulation('denominator', 62611, 'West Dunbartonshire', 62610, '2018')),
    ]);
  });

  it('completions far above commencements (a ratio of two flows past 3 times, and by more than 30): an error', async () => {
    expect(await problemsOf('flow-ratio-implausible.csv')).toEqual([
      // 9999 / 282 = 35.457… → 3,545.7%; 36 / 5 = 720.0% (36 − 5 = 31 > 30)
      at('flow-ratio-implausible.csv', 3, 'numerator', 'D', fw.flowRatioImplausible(9999, 'diversion-commenced', 282, 'row 2', ['SM-diversion-completion'], '3,545.7%', 3)),
      at('flow-ratio-implausible.csv', 5, 'numerator', 'D', fw.flowRatioImplausible(36, 'diversion-commenced', 5, 'row 4', ['SM-diversion-completion'], '720.0%', 3)),
      // not row 7: 35 of 5 is only 30 above, so small numbers are not refused
    ]);
  });

  it('breakdown rows adding up to more than their total, and two totals that differ: an error', async () => {
    expect(await problemsOf('breakdown-above-total.csv')).toEqual([
      // 150 + 201 = 351 > 322
      at('breakdown-above-total.csv', 2, 'numerator', 'D', fw.breakdownAboveTotal(351, 322, 'age_band', 'rows 3–4')),
      // 12 + 11 = 23 > 21, with no group column to tell breakdowns apart
      at('breakdown-above-total.csv', 5, 'numerator', 'D', fw.breakdownAboveTotal(23, 21, null, 'rows 7–8')),
      at('breakdown-above-total.csv', 6, 'numerator', 'D', fw.totalRowsDiffer(20, 'row 5', 21)),
    ]);
  });
});

describe('bad input: warnings carried with the data, no valid row lost', () => {
  it('a semicolon-separated CSV from a European-locale Excel is read, decimal commas and all', async () => {
    const { table, warnings } = await read('semicolon-delimited.csv');
    expect(warnings).toEqual([at('semicolon-delimited.csv', null, null, null, messages.delimiterDetected(';', true))]);
    expect(rowsOf(table).map((r) => [r.area, r.numerator, r.denominator, r.status])).toEqual([
      ['S12000039', 312, 1204, 'published'],
      ['S12000049', 2161, 7890, 'published'],
      ['S12000023', null, 86, 'suppressed'],
      ['S12000036', 1003, 3997, 'published'],
    ]);
    // a quoted value may hold the delimiter
    expect(table.get('source', 3)).toBe('Reconviction Rates in Scotland; 2017-18 offender cohort');
  });

  it('a UTF-8 byte-order mark is not part of the first column name', async () => {
    const { table, warnings } = await read('utf8-bom.csv');
    expect(warnings).toEqual([]);
    expect(table.columnNames().slice(0, 2)).toEqual(['indicator', 'area']);
    expect(rowsOf(table).map((r) => [r.indicator, r.period, r.numerator])).toEqual([
      ['diversion-commenced', '2022-23', 41],
      ['diversion-commenced', '2023-24', 38],
      ['diversion-assessments', '2023-24', 52],
    ]);
  });

  it('Windows-1252 text is decoded as such, accents and dashes intact, with a warning naming the file', async () => {
    const { table, warnings } = await read('windows-1252.csv');
    expect(warnings).toEqual([
      at('windows-1252.csv', null, null, null, messages.decodedAsWindows1252()),
      at('windows-1252.csv', 2, 'area', 'B', fw.areaNameConverted('Comhairle nan Eilean Siar', 'S12000013', 'Na h-Eileanan Siar')),
      at('windows-1252.csv', 3, 'area', 'B', fw.areaNameConverted('Na h-Eileanan Siar', 'S12000013', 'Na h-Eileanan Siar')),
    ]);
    expect(rowsOf(table).map((r) => [r.area, r.period, r.numerator, r.source])).toEqual([
      ['S12000013', '2023-24', 14, 'Comhairle nan Eilean Siar \u2013 Ste\u00f2rnabhagh justice social work return'],
      ['S12000013', '2022-23', 11, 'Comhairle nan Eilean Siar \u2013 Ste\u00f2rnabhagh justice social work return'],
      ['S12000013', '2021-22', 9, '\u00d2rdugh na Comhairle\u2019s return'],
    ]);
  });

  it('quoted thousands separators are read as numbers', async () => {
    const core = await readObservations(fixture('thousands-separators.csv'));
    expect(rowsOf(core.table).map((r) => [r.numerator, r.denominator])).toEqual([[461170, null], [265372, null], [3802850, null], [2161, 7890]]);
    // checked, the Scotland row among council rows is left out (Scotland is the sum of the areas)
    const { table, warnings } = await read('thousands-separators.csv');
    expect(warnings).toEqual([at('thousands-separators.csv', 4, 'area', 'B', fw.totalsRowLeftOut('population-16-70', '2018'))]);
    expect(rowsOf(table).map((r) => [r.numerator, r.denominator])).toEqual([[461170, null], [265372, null], [2161, 7890]]);
  });

  it('suppression and other table symbols: each row kept, with the status its symbol means', async () => {
    const { table, warnings } = await read('suppression-symbols.csv');
    // the GSS symbols guidance and JSW conventions (docs/data.md, "Numbers and symbols")
    expect(rowsOf(table).map((r) => [r.numerator, r.status])).toEqual([
      [null, 'suppressed'], // [c]
      [null, 'not-available'], // [x]
      [null, 'not-applicable'], // [z]
      [null, 'low-figure'], // *
      [null, 'not-available'], // ..
      [0, 'published'], // - (nil)
      [null, 'low-figure'], // [low]
      [null, 'not-available'], // [w]
      [56, 'provisional'], // 56 [p]
      [12, 'revised'], // 12 [r]
      [null, 'not-applicable'], // blank
      [null, 'suppressed'], // a number on a row whose status says suppressed
    ]);
    expect(warnings).toEqual([at('suppression-symbols.csv', 13, 'numerator', 'D', messages.suppressedWithValue('numerator'))]);
  });

  it('blank lines are skipped and totals rows inside area data are left out and checked against the sum of the areas', async () => {
    const { table, warnings } = await read('blank-lines-and-totals.csv');
    const rows = rowsOf(table);
    // 32 council areas in each of two years; the Scotland and Total rows are not areas
    expect(rows.length).toBe(64);
    for (const period of ['2022-23', '2023-24']) expect(rows.filter((r) => r.period === period).map((r) => r.area)).toEqual(COUNCILS);
    // the fixture's council values are 100 + 7i (2022-23) and 110 + 5i (2023-24), i = 0..31
    expect(rows.map((r) => r.numerator)).toEqual([...COUNCILS.map((_, i) => 100 + 7 * i), ...COUNCILS.map((_, i) => 110 + 5 * i)]);
    expect(warnings).toEqual([
      at('blank-lines-and-totals.csv', 35, 'area', 'B', fw.areaNameConverted('Scotland', 'S92000003', 'Scotland')),
      at('blank-lines-and-totals.csv', 70, 'area', 'B', fw.totalLabelRead('Total')),
      at('blank-lines-and-totals.csv', 35, 'area', 'B', fw.totalsRowLeftOut('cpo-commenced', '2022-23')),
      at('blank-lines-and-totals.csv', 70, 'area', 'B', fw.totalsRowLeftOut('cpo-commenced', '2023-24')),
      // 2022-23: Scotland = 6672 = sum of 100 + 7i; 2023-24: the sum of 110 + 5i is 3520 + 5 × 496 = 6000, not 6100
      at('blank-lines-and-totals.csv', 70, 'numerator', 'D', fw.totalsDisagree(6100, 6000, 32)),
    ]);
  });

  it('a row repeating another exactly is read once, with a warning', async () => {
    const { table, warnings } = await read('duplicate-rows-identical.csv');
    expect(warnings).toEqual([at('duplicate-rows-identical.csv', 4, null, null, messages.duplicateIdentical(3))]);
    expect(rowsOf(table).map((r) => [r.indicator, r.period, r.numerator])).toEqual([
      ['diversion-commenced', '2022-23', 38],
      ['diversion-commenced', '2023-24', 41],
      ['diversion-assessments', '2023-24', 57],
    ]);
  });

  it('official names, old codes and variants are read as current GSS codes, with a warning each', async () => {
    const { table, warnings } = await read('area-names.csv');
    expect(table.array('area')).toEqual(['S12000036', 'S12000035', 'S12000047', 'S12000013', 'S12000023', 'S12000039']);
    expect(warnings).toEqual([
      at('area-names.csv', 2, 'area', 'B', fw.areaNameConverted('Edinburgh, City of', 'S12000036', 'City of Edinburgh')),
      at('area-names.csv', 3, 'area', 'B', fw.areaNameConverted('Argyll & Bute', 'S12000035', 'Argyll and Bute')),
      at('area-names.csv', 4, 'area', 'B', fw.areaNameConverted('S12000015', 'S12000047', 'Fife')),
      at('area-names.csv', 5, 'area', 'B', fw.areaNameConverted('Eilean Siar', 'S12000013', 'Na h-Eileanan Siar')),
      at('area-names.csv', 6, 'area', 'B', fw.areaNameConverted('Orkney', 'S12000023', 'Orkney Islands')),
    ]);
  });

  it('non-integer counts are kept as given, with a warning', async () => {
    const { table, warnings } = await read('fractional-counts.csv');
    expect(table.array('numerator')).toEqual([140, 12.5, 29.1]);
    expect(warnings).toEqual([
      at('fractional-counts.csv', 3, 'numerator', 'D', messages.fractionalCount('numerator', 12.5)),
      at('fractional-counts.csv', 4, 'numerator', 'D', messages.fractionalCount('numerator', 29.1)),
    ]);
  });

  it('a period not yet over is read, with a warning', async () => {
    const { table, warnings } = await readCheckedObservations([fixture('period-not-over.csv')], { today: new Date('2024-12-01') });
    expect(table.array('period')).toEqual(['2023-24', '2024-25']);
    expect(warnings).toEqual([at('period-not-over.csv', 3, 'period', 'C', fw.periodNotOver('2024-25', '31 March 2025'))]);
  });

  it('completions above commencements in a year (a ratio of two flows that can pass 100%): read, with a warning', async () => {
    const { table, warnings } = await read('flow-ratio-above-100.csv');
    expect(table.numRows()).toBe(4);
    expect(warnings).toEqual([
      // 52 / 40 = 130.0%; 4 of 0 has no value
      at('flow-ratio-above-100.csv', 3, 'numerator', 'D', fw.flowRatioAbove100(52, 'diversion-commenced', 40, 'row 2', ['SM-diversion-completion'], '130.0%')),
      at('flow-ratio-above-100.csv', 5, 'numerator', 'D', fw.flowRatioAbove100(4, 'diversion-commenced', 0, 'row 4', ['SM-diversion-completion'], 'without a value (0 to divide by)')),
    ]);
  });

  it('breakdown rows are checked and kept beside their totals; a repeated total is read once; a breakdown without a total is said', async () => {
    const { table, warnings } = await read('breakdowns.csv');
    expect(rowsOf(table).map((r) => [r.period, r.numerator, r.breakdown, r.group])).toEqual([
      ['2023-24', 322, null, null],
      ['2023-24', 270, 'Male', 'sex'],
      ['2023-24', 52, 'Female', 'sex'],
      ['2023-24', 150, '16-25', 'age_band'],
      ['2023-24', 172, '26+', 'age_band'],
      ['2022-23', 118, 'Male', 'sex'],
      ['2022-23', 20, 'Female', 'sex'],
    ]);
    expect(warnings).toEqual([
      at('breakdowns.csv', 5, 'breakdown', 'H', fw.totalRowRepeated('row 2')),
      at('breakdowns.csv', 8, 'breakdown', 'H', fw.breakdownWithoutTotal('cpo-commenced', 'S12000039', '2022-23')),
      at('breakdowns.csv', null, null, null, fw.breakdownRowsKept(6, 'cpo-commenced', 'rows 3–4, 6–9')),
    ]);
  });

  it('rows no indicator would use are left out, each with a warning', async () => {
    const { table, warnings } = await read('rows-not-used.csv');
    expect(rowsOf(table).map((r) => [r.indicator, r.area])).toEqual([['confidence-in-justice', 'S92000003']]);
    expect(warnings).toEqual([
      at('rows-not-used.csv', 4, 'area', 'B', fw.areaNameConverted('Scotland', 'S92000003', 'Scotland')),
      at('rows-not-used.csv', 3, 'area', 'B', fw.areaRowNotUsed('confidence-in-justice', ['NI9'])),
      at('rows-not-used.csv', 4, 'area', 'B', fw.scotlandRowNotUsed('cpo-commenced', '2023-24')),
    ]);
  });

  it('data for some council areas only: one warning per set of areas, naming the totals that cannot be formed', async () => {
    const { table, warnings } = await read('partial-coverage.csv');
    expect(warnings).toEqual([]);
    expect(table.numRows()).toBe(4);
    // West Dunbartonshire and Inverclyde are both in LGBF people-based family group 4 (council-areas.ts)
    expect(coverageGaps(table)).toEqual([
      { file: null, row: null, column: null, columnLetter: null, message: fw.partialCoverage(['"diversion-commenced" (2022-23)', '"diversion-completed" (2023-24)'], 1, ['West Dunbartonshire'], ['LGBF people-based family group 4']) },
      { file: null, row: null, column: null, columnLetter: null, message: fw.partialCoverage(['"diversion-commenced" (2023-24)'], 2, ['Inverclyde', 'West Dunbartonshire'], ['LGBF people-based family group 4']) },
    ]);
  });

  it('an XLSX laid out as official workbooks are: merged title, notes, a two-row header with merged cells', async () => {
    const file = fixture('official-workbook.xlsx');
    // core alone finds the header (rows 5–6) and keeps Excel's row numbers and column letters
    const core = await readObservations(file);
    expect(core.warnings).toEqual([at('official-workbook.xlsx', 6, null, null, messages.headerFound(6, 1, true))]);
    expect(core.origin.rows).toEqual([7, 8, 9, 10, 11, 12]);
    expect(core.origin.columns.numerator).toEqual({ column: 'Count', columnLetter: 'D' });
    expect(core.origin.columns.area).toEqual({ column: 'Council area', columnLetter: 'B' });

    const { table, warnings } = await read('official-workbook.xlsx');
    expect(rowsOf(table).map((r) => [r.area, r.period, r.numerator, r.denominator, r.status])).toEqual([
      ['S12000039', '2022-23', 310, null, 'published'],
      ['S12000039', '2023-24', 322, null, 'published'],
      ['S12000013', '2022-23', null, null, 'suppressed'],
      ['S12000013', '2023-24', 21, null, 'provisional'],
      ['S12000049', '2022-23', 1234, null, 'published'],
      ['S12000049', '2023-24', 1301, null, 'published'],
    ]);
    expect(warnings).toEqual([
      at('official-workbook.xlsx', 6, null, null, messages.headerFound(6, 1, true)),
      ...[7, 8].map((row) => at('official-workbook.xlsx', row, 'Council area', 'B', fw.areaNameConverted('West Dunbartonshire', 'S12000039', 'West Dunbartonshire'))),
      ...[11, 12].map((row) => at('official-workbook.xlsx', row, 'Council area', 'B', fw.areaNameConverted('Glasgow City', 'S12000049', 'Glasgow City'))),
    ]);
  });
});

describe("bad input in a partnership's own data directory (snsa --data)", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const ownDir = (...names: string[]) => {
    const d = mkdtempSync(join(tmpdir(), 'cjsnsa-bad-input-'));
    dirs.push(d);
    for (const n of names) copyFileSync(fixture(n), join(d, n));
    return d;
  };

  it('warnings reach the SNSA data (and so the report) with file, row and column; names become codes', async () => {
    const data = await loadSnsaData({ ownDataDir: ownDir('area-names.csv') });
    expect(data.warnings).toContain(`area-names.csv, row 4, column area: ${fw.areaNameConverted('S12000015', 'S12000047', 'Fife')}`);
    expect(data.ownItems).toEqual(['cpo-commenced']);
    const own = (data.observations.objects() as Record<string, unknown>[]).filter((r) => r.indicator === 'cpo-commenced');
    expect(own.map((r) => r.area)).toEqual(['S12000036', 'S12000035', 'S12000047', 'S12000013', 'S12000023', 'S12000039']);
  });

  it('problems in several files are all listed together, and nothing is loaded', async () => {
    const dir = ownDir('unknown-areas.csv', 'numerator-above-denominator.csv');
    let error: unknown = null;
    try {
      await loadSnsaData({ ownDataDir: dir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataProblemsError);
    const issues = (error as DataProblemsError).issues;
    expect(issues.map((i) => [i.file, i.row, i.column])).toEqual([
      [join(dir, 'numerator-above-denominator.csv'), 3, 'numerator'],
      [join(dir, 'numerator-above-denominator.csv'), 5, 'numerator'],
      [join(dir, 'numerator-above-denominator.csv'), 9, 'numerator'],
      [join(dir, 'unknown-areas.csv'), 2, 'area'],
      [join(dir, 'unknown-areas.csv'), 5, 'area'],
      [join(dir, 'unknown-areas.csv'), 6, 'area'],
    ]);
  });

  it('the same observation in two files with different values is an error', async () => {
    const dir = ownDir('duplicate-rows-identical.csv', 'utf8-bom.csv');
    let error: unknown = null;
    try {
      await loadSnsaData({ ownDataDir: dir });
    } catch (e) {
      error = e;
    }
    // both files give diversion data for West Dunbartonshire, with different numbers
    const first = join(dir, 'duplicate-rows-identical.csv');
    expect((error as DataProblemsError).issues).toEqual([
      { file: join(dir, 'utf8-bom.csv'), row: 2, column: null, columnLetter: null, message: fw.duplicateAcrossFiles('diversion-commenced | S12000039 | 2022-23 |  | ', first, 2) },
      { file: join(dir, 'utf8-bom.csv'), row: 3, column: null, columnLetter: null, message: fw.duplicateAcrossFiles('diversion-commenced | S12000039 | 2023-24 |  | ', first, 3) },
      { file: join(dir, 'utf8-bom.csv'), row: 4, column: null, columnLetter: null, message: fw.duplicateAcrossFiles('diversion-assessments | S12000039 | 2023-24 |  | ', first, 5) },
    ]);
  });
});

describe('bad input: a 200 MB case extract', () => {
  let work: string | null = null;
  afterAll(() => work && rmSync(work, { recursive: true, force: true }));

  it('is counted per area × financial year × measure by streaming, under a 64 MB heap, with nothing lost', () => {
    work = mkdtempSync(join(tmpdir(), 'cjsnsa-200mb-'));
    // One block of 4,096 cases, written over and over until the file passes 200 MB.
    // Every 16th case has no start date yet (not counted); every 3rd has a quoted note holding a comma.
    const measures = ['diversion-commenced', 'cpo-commenced', 'bail-supervision-commenced', 'custody-referrals'];
    const ages = ['16-17', '18-25', '26-30', '31-40', '41-50', '51+'];
    const lines: string[] = [];
    const expectedBlock = new Map<string, number>();
    let seed = 7;
    let startedInBlock = 0;
    for (let i = 0; i < 4096; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const year = 2017 + (seed % 7);
      const month = 1 + ((seed >>> 3) % 12);
      const day = 1 + ((seed >>> 7) % 28);
      const area = COUNCILS[(seed >>> 9) % 32];
      const measure = measures[(seed >>> 14) % 4];
      const started = i % 16 !== 5;
      const date = started ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : '';
      const note = i % 3 === 0 ? '"referred by Police Scotland, assessed"' : 'assessed by justice social work';
      lines.push(`CASE${String(i).padStart(7, '0')},${area},${measure},${date},${ages[(seed >>> 16) % 6]},${(seed >>> 19) % 2 ? 'F' : 'M'},${note}`);
      if (!started) continue;
      startedInBlock++;
      // financial year by hand: April to March
      const fy = month >= 4 ? year : year - 1;
      const key = `${area}|${fy}-${String((fy + 1) % 100).padStart(2, '0')}|${measure}`;
      expectedBlock.set(key, (expectedBlock.get(key) ?? 0) + 1);
    }
    const block = Buffer.from(lines.join('\r\n') + '\r\n');
    const file = join(work, 'cases.csv');
    const fd = openSync(file, 'w');
    writeSync(fd, 'case_id,area,measure,start_date,age_band,sex,notes\r\n');
    let repeats = 0;
    for (let size = 0; size < 200e6; size += block.length) {
      writeSync(fd, block);
      repeats++;
    }
    closeSync(fd);
    const bytes = statSync(file).size;
    expect(bytes).toBeGreaterThan(200e6);

    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=64', '--max-semi-space-size=8', '--import', 'tsx', join(ROOT, 'test/bad-input/stream-count.child.mts'), file],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 },
    );
    // a 64 MB heap cannot hold a 200 MB file: had it been loaded, V8 would have aborted
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const out = JSON.parse(child.stdout) as { read: number; counted: number; warnings: unknown[]; counts: [string, string, string, number][]; before: number; peak: number };

    expect(out.read).toBe(4096 * repeats);
    expect(out.counted).toBe(startedInBlock * repeats);
    expect(out.warnings).toEqual([]);
    const got = new Map(out.counts.filter((c) => c[3] > 0).map(([a, p, m, n]) => [`${a}|${p}|${m}`, n]));
    expect(got).toEqual(new Map([...expectedBlock].map(([k, n]) => [k, n * repeats])));
    // the full cross: 32 areas × 8 financial years (January 2017 is in 2016-17, December 2023 in 2023-24) × 4 measures
    expect(out.counts.length).toBe(32 * 8 * 4);

    // memory (peak resident set): the whole process, loader and compiler included (about 95 MB before
    // reading), stays below the file's size, and reading it added less than half of that (about 50 MB measured)
    expect(out.peak).toBeLessThan(bytes * 0.85);
    expect(out.peak - out.before).toBeLessThan(bytes / 2);
  }, 120_000);
});
