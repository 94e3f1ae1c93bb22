/**
 * Generate the synthetic lived-experience survey in datasets/synthetic/:
 * lived-experience-survey-synthetic.csv (an export laid out as Microsoft Forms
 * writes one, one row per response) and its question schema,
 * lived-experience-survey-synthetic.schema.json (docs/survey.md).
 *
 * Usage: npx tsx scripts/datasets/generate-survey.ts [outDir] [seed]   (defaults: datasets, 20240331)
 * generate-synthetic.ts runs it too. Same seed => byte-identical files.
 *
 * Every response is invented: two waves (autumn 2023 and autumn 2024) of a
 * partnership's survey of people with lived experience of community justice,
 * answers drawn from generator assumptions (a somewhat more positive second
 * wave on two statements), a small 65+ age band so the minimum-respondent
 * rule has work, and free-text comments holding made-up names, example.org
 * email addresses, Ofcom drama phone numbers and a made-up postcode, so the
 * redaction has work. Each row's Source cell says it is synthetic. Cells are
 * written with the small untidiness real exports have (a lower-case answer,
 * a curly apostrophe, Microsoft Forms' trailing ";" after multi-select
 * choices), which readSurvey accepts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCsv, type Cell } from './csv.js';
import { SeededRandom } from './random.js';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const SURVEY_CSV = 'lived-experience-survey-synthetic.csv';
export const SURVEY_SCHEMA_FILE = 'lived-experience-survey-synthetic.schema.json';

const AGREE = ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'];
const STATEMENTS: { id: string; column: string; weights: [number[], number[]]; dontKnow?: number }[] = [
  { id: 'respect', column: 'I was treated with respect by the staff I met', weights: [[30, 40, 12, 12, 6], [34, 42, 11, 9, 4]] },
  { id: 'listened', column: 'Staff listened to what I had to say', weights: [[22, 38, 16, 15, 9], [34, 44, 10, 8, 4]] },
  { id: 'expected', column: 'I understood what was expected of me', weights: [[28, 42, 14, 10, 6], [29, 43, 13, 10, 5]] },
  { id: 'mattered', column: 'I got help with what mattered most to me', weights: [[12, 28, 20, 24, 16], [20, 36, 18, 16, 10]], dontKnow: 6 },
  { id: 'hopeful', column: 'I feel more hopeful about the future', weights: [[18, 34, 24, 14, 10], [20, 35, 23, 13, 9]] },
];
const INVOLVEMENT = ['Diversion from prosecution', 'Bail supervision', 'Community Payback Order', 'Leaving prison', 'Other'];
const SUPPORT = ['Housing', 'Mental health', 'Drugs or alcohol', 'Money and benefits', 'Work or training', 'Family support'];
const AGE = ['16-25', '26-40', '41-64', '65+'];
const LOCALITY = ['North', 'Central', 'South'];
const COMMENTS = [
  'The staff were kind and did not judge me.',
  'It took too long to get a housing appointment.',
  'My worker Sarah was brilliant, she never gave up on me.',
  'I wish there was more help at weekends.',
  'Please can someone phone me back on 07700 900318 about my appointment.',
  'Mr Robertson at the office made me feel welcome.',
  'I did not know who to ask about my benefits.',
  'Group sessions helped me more than I expected.',
  'You can email me at j.bloggs@example.org if you want to hear more.',
  'The bus to the office costs too much.',
  'My social worker, Callum, helped me get into college.',
  'I moved to ZZ1 1ZZ and the new office is hard to get to.',
  'Being listened to made the difference.',
  'Fiona Smith in reception always says hello.',
  'More support for families please.',
  'Ring 0141 496 0072 and ask for me, my name is Dee.',
];
const WAVES = [
  { wave: '2023', n: 74, start: Date.UTC(2023, 8, 4), days: 70 },
  { wave: '2024', n: 86, start: Date.UTC(2024, 8, 2), days: 70 },
];

const pad = (n: number) => String(n).padStart(2, '0');
/** Day-first, as Microsoft Forms writes a UK export: 14/09/2023 10:32:05. */
const formsTime = (ms: number) => {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

export function surveySource(seed: number): string {
  return `synthetic demonstration data (cjsnsa generator, seed ${seed})`;
}

/** The question schema of the synthetic survey (as written to the .schema.json file). */
export function surveySchemaJson(seed: number): Record<string, unknown> {
  return {
    title: 'Lived experience survey (synthetic demonstration data)',
    source: `Example partnership lived experience survey, ${surveySource(seed)}`,
    synthetic: true,
    questions: [
      ...STATEMENTS.map((s) => ({ id: s.id, column: s.column, type: 'likert', levels: AGREE, ...(s.dontKnow ? { notOnScale: ["Don't know"] } : {}) })),
      { id: 'involvement', column: 'Which part of the justice system were you mostly involved with?', text: 'Mostly involved with', type: 'single-choice', options: INVOLVEMENT },
      { id: 'support', column: 'Which kinds of support did you get? (choose all that apply)', text: 'Support received', type: 'multi-select', options: SUPPORT, separator: ';' },
      { id: 'comments', column: 'Is there anything else you want to tell us?', type: 'free-text' },
    ],
    breakdowns: [
      { id: 'age', column: 'Age band', label: 'Age band', levels: AGE },
      { id: 'locality', column: 'Locality', label: 'Locality', levels: LOCALITY },
    ],
    wave: { column: 'Survey wave', order: WAVES.map((w) => w.wave) },
    timestamp: { column: 'Completion time', dateOrder: 'dmy' },
  };
}

export const SURVEY_COLUMNS = [
  'ID', 'Start time', 'Completion time', 'Email', 'Name', 'Survey wave', 'Age band', 'Locality',
  ...STATEMENTS.map((s) => s.column),
  'Which part of the justice system were you mostly involved with?',
  'Which kinds of support did you get? (choose all that apply)',
  'Is there anything else you want to tell us?',
  'Source',
];

/** Write the survey export and its schema into `outDir`/synthetic; returns the paths written (relative to outDir). */
export function generateSurvey(outDir: string, seed: number): string[] {
  const rng = new SeededRandom(seed ^ 0x5eed);
  const rows: Record<string, Cell>[] = [];
  let id = 0;
  for (const [w, wave] of WAVES.entries()) {
    for (let i = 0; i < wave.n; i++) {
      // a day in the wave's weeks, between 08:00 and 21:59
      const done = wave.start + rng.integer(0, wave.days - 1) * 86400000 + rng.integer(8 * 3600, 22 * 3600 - 1) * 1000;
      const row: Record<string, Cell> = {
        ID: ++id,
        'Start time': formsTime(done - rng.integer(180, 1500) * 1000),
        'Completion time': formsTime(done),
        Email: 'anonymous',
        Name: '',
        'Survey wave': wave.wave,
        // 65+ is small (about 2 in 100) so the minimum-respondent rule hides it; about 1 in 25 leave age blank
        'Age band': rng.chance(0.04) ? '' : AGE[rng.weightedIndex([28, 40, 30, 3.5])],
        Locality: LOCALITY[rng.weightedIndex([35, 40, 25])],
      };
      for (const s of STATEMENTS) {
        const skip = rng.chance(0.03);
        let answer = skip ? '' : s.dontKnow && rng.chance(s.dontKnow / 100) ? 'Don’t know' : AGREE[rng.weightedIndex(s.weights[w])];
        if (answer && rng.chance(0.02)) answer = answer.toLowerCase();
        row[s.column] = answer;
      }
      row['Which part of the justice system were you mostly involved with?'] = INVOLVEMENT[rng.weightedIndex([22, 14, 38, 18, 8])];
      const chosen = SUPPORT.filter((_, k) => rng.chance([0.35, 0.4, 0.3, 0.3, 0.2, 0.15][k]));
      row['Which kinds of support did you get? (choose all that apply)'] = chosen.length ? `${chosen.join(';')};` : '';
      row['Is there anything else you want to tell us?'] = rng.chance(0.4) ? COMMENTS[rng.integer(0, COMMENTS.length - 1)] : '';
      row.Source = surveySource(seed);
      rows.push(row);
    }
  }
  const dir = join(outDir, 'synthetic');
  mkdirSync(dir, { recursive: true });
  writeCsv(join(dir, SURVEY_CSV), SURVEY_COLUMNS, rows);
  writeFileSync(join(dir, SURVEY_SCHEMA_FILE), JSON.stringify(surveySchemaJson(seed), null, 2) + '\n', 'utf8');
  return [`synthetic/${SURVEY_CSV}`, `synthetic/${SURVEY_SCHEMA_FILE}`];
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outDir = resolve(process.argv[2] ?? join(repoRoot, 'datasets'));
  const seed = process.argv[3] ? Number(process.argv[3]) : 20240331;
  const files = generateSurvey(outDir, seed);
  console.log(`wrote ${files.join(', ')} to ${outDir} (seed ${seed})`);
}
