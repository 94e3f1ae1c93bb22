import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { messages } from '../messages.js';

const text = z.string().trim().min(1);

const base = {
  /** Short id used in results and chart files: lower-case letters, digits and dashes. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
  /** The column header in the export, exactly as the survey tool writes it (matched ignoring case and spaces at the ends). */
  column: text,
  /** The question as shown in results. __Default value:__ the column header. */
  text: text.optional(),
};

const likert = z
  .object({
    ...base,
    type: z.literal('likert'),
    /** The answers on the scale, from most positive to most negative, e.g. Strongly agree … Strongly disagree. */
    levels: z.array(text).min(2),
    /** How many of the first levels count as positive (agree). __Default value:__ half the levels, rounded down. */
    positive: z.number().int().min(1).optional(),
    /** The neutral middle level, if any. __Default value:__ the middle level when there is an odd number. */
    neutral: text.nullable().optional(),
    /** Valid answers that are not on the scale (e.g. Don't know): counted, but not drawn as part of the scale. */
    notOnScale: z.array(text).default([]),
  })
  .strict();

const singleChoice = z
  .object({ ...base, type: z.literal('single-choice'), options: z.array(text).min(2) })
  .strict();

const multiSelect = z
  .object({
    ...base,
    type: z.literal('multi-select'),
    options: z.array(text).min(2),
    /** What separates the choices in one cell. __Default value:__ `';'` (Microsoft Forms; Google Forms writes `', '`). */
    separator: z.string().min(1).default(';'),
  })
  .strict();

const freeText = z.object({ ...base, type: z.literal('free-text') }).strict();

const breakdown = z
  .object({
    id: base.id,
    column: text,
    /** The breakdown's name in results, e.g. Age band. __Default value:__ the column header. */
    label: text.optional(),
    /** The allowed values, in display order. __Default value:__ any value, in order of text. */
    levels: z.array(text).optional(),
  })
  .strict();

/**
 * The zod schema of a survey's question schema (see {@link SurveySchema}).
 *
 * @example
 * ```ts
 * SURVEY_SCHEMA.safeParse({ title: 'x', questions: [] }).success; // false: at least one question
 * ```
 */
export const SURVEY_SCHEMA = z
  .object({
    /** The survey's name, for titles. */
    title: text,
    /** Who ran it and when, for the source note under every chart. __Default value:__ the title. */
    source: text.optional(),
    /** Whether the responses are synthetic demonstration data (labelled on every output). __Default value:__ `false`. */
    synthetic: z.boolean().default(false),
    questions: z.array(z.discriminatedUnion('type', [likert, singleChoice, multiSelect, freeText])).min(1),
    /** Columns to break results down by (e.g. age band, area). */
    breakdowns: z.array(breakdown).default([]),
    /** The column saying which wave (round, period) each response belongs to. */
    wave: z.object({ column: text, order: z.array(text).optional() }).strict().optional(),
    /** Rows under the header row that are not responses, left out (Qualtrics writes two: the question text and import ids). __Default value:__ `0`. */
    rowsBelowHeader: z.number().int().min(0).max(10).default(0),
    /** The column with the time each response was made; checked, and its range reported. */
    timestamp: z.object({ column: text, dateOrder: z.enum(['dmy', 'mdy']).default('dmy') }).strict().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    for (const [i, q] of [...s.questions, ...s.breakdowns].entries()) {
      if (ids.has(q.id)) ctx.addIssue({ code: 'custom', message: `id "${q.id}" is used twice`, path: [i < s.questions.length ? 'questions' : 'breakdowns', i < s.questions.length ? i : i - s.questions.length, 'id'] });
      ids.add(q.id);
    }
    s.questions.forEach((q, i) => {
      if (q.type !== 'likert') return;
      const known = [...q.levels, ...q.notOnScale].map((l) => l.toLowerCase());
      if (new Set(known).size !== known.length) ctx.addIssue({ code: 'custom', message: 'a level is listed twice', path: ['questions', i, 'levels'] });
      if (q.positive !== undefined && q.positive >= q.levels.length) ctx.addIssue({ code: 'custom', message: 'positive must leave at least one level that is not positive', path: ['questions', i, 'positive'] });
      if (q.neutral && !q.levels.some((l) => l.toLowerCase() === q.neutral!.toLowerCase())) ctx.addIssue({ code: 'custom', message: `neutral "${q.neutral}" is not one of the levels`, path: ['questions', i, 'neutral'] });
    });
  });

/**
 * A Likert question of a {@link SurveySchema}: `levels` from most positive to most negative.
 *
 * @example
 * ```ts
 * const q: LikertQuestion = { id: 'respect', column: 'I was treated with respect', type: 'likert',
 *   levels: ['Agree', 'Neither', 'Disagree'], positive: 1, neutral: 'Neither', notOnScale: [] };
 * ```
 */
export interface LikertQuestion {
  id: string;
  column: string;
  text?: string;
  type: 'likert';
  levels: string[];
  /** How many of the first levels count as positive (filled in by {@link surveySchema}). */
  positive?: number;
  /** The neutral level, or `null` for none (filled in by {@link surveySchema}). */
  neutral?: string | null;
  /** Valid answers off the scale, e.g. Don't know. */
  notOnScale: string[];
}

/**
 * A single-choice question of a {@link SurveySchema}.
 *
 * @example
 * ```ts
 * const q: SingleChoiceQuestion = { id: 'contact', column: 'How did you hear about us?', type: 'single-choice', options: ['Court', 'Other'] };
 * ```
 */
export interface SingleChoiceQuestion {
  id: string;
  column: string;
  text?: string;
  type: 'single-choice';
  options: string[];
}

/**
 * A multi-select question of a {@link SurveySchema}: the choices in one cell, split at `separator`.
 *
 * @example
 * ```ts
 * const q: MultiSelectQuestion = { id: 'support', column: 'Which support?', type: 'multi-select', options: ['Housing', 'Money'], separator: ';' };
 * ```
 */
export interface MultiSelectQuestion {
  id: string;
  column: string;
  text?: string;
  type: 'multi-select';
  options: string[];
  separator: string;
}

/**
 * A free-text question of a {@link SurveySchema}: never summarised, printed only on request ({@link freeTextAnswers}).
 *
 * @example
 * ```ts
 * const q: FreeTextQuestion = { id: 'comments', column: 'Anything else?', type: 'free-text' };
 * ```
 */
export interface FreeTextQuestion {
  id: string;
  column: string;
  text?: string;
  type: 'free-text';
}

/**
 * One question of a {@link SurveySchema}.
 *
 * @example
 * ```ts
 * const q: SurveyQuestion = { id: 'support', column: 'Which support did you use?', type: 'multi-select',
 *   options: ['Housing', 'Mental health', 'Employability'], separator: ';' };
 * ```
 */
export type SurveyQuestion = LikertQuestion | SingleChoiceQuestion | MultiSelectQuestion | FreeTextQuestion;

/**
 * A breakdown column of a {@link SurveySchema}.
 *
 * @example
 * ```ts
 * const b: SurveyBreakdown = { id: 'age', column: 'Age band', label: 'Age band', levels: ['16-25', '26-40', '41+'] };
 * ```
 */
export interface SurveyBreakdown {
  id: string;
  column: string;
  label?: string;
  levels?: string[];
}

/**
 * A survey's question schema, as checked by {@link surveySchema}: per
 * question its column, type and answers, the breakdown columns, the wave
 * column and the timestamp column. Columns of the export not named here
 * are never read (so a tool's Name and Email columns go no further).
 *
 * @example
 * ```ts
 * const schema: SurveySchema = surveySchema({
 *   title: 'Lived experience survey 2024',
 *   questions: [{ id: 'respect', column: 'I was treated with respect', type: 'likert',
 *     levels: ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'] }],
 *   breakdowns: [{ id: 'age', column: 'Age band' }],
 *   wave: { column: 'Wave' },
 * });
 * ```
 */
export interface SurveySchema {
  title: string;
  source?: string;
  synthetic: boolean;
  questions: SurveyQuestion[];
  breakdowns: SurveyBreakdown[];
  wave?: { column: string; order?: string[] };
  rowsBelowHeader: number;
  timestamp?: { column: string; dateOrder: 'dmy' | 'mdy' };
}

/**
 * Check a question schema (an object, e.g. parsed from JSON) and fill in its
 * defaults: the neutral level of a Likert scale with an odd number of levels,
 * how many levels count as positive, the multi-select separator.
 *
 * @param input - the schema as written (see {@link SurveySchema}).
 * @param file - where it came from, for the error message. __Default value:__ `'survey schema'`.
 * @returns the checked schema.
 * @throws `Error` with the catalogued message {@link messages.surveySchemaInvalid}, listing every problem by its path.
 * @example
 * ```ts
 * const s = surveySchema({ title: 'Survey', questions: [{ id: 'q1', column: 'Q1', type: 'likert', levels: ['Agree', 'Neutral', 'Disagree'] }] });
 * s.questions[0]; // { …, neutral: 'Neutral', positive: 1, notOnScale: [] }
 * surveySchema({ title: 'Survey', questions: [] });
 * // throws: survey schema: questions: Too small: expected array to have >=1 items
 * ```
 */
export function surveySchema(input: unknown, file = 'survey schema'): SurveySchema {
  const parsed = SURVEY_SCHEMA.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
    throw new Error(messages.surveySchemaInvalid(file, problems));
  }
  const schema: SurveySchema = parsed.data;
  for (const q of schema.questions) {
    if (q.type !== 'likert') continue;
    if (q.neutral === undefined) q.neutral = q.levels.length % 2 === 1 ? q.levels[(q.levels.length - 1) / 2] : null;
    else if (q.neutral) q.neutral = q.levels.find((l) => l.toLowerCase() === q.neutral!.toLowerCase())!;
    if (q.positive === undefined) q.positive = Math.floor(q.levels.length / 2);
  }
  return schema;
}

/**
 * Read a question schema from a JSON file and check it with {@link surveySchema}.
 *
 * @param path - the JSON file.
 * @returns a promise of the checked schema.
 * @throws `Error` naming the file if it cannot be read, is not JSON, or does not pass {@link surveySchema}.
 * @example
 * ```ts
 * const schema = await readSurveySchema('datasets/synthetic/lived-experience-survey-synthetic.schema.json');
 * schema.questions.length; // 9
 * ```
 */
export async function readSurveySchema(path: string): Promise<SurveySchema> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(messages.surveySchemaInvalid(path, [(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (e as Error).message]));
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new Error(messages.surveySchemaInvalid(path, [`not valid JSON (${(e as Error).message})`]));
  }
  return surveySchema(json, path);
}
