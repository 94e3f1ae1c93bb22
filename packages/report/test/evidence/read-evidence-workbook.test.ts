import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '@cjsnsa/core';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EVIDENCE_CSV_FILES,
  evidenceScale,
  evidenceTemplateCsv,
  messages,
  readEvidenceWorkbook,
  TEN_POINT_SCALE,
  writeEvidenceTemplate,
} from '../../src/index.js';
import { fillEvidenceWorkbook, type Entries } from './fill-evidence-workbook.js';

const area = { code: 'S12000039', name: 'West Dunbartonshire' };
let dir: string;
let template: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evidence-'));
  template = await writeEvidenceTemplate({ area, asOf: '2025-01-01' });
});

async function filled(entries: Entries, name = 'filled.xlsx', base = template): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, await fillEvidenceWorkbook(base, entries));
  return file;
}

async function problemsOf(file: string) {
  try {
    await readEvidenceWorkbook(file);
  } catch (err) {
    expect(err).toBeInstanceOf(DataError);
    return (err as DataError).issues;
  }
  throw new Error('expected a DataError');
}

// Layout of the template: Local measures and Evidence rows 2-4 are Outcome 1, 5-7 Outcome 2, …, 26-28 Outcome 9, 29 Priority action 1 …
describe('writeEvidenceTemplate(options) then readEvidenceWorkbook(file)', () => {
  it('reads an empty template back: every outcome unscored, no measures, no evidence', async () => {
    const file = join(dir, 'empty.xlsx');
    await writeFile(file, template);
    const wb = await readEvidenceWorkbook(file);
    expect(wb.area).toEqual(area);
    expect(wb.scale.id).toBe('six-point');
    expect(wb.scores.map((s) => [s.outcome, s.score])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((o) => [o, null]));
    expect(wb.measures).toEqual([]);
    expect(wb.items).toEqual([]);
  });

  it('round-trips what a coordinator fills in: scores, local measures and evidence items', async () => {
    const file = await filled({
      scores: { C2: '4 Good', D2: 'Completions up', E2: 'Case reviews', F2: 'Extend to 16-17s', G2: new Date(Date.UTC(2025, 0, 15)), H2: 'CJP board', C5: 6 },
      measures: {
        B2: 'Diversion completed within 6 months', C2: '2022-23', D2: 25, E2: 40, F2: 'Higher', G2: 'Case management system',
        B3: 'Diversion completed within 6 months', C3: '2023-24', D3: 30, E3: 45, F3: 'Higher', G3: 'Case management system',
        B5: 'Custody referrals to recovery cafe', C5: '2023', D5: 12,
        A30: 'Priority action 2', B30: 'Custody nurse contacts', C30: '2023-24 Q3', D30: 40,
      },
      evidence: { B2: 'Diversion annual review 2024', C2: 'Document or report', D2: 'https://example.org/review.pdf', E2: new Date(Date.UTC(2024, 5, 30)), F2: 'Justice social work' },
    });
    const wb = await readEvidenceWorkbook(file);
    expect(wb.scores[0]).toEqual({
      outcome: 1, wording: 'More people successfully complete diversion from prosecution', score: 4, scoreLabel: 'Good',
      howAreWeDoing: 'Completions up', howDoWeKnow: 'Case reviews', whatNext: 'Extend to 16-17s', scoredOn: '2025-01-15', scoredBy: 'CJP board', row: 2,
    });
    expect(wb.scores[3]).toMatchObject({ outcome: 4, score: 6, scoreLabel: 'Excellent' });
    expect(wb.measures.map((m) => [m.block.label, m.measure, m.period, m.periodKind, m.numerator, m.denominator, m.betterWhen, m.row])).toEqual([
      ['Outcome 1', 'Diversion completed within 6 months', '2022-23', 'financial-year', 25, 40, 'Higher', 2],
      ['Outcome 1', 'Diversion completed within 6 months', '2023-24', 'financial-year', 30, 45, 'Higher', 3],
      ['Outcome 2', 'Custody referrals to recovery cafe', '2023', 'calendar-year', 12, null, 'Not judged', 5],
      ['Priority action 2', 'Custody nurse contacts', '2023-24 Q3', 'quarter', 40, null, 'Not judged', 30],
    ]);
    expect(wb.measures[3]!.block.outcomes).toEqual([2]);
    expect(wb.items).toEqual([
      expect.objectContaining({ evidence: 'Diversion annual review 2024', kind: 'Document or report', link: 'https://example.org/review.pdf', date: '2024-06-30', heldBy: 'Justice social work', row: 2 }),
    ]);
    expect(wb.warnings).toEqual([]);
  });

  it('writes Excel data validation on every column a wrong entry can be typed into', () => {
    const files = unzipSync(template);
    const names = strFromU8(files['xl/workbook.xml']!).match(/<sheet [^>]*name="[^"]*"/g)!.map((s) => /name="([^"]*)"/.exec(s)![1]);
    const sheetXml = (name: string) => strFromU8(files[`xl/worksheets/sheet${names.indexOf(name) + 1}.xml`]!);
    const validations = (name: string) => [...sheetXml(name).matchAll(/<dataValidation type="(\w+)"[^>]*sqref="([^"]+)"/g)].map((m) => [m[2], m[1]]);
    expect(validations('Self-evaluation')).toEqual([['C2:C10', 'list'], ['G2:G10', 'date']]);
    expect(validations('Local measures')).toEqual([['A2:A500', 'list'], ['C2:C500', 'custom'], ['D2:D500', 'whole'], ['E2:E500', 'whole'], ['F2:F500', 'list']]);
    expect(validations('Evidence')).toEqual([['A2:A500', 'list'], ['C2:C500', 'list'], ['E2:E500', 'date']]);
    // the score list is the scale's, from the hidden Lists sheet
    expect(sheetXml('Self-evaluation')).toContain('<formula1>&apos;Lists&apos;!$B$2:$B$7</formula1>');
    expect(sheetXml('Local measures')).toMatch(/<dataValidation type="whole" allowBlank="1"[^>]*sqref="E2:E500"><formula1>1<\/formula1><formula2>999999999<\/formula2>/);
  });

  it('marks the six-point scale as the toolkit\'s assumption on the Read me sheet', async () => {
    const wb = await readEvidenceWorkbook(await filled({}, 'readme.xlsx'));
    expect(wb.scale.assumption).toMatch(/this toolkit's assumption/);
    const files = unzipSync(template);
    expect(strFromU8(files['xl/sharedStrings.xml']!).replace(/&apos;/g, "'")).toContain("is this toolkit's assumption, taken from the Care Inspectorate's self-evaluation model");
  });
});

describe('readEvidenceWorkbook(file) names every problem by file, sheet, row and column', () => {
  const measures = (file: string) => `${file}, sheet Local measures`;
  const cases: [string, Entries, { sheet: string; row: number; column: string; columnLetter: string; message: string }[]][] = [
    ['a score off the scale', { scores: { C3: '7' } }, [{ sheet: 'Self-evaluation', row: 3, column: 'Score', columnLetter: 'C', message: messages.evidenceScoreNotOnScale('7', ['6 Excellent', '5 Very good', '4 Good', '3 Adequate', '2 Weak', '1 Unsatisfactory']) }]],
    ['a score whose label is not its number\'s', { scores: { C3: '4 Excellent' } }, [{ sheet: 'Self-evaluation', row: 3, column: 'Score', columnLetter: 'C', message: messages.evidenceScoreNotOnScale('4 Excellent', ['6 Excellent', '5 Very good', '4 Good', '3 Adequate', '2 Weak', '1 Unsatisfactory']) }]],
    ['an outcome number changed', { scores: { A4: 12 } }, [{ sheet: 'Self-evaluation', row: 4, column: 'Outcome', columnLetter: 'A', message: messages.evidenceBadOutcomeRow('12', 9) }]],
    ['an outcome twice', { scores: { A4: 1 } }, [{ sheet: 'Self-evaluation', row: 4, column: 'Outcome', columnLetter: 'A', message: messages.evidenceRepeatedOutcome(1, 2) }]],
    ['a scored-on date that is not one', { scores: { G2: 'last March' } }, [{ sheet: 'Self-evaluation', row: 2, column: 'Scored on', columnLetter: 'G', message: messages.evidenceBadDate('Scored on', 'last March') }]],
    ['an unknown outcome', { measures: { A2: 'Outcome 10', B2: 'x', C2: '2023-24', D2: 5 } }, [{ sheet: 'Local measures', row: 2, column: 'Outcome or priority action', columnLetter: 'A', message: messages.evidenceUnknownBlock('Outcome 10', 9, 13) }]],
    ['a count that is not a whole number', { measures: { B2: 'x', C2: '2023-24', D2: 4.5 } }, [{ sheet: 'Local measures', row: 2, column: 'Numerator', columnLetter: 'D', message: messages.evidenceNotCount('Numerator', '4.5') }]],
    ['a negative count', { measures: { B2: 'x', C2: '2023-24', D2: -3 } }, [{ sheet: 'Local measures', row: 2, column: 'Numerator', columnLetter: 'D', message: messages.evidenceNotCount('Numerator', '-3') }]],
    ['a zero denominator', { measures: { B2: 'x', C2: '2023-24', D2: 0, E2: 0 } }, [{ sheet: 'Local measures', row: 2, column: 'Denominator', columnLetter: 'E', message: messages.evidenceZeroDenominator }]],
    ['a numerator above its denominator', { measures: { B2: 'x', C2: '2023-24', D2: 50, E2: 45 } }, [{ sheet: 'Local measures', row: 2, column: 'Numerator', columnLetter: 'D', message: messages.evidenceNumeratorAboveDenominator(50, 45) }]],
    ['a period that is not one', { measures: { B2: 'x', C2: '2023-25', D2: 5 } }, [{ sheet: 'Local measures', row: 2, column: 'Period', columnLetter: 'C', message: messages.evidenceBadPeriod('2023-25') }]],
    ['figures with no measure name or period', { measures: { D2: 5 } }, [
      { sheet: 'Local measures', row: 2, column: 'Measure', columnLetter: 'B', message: messages.evidenceBlankRequired('Measure') },
      { sheet: 'Local measures', row: 2, column: 'Period', columnLetter: 'C', message: messages.evidenceBlankRequired('Period') },
    ]],
    ['one measure in two kinds of period', { measures: { B2: 'x', C2: '2023-24', D2: 5, B3: 'x', C3: '2023', D3: 6 } }, [{ sheet: 'Local measures', row: 3, column: 'Period', columnLetter: 'C', message: messages.evidenceMixedPeriods('x', 'calendar year', 'financial year', 2) }]],
    ['one measure and period twice', { measures: { B2: 'x', C2: '2023-24', D2: 5, B3: 'x', C3: '2023/24', D3: 6 } }, [{ sheet: 'Local measures', row: 3, column: 'Period', columnLetter: 'C', message: messages.evidenceRepeatedMeasure('x', '2023-24', 2) }]],
    ['a count and a percentage under one name', { measures: { B2: 'x', C2: '2022-23', D2: 5, E2: 10, B3: 'x', C3: '2023-24', D3: 6 } }, [{ sheet: 'Local measures', row: 3, column: 'Denominator', columnLetter: 'E', message: messages.evidenceMixedDenominator('x', 2) }]],
    ['one measure under two outcomes', { measures: { B2: 'x', C2: '2022-23', D2: 5, B5: 'x', C5: '2023-24', D5: 6 } }, [{ sheet: 'Local measures', row: 5, column: 'Outcome or priority action', columnLetter: 'A', message: messages.evidenceMeasureTwoBlocks('x', 'Outcome 1', 2) }]],
    ['a better-when that is not a choice', { measures: { B2: 'x', C2: '2023-24', D2: 5, F2: 'More' } }, [{ sheet: 'Local measures', row: 2, column: 'Better when', columnLetter: 'F', message: messages.evidenceBadBetterWhen('More') }]],
    ['evidence with no description', { evidence: { D2: 'https://example.org' } }, [{ sheet: 'Evidence', row: 2, column: 'Evidence', columnLetter: 'B', message: messages.evidenceBlankEvidence }]],
    ['an evidence kind that is not a choice', { evidence: { B2: 'Review', C2: 'Rumour' } }, [{ sheet: 'Evidence', row: 2, column: 'Kind', columnLetter: 'C', message: messages.evidenceBadKind('Rumour', ['Service data', 'Document or report', 'Case study', 'Lived experience', 'Partner feedback', 'Inspection or audit', 'Other']) }]],
    ['an evidence date that is not one', { evidence: { B2: 'Review', E2: '31/02/2024' } }, [{ sheet: 'Evidence', row: 2, column: 'Date', columnLetter: 'E', message: messages.evidenceBadDate('Date', '31/02/2024') }]],
    ['a priority action that does not exist', { evidence: { A2: 'Priority action 14', B2: 'Review' } }, [{ sheet: 'Evidence', row: 2, column: 'Outcome or priority action', columnLetter: 'A', message: messages.evidenceUnknownBlock('Priority action 14', 9, 13) }]],
  ];
  for (const [what, entries, expected] of cases) {
    it(`reports ${what}`, async () => {
      const file = await filled(entries, `bad-${what.replace(/\W+/g, '-')}.xlsx`);
      const issues = await problemsOf(file);
      expect(issues).toEqual(expected.map((e) => ({ file: `${file}, sheet ${e.sheet}`, row: e.row, column: e.column, columnLetter: e.columnLetter, message: e.message })));
    });
  }

  it('lists every problem of a workbook at once, sheet by sheet', async () => {
    const file = await filled({ scores: { C2: '9' }, measures: { B2: 'x', C2: 'soon', D2: 'many' }, evidence: { C2: 'Rumour' } }, 'many.xlsx');
    const issues = await problemsOf(file);
    expect(issues.map((i) => [i.file, i.row, i.column])).toEqual([
      [`${file}, sheet Self-evaluation`, 2, 'Score'],
      [measures(file), 2, 'Period'],
      [measures(file), 2, 'Numerator'],
      [`${file}, sheet Evidence`, 2, 'Evidence'],
      [`${file}, sheet Evidence`, 2, 'Kind'],
    ]);
  });

  it('warns, without stopping, about a link that is neither a web address nor a file path', async () => {
    const wb = await readEvidenceWorkbook(await filled({ evidence: { B2: 'Review', D2: 'ask Jo' } }, 'link.xlsx'));
    expect(wb.warnings).toEqual([{ file: expect.stringMatching(/sheet Evidence$/), row: 2, column: 'Link', columnLetter: 'D', message: messages.evidenceLinkWarning('ask Jo') }]);
  });

  it('refuses a workbook that is not a local evidence workbook, and one with a column taken out', async () => {
    const other = join(dir, 'other.csv');
    await writeFile(other, 'indicator,area\nx,y\n');
    await expect(readEvidenceWorkbook(other)).rejects.toThrow(messages.evidenceNotWorkbook(other));
    const csvDir = join(dir, 'no-column');
    await mkdir(csvDir);
    const files = evidenceTemplateCsv({ area });
    for (const [name, text] of Object.entries(files)) await writeFile(join(csvDir, name), name === EVIDENCE_CSV_FILES.measures ? text.replace(',Better when', '') : text);
    const issues = await problemsOf(csvDir);
    expect(issues).toEqual([{ file: join(csvDir, 'local-measures.csv'), row: 1, column: 'Better when', columnLetter: null, message: messages.evidenceMissingColumn('Better when') }]);
  });
});

describe('self-evaluation scales', () => {
  it('takes a ten-point scale: 1 to 10 in the drop-down and on reading', async () => {
    const ten = await writeEvidenceTemplate({ area, scale: TEN_POINT_SCALE, asOf: '2025-01-01' });
    const wb = await readEvidenceWorkbook(await filled({ scores: { C2: 8, C3: '10', C4: '1' } }, 'ten.xlsx', ten));
    expect(wb.scale.levels.map((l) => l.score)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(wb.scores.slice(0, 4).map((s) => [s.score, s.scoreLabel])).toEqual([[8, null], [10, null], [1, null], [null, null]]);
    expect(strFromU8(unzipSync(ten)['xl/worksheets/sheet4.xml']!)).toContain('<formula1>&apos;Lists&apos;!$B$2:$B$11</formula1>');
    const issues = await problemsOf(await filled({ scores: { C2: '11' } }, 'ten-bad.xlsx', ten));
    expect(issues[0]!.message).toBe(messages.evidenceScoreNotOnScale('11', ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1']));
  });

  it('the default six-point scale refuses 7, which the ten-point scale takes', async () => {
    const issues = await problemsOf(await filled({ scores: { C2: 7 } }, 'six-seven.xlsx'));
    expect(issues.map((i) => [i.row, i.column, i.message])).toEqual([[2, 'Score', messages.evidenceScoreNotOnScale('7', ['6 Excellent', '5 Very good', '4 Good', '3 Adequate', '2 Weak', '1 Unsatisfactory'])]]);
  });

  it('reads a scale from a JSON file, highest score first, and names the file when it is wrong', async () => {
    const file = join(dir, 'scale.json');
    await writeFile(file, JSON.stringify({ id: 'four-point', name: 'Four-point', levels: [{ score: 1, label: 'Poor' }, { score: 4, label: 'Strong' }, { score: 2, label: 'Fair' }, { score: 3, label: 'Good' }] }));
    expect(evidenceScale(file).levels.map((l) => l.score)).toEqual([4, 3, 2, 1]);
    const bad = join(dir, 'bad-scale.json');
    await writeFile(bad, JSON.stringify({ id: 'x', name: 'x', levels: [{ score: 1 }, { score: 1 }] }));
    expect(() => evidenceScale(bad)).toThrow(messages.evidenceScaleFile(bad, 'levels: each score may appear once'));
    expect(() => evidenceScale('seven-point')).toThrow(messages.evidenceUnknownScale('seven-point'));
  });
});

describe('the CSV form', () => {
  it('is read back like the workbook, from its folder', async () => {
    const csvDir = join(dir, 'csv-form');
    await mkdir(csvDir);
    const files = evidenceTemplateCsv({ area, scale: TEN_POINT_SCALE });
    expect(Object.keys(files).sort()).toEqual(['about.csv', 'annual-report.csv', 'evidence.csv', 'local-measures.csv', 'self-evaluation.csv']);
    for (const [name, text] of Object.entries(files)) await writeFile(join(csvDir, name), text);
    const measuresCsv = join(csvDir, 'local-measures.csv');
    const lines = (await readFile(measuresCsv, 'utf8')).split('\n');
    lines[1] = 'Outcome 1,Completed on time,2023-24,3,,Higher,Case system,';
    await writeFile(measuresCsv, lines.join('\n'));
    const scoresCsv = join(csvDir, 'self-evaluation.csv');
    const scoreLines = (await readFile(scoresCsv, 'utf8')).split('\n');
    scoreLines[1] = scoreLines[1]!.replace(/,+$/, '') + ',9,,,,2025-01-15,';
    await writeFile(scoresCsv, scoreLines.join('\n'));
    const wb = await readEvidenceWorkbook(csvDir);
    expect(wb.scale.id).toBe('ten-point');
    expect(wb.scores[0]).toMatchObject({ outcome: 1, score: 9, scoredOn: '2025-01-15', row: 2 });
    expect(wb.measures.map((m) => [m.measure, m.period, m.numerator, m.denominator, m.betterWhen, m.row])).toEqual([['Completed on time', '2023-24', 3, null, 'Higher', 2]]);
  });
});
