import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DataError } from '@cjsnsa/core';
import { FreeTextAnswer, messages, readSurvey, surveySchema } from '../../src/index.js';
import { AGREE, HEADER, csv, schema } from './fixtures.js';

const CONTACT = ['Court', 'Social work', 'Friend or family', 'Other'];
const SUPPORT = ['Housing', 'Mental health', 'Drugs, alcohol', 'Employability'];
const LIKERT = [...AGREE, "Don't know"];

const good = [
  HEADER,
  ['1', '31/05/2024 14:03:22', 'anon@example.org', 'A Person', '2024', '26-40', 'Strongly agree', 'Court', 'Housing;Mental health;', 'My worker Sarah was kind'],
  ['2', '2024-06-01 09:15', '', '', '2024', '', 'agree ', 'social WORK', '', ''],
  ['3', '1/6/2023 9:00 PM', '', '', '2023', '65+', 'Don’t know', '', 'Drugs, alcohol;Housing', ''],
];

const issuesOf = async (rows: string[][], s = schema) => {
  try {
    await readSurvey({ name: 'survey.csv', data: csv(rows) }, s);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as DataError).issues;
  }
  throw new Error('expected a DataError');
};

describe('readSurvey(source, schema)', () => {
  it('reads a Microsoft Forms style CSV into typed responses', async () => {
    const survey = await readSurvey({ name: 'survey.csv', data: csv(good) }, schema);
    expect(survey.file).toBe('survey.csv');
    expect(survey.waves).toEqual(['2023', '2024']);
    expect(survey.period).toEqual({ first: '2023-06-01T21:00:00', last: '2024-06-01T09:15:00' });
    const [a, b, c] = survey.responses;
    expect(a.row).toBe(2);
    expect(a.wave).toBe('2024');
    expect(a.timestamp).toBe('2024-05-31T14:03:22');
    expect(a.groups).toEqual({ age: '26-40' });
    expect(a.answers.respect).toBe('Strongly agree');
    expect(a.answers.contact).toBe('Court');
    // a trailing separator, as Microsoft Forms writes, is not a choice
    expect(a.answers.support).toEqual(['Housing', 'Mental health']);
    expect(a.answers.comments).toBeInstanceOf(FreeTextAnswer);
    // case and spaces do not matter; answers come back in the schema's spelling; blank = no answer
    expect(b.answers).toMatchObject({ respect: 'Agree', contact: 'Social work', support: null, comments: null });
    expect(b.groups).toEqual({ age: null });
    // a curly apostrophe matches a straight one; an option holding the separator is kept whole
    expect(c.answers.respect).toBe("Don't know");
    expect(c.answers.support).toEqual(['Drugs, alcohol', 'Housing']);
  });

  it('never reads the columns the schema does not name (the Name and Email columns go no further)', async () => {
    const survey = await readSurvey({ name: 'survey.csv', data: csv(good) }, schema);
    const text = JSON.stringify(survey.responses);
    expect(text).not.toContain('anon@example.org');
    expect(text).not.toContain('A Person');
  });

  it('holds free text so that it prints as a placeholder, never as the words', async () => {
    const survey = await readSurvey({ name: 'survey.csv', data: csv(good) }, schema);
    const answer = survey.responses[0].answers.comments;
    expect(`${answer}`).toBe(messages.surveyFreeTextPlaceholder);
    expect(JSON.stringify(survey.responses[0])).not.toContain('Sarah');
    const { inspect } = await import('node:util');
    expect(inspect(survey.responses[0], { depth: 5 })).not.toContain('Sarah');
  });

  it('reads an XLSX export (first sheet) with the same rows and Excel row numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Form1');
    for (const r of good) ws.addRow(r);
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const survey = await readSurvey({ name: 'survey.xlsx', data }, schema);
    expect(survey.responses.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(survey.responses[2].answers.support).toEqual(['Drugs, alcohol', 'Housing']);
  });

  it('leaves out the rows a Qualtrics export writes under its header (rowsBelowHeader: 2)', async () => {
    const qualtrics = surveySchema({ ...schema, rowsBelowHeader: 2 });
    const rows = [HEADER, HEADER.map((h) => `${h} (question text)`), HEADER.map(() => '{"ImportId":"QID1"}'), good[1]];
    const survey = await readSurvey({ name: 'q.csv', data: csv(rows) }, qualtrics);
    expect(survey.responses.map((r) => r.row)).toEqual([4]);
  });

  it('names every column the schema wants that the header lacks, by file and row 1', async () => {
    const header = HEADER.filter((h) => h !== 'Age band' && h !== 'Which support did you use?');
    const issues = await issuesOf([header, good[1].slice(0, header.length)]);
    expect(issues).toEqual([
      { file: 'survey.csv', row: 1, column: 'Which support did you use?', columnLetter: null, message: messages.surveyMissingColumn('Which support did you use?', 'question support') },
      { file: 'survey.csv', row: 1, column: 'Age band', columnLetter: null, message: messages.surveyMissingColumn('Age band', 'breakdown age') },
    ]);
  });

  it('lists every bad cell with file, row, column, column letter and the nearest valid answer', async () => {
    const rows = [
      HEADER,
      ['1', '31/05/2024 14:03', '', '', '2024', '26-40', 'Stongly agree', 'Court', 'Housing', ''],
      ['2', '31/02/2024 10:00', '', '', '2O24', '26 to 40', 'Agree', 'Socal work', 'Housing;Mental helth;Housing', ''],
      ['3', 'yesterday', '', '', '', '65+', 'Agree', 'Court', 'Housing;housing', ''],
    ];
    const issues = await issuesOf(rows);
    const at = (row: number, column: string, columnLetter: string, message: string) => ({ file: 'survey.csv', row, column, columnLetter, message });
    expect(issues).toEqual([
      at(2, 'I was treated with respect', 'G', messages.surveyUnknownAnswer('Stongly agree', 'Strongly agree', LIKERT)),
      at(3, 'Wave', 'E', messages.surveyUnknownWave('2O24', '2024', ['2023', '2024'])),
      at(3, 'Completion time', 'B', messages.surveyBadTimestamp('31/02/2024 10:00', 'dmy')),
      at(3, 'Age band', 'F', messages.surveyUnknownGroup('26 to 40', '26-40', ['16-25', '26-40', '41-64', '65+'])),
      at(3, 'How did you first hear about the service?', 'H', messages.surveyUnknownAnswer('Socal work', 'Social work', CONTACT)),
      at(3, 'Which support did you use?', 'I', messages.surveyUnknownAnswer('Mental helth', 'Mental health', SUPPORT)),
      at(3, 'Which support did you use?', 'I', messages.surveyRepeatedChoice('Housing')),
      at(4, 'Wave', 'E', messages.surveyBlankWave),
      at(4, 'Completion time', 'B', messages.surveyBadTimestamp('yesterday', 'dmy')),
      at(4, 'Which support did you use?', 'I', messages.surveyRepeatedChoice('Housing')),
    ]);
    // the thrown error's own message starts with the first problem's location
    await expect(readSurvey({ name: 'survey.csv', data: csv(rows) }, schema)).rejects.toThrow(/survey\.csv/);
  });

  it('reads the timestamps survey tools write: ISO, day-first, Google Forms with its zone, a date alone', async () => {
    const times = ['2024-06-01T09:15:00Z', '01/06/2024 09:15', '2024/06/01 9:15:00 AM GMT+1', '2024/6/1 9:15:00 pm GMT', '01/06/2024', '1.6.2024 21:15'];
    const survey = await readSurvey({ name: 's.csv', data: csv([HEADER, ...times.map((t) => ['1', t, '', '', '2024', '', '', '', '', ''])]) }, schema);
    expect(survey.responses.map((r) => r.timestamp)).toEqual(['2024-06-01T09:15:00', '2024-06-01T09:15:00', '2024-06-01T09:15:00', '2024-06-01T21:15:00', '2024-06-01', '2024-06-01T21:15:00']);
  });

  it('reads month-first timestamps when the schema says mdy, and rejects day 13 as a month', async () => {
    const mdy = surveySchema({ ...schema, timestamp: { column: 'Completion time', dateOrder: 'mdy' } });
    const ok = await readSurvey({ name: 's.csv', data: csv([HEADER, ['1', '5/31/2024 2:03:00 PM', '', '', '2024', '', '', '', '', '']]) }, mdy);
    expect(ok.responses[0].timestamp).toBe('2024-05-31T14:03:00');
    const issues = await issuesOf([HEADER, ['1', '31/05/2024 14:03', '', '', '2024', '', '', '', '', '']], mdy);
    expect(issues.map((i) => i.message)).toEqual([messages.surveyBadTimestamp('31/05/2024 14:03', 'mdy')]);
  });
});

describe('surveySchema(input)', () => {
  it('fills in the neutral level and how many levels are positive', () => {
    const q = schema.questions[0];
    expect(q).toMatchObject({ neutral: 'Neither agree nor disagree', positive: 2 });
    const even = surveySchema({ title: 't', questions: [{ id: 'q', column: 'Q', type: 'likert', levels: ['Yes, a lot', 'Yes, a little', 'No'] , positive: 2, neutral: null }] });
    expect(even.questions[0]).toMatchObject({ neutral: null, positive: 2 });
  });

  it('lists every problem by its path in one catalogued message', () => {
    expect(() => surveySchema({ title: 'Survey', questions: [] }, 'schema.json')).toThrow(
      messages.surveySchemaInvalid('schema.json', ['questions: Too small: expected array to have >=1 items']),
    );
    expect(() =>
      surveySchema({
        title: 'Survey',
        questions: [
          { id: 'q1', column: 'Q1', type: 'likert', levels: ['Agree', 'Disagree'], neutral: 'Unsure' },
          { id: 'q1', column: 'Q2', type: 'single-choice', options: ['A', 'B'] },
        ],
      }),
    ).toThrow(messages.surveySchemaInvalid('survey schema', ['questions.1.id: id "q1" is used twice', 'questions.0.neutral: neutral "Unsure" is not one of the levels']));
  });
});
