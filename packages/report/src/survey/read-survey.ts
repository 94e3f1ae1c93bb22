import { columnLetter, DataError, streamRecords, type DataIssue, type DataWarning, type StreamSource } from '@cjsnsa/core';
import { editDistance } from '@cjsnsa/framework';
import { messages } from '../messages.js';
import { FreeTextAnswer } from './free-text-answer.js';
import type { SurveyQuestion, SurveySchema } from './survey-schema.js';

/**
 * One answer as read: a Likert level or single choice (the schema's
 * spelling), the choices of a multi-select, or a {@link FreeTextAnswer};
 * `null` where the cell is blank (no answer).
 *
 * @example
 * ```ts
 * const a: SurveyAnswer = 'Strongly agree';
 * const b: SurveyAnswer = ['Housing', 'Mental health'];
 * ```
 */
export type SurveyAnswer = string | string[] | FreeTextAnswer | null;

/**
 * One response (one row of the export), typed by the schema.
 *
 * @example
 * ```ts
 * const r: SurveyResponse = { row: 2, wave: '2024', timestamp: '2024-05-31T14:03:00',
 *   groups: { age: '26-40' }, answers: { respect: 'Agree', support: ['Housing'] } };
 * ```
 */
export interface SurveyResponse {
  /** Excel row number in the export (header = 1). */
  row: number;
  /** The response's wave, or `null` if the schema has no wave column. */
  wave: string | null;
  /** ISO date-time (`2024-05-31T14:03:00`, or a date where the export gives only the date), or `null`. */
  timestamp: string | null;
  /** Breakdown id → value (the schema's spelling); `null` where blank (not stated). */
  groups: Record<string, string | null>;
  /** Question id → answer. */
  answers: Record<string, SurveyAnswer>;
}

/**
 * A survey export read and checked by {@link readSurvey}.
 *
 * @example
 * ```ts
 * const survey: SurveyResponses = await readSurvey('survey.csv', schema);
 * survey.responses.length; // 180
 * survey.waves; // ['2023', '2024']
 * ```
 */
export interface SurveyResponses {
  file: string;
  schema: SurveySchema;
  responses: SurveyResponse[];
  /** The waves in order (the schema's order, else in order of text); `[]` without a wave column. */
  waves: string[];
  /** Earliest and latest timestamp, or `null`. */
  period: { first: string; last: string } | null;
  warnings: DataWarning[];
}

/** Text compared as a person reads it: case, curly quotes, dashes and runs of spaces do not matter. */
function answerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The allowed value nearest to `text` by edit distance (ties: the first listed). */
function nearestOf(text: string, allowed: readonly string[]): string {
  const k = answerKey(text);
  let best = allowed[0];
  let bestD = Infinity;
  for (const a of allowed) {
    const d = editDistance(k, answerKey(a));
    if (d < bestD) (best = a), (bestD = d);
  }
  return best;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Hours, minutes and seconds from a clock time's parts (12-hour with am/pm); null for an hour that cannot be. */
function clock(hour: string, minute: string, second: string | undefined, ampm: string | undefined): [number, number, number] | null {
  let h = Number(hour);
  if (ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  }
  return [h, Number(minute), Number(second ?? 0)];
}

// groups: 1-3 date, 4-6 time, 7 am/pm (an empty group in ISO), so the three patterns share their numbers
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?()(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// Google Forms' CSV: 2024/05/31 2:03:22 PM GMT+1 (the time as shown, its zone left aside)
const GOOGLE_TIME = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?(?:\s+GMT(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?$/;
const SLASH_TIME = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

/** A timestamp as survey tools write it, to ISO; null if it is not one. */
function parseTimestamp(text: string, order: 'dmy' | 'mdy'): string | null {
  let m = ISO_TIME.exec(text) ?? GOOGLE_TIME.exec(text);
  let ymd: [number, number, number];
  if (m) ymd = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = SLASH_TIME.exec(text))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    ymd = order === 'dmy' ? [Number(m[3]), b, a] : [Number(m[3]), a, b];
  } else return null;
  const [y, mo, d] = ymd;
  const time = m[4] === undefined ? [0, 0, 0] : clock(m[4], m[5], m[6], m[7] || undefined);
  if (!time) return null;
  const [h, mi, s] = time;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  return m[4] === undefined ? day : `${day}T${pad(h)}:${pad(mi)}:${pad(s)}`;
}

/** The choices of a multi-select cell: known options first (an option may hold the separator), then the rest split at the separator. */
function splitChoices(cell: string, options: readonly string[], separator: string): string[] {
  const keys = options.map((o) => ({ o, k: answerKey(o) })).sort((a, b) => b.k.length - a.k.length);
  const sep = answerKey(separator) || separator;
  const out: string[] = [];
  let rest = answerKey(cell);
  const original = cell.trim();
  while (rest.length) {
    if (rest.startsWith(sep)) {
      rest = rest.slice(sep.length).trimStart();
      continue;
    }
    const hit = keys.find(({ k }) => rest.startsWith(k) && (rest.length === k.length || rest.slice(k.length).trimStart().startsWith(sep)));
    if (hit) {
      out.push(hit.o);
      rest = rest.slice(hit.k.length).trimStart();
      continue;
    }
    const at = rest.indexOf(sep);
    const piece = (at < 0 ? rest : rest.slice(0, at)).trim();
    // report the piece as written (the cell's own spelling) where it can be found
    const where = original.toLowerCase().indexOf(piece);
    out.push(where >= 0 ? original.slice(where, where + piece.length) : piece);
    rest = at < 0 ? '' : rest.slice(at);
  }
  return out;
}

/**
 * Read a survey export (CSV or XLSX, one row per response, as Microsoft
 * Forms, SmartSurvey, Google Forms or Qualtrics write it) with its question
 * schema, and check every cell the schema names:
 *
 * - every column the schema names must be in the header row (case and
 *   spaces at the ends do not matter);
 * - a Likert or single-choice answer must be one of the question's levels
 *   or options, compared ignoring case, curly quotes and runs of spaces; a
 *   multi-select cell is split at the separator (a trailing separator, as
 *   Microsoft Forms writes, is fine) and each choice checked the same way;
 *   a blank cell is no answer. An unknown answer is an error naming the
 *   nearest valid one;
 * - a breakdown value must be one of its levels when the schema lists them
 *   (blank = not stated);
 * - the wave must not be blank, and must be one of the schema's waves when
 *   it lists them;
 * - a timestamp must be a real date and time (ISO, or day/month/year, or
 *   month/day/year when the schema says `mdy`).
 *
 * The first `rowsBelowHeader` rows under the header are left out (Qualtrics
 * writes the question text and import ids there). Columns the schema does
 * not name are not read into the responses. Every
 * problem in the file is collected, then one `DataError` (core) lists them
 * all with file, row and column.
 *
 * Reading is core's {@link streamRecords}: UTF-8 or Windows-1252, `,` `;`
 * or tab separated, quoted cells with line breaks; an XLSX's first sheet.
 *
 * @param source - a CSV or XLSX path, or `{ name, data }`.
 * @param schema - the checked question schema ({@link surveySchema}).
 * @returns a promise of the typed responses.
 * @throws `DataError` (core) listing every problem by file, row and column.
 * @example
 * ```ts
 * const schema = await readSurveySchema('datasets/synthetic/lived-experience-survey-synthetic.schema.json');
 * const survey = await readSurvey('datasets/synthetic/lived-experience-survey-synthetic.csv', schema);
 * survey.responses[0].answers.respect; // e.g. 'Agree'
 * // a cell "Stongly agree" on row 7 throws:
 * // DataError: …, row 7, column "I was treated with respect" (F): "Stongly agree" is not one of this
 * //   question's answers; the nearest is "Strongly agree". …
 * ```
 */
export async function readSurvey(source: StreamSource, schema: SurveySchema): Promise<SurveyResponses> {
  const file = typeof source === 'string' ? source : source.name;
  const issues: DataIssue[] = [];
  const warnings: DataWarning[] = [];
  const responses: SurveyResponse[] = [];
  let header: string[] | null = null;
  let index: Map<string, number> | null = null;
  let skipped = 0;
  const find = (column: string) => header!.findIndex((h) => answerKey(h) === answerKey(column));

  for await (const batch of streamRecords(source)) {
    warnings.push(...batch.warnings);
    if (header === null) {
      header = batch.header;
      index = new Map();
      const need = (column: string, role: string) => {
        const i = find(column);
        if (i < 0) issues.push({ file, row: 1, column, columnLetter: null, message: messages.surveyMissingColumn(column, role) });
        else index!.set(column, i);
      };
      for (const q of schema.questions) need(q.column, `question ${q.id}`);
      for (const b of schema.breakdowns) need(b.column, `breakdown ${b.id}`);
      if (schema.wave) need(schema.wave.column, 'wave');
      if (schema.timestamp) need(schema.timestamp.column, 'timestamp');
      if (issues.length) throw new DataError(issues);
    }
    batch.records.forEach((record, k) => {
      if (skipped < schema.rowsBelowHeader) {
        skipped++;
        return;
      }
      const row = batch.rows[k];
      const cellOf = (column: string) => {
        const i = index!.get(column)!;
        return { value: (record[header![i]] ?? '').trim(), column: header![i], letter: columnLetter(i) };
      };
      const problem = (c: { column: string; letter: string }, message: string) => issues.push({ file, row, column: c.column, columnLetter: c.letter, message });
      const response: SurveyResponse = { row, wave: null, timestamp: null, groups: {}, answers: {} };
      if (schema.wave) {
        const c = cellOf(schema.wave.column);
        const order = schema.wave.order;
        if (c.value === '') problem(c, messages.surveyBlankWave);
        else if (order) {
          const hit = order.find((w) => answerKey(w) === answerKey(c.value));
          if (hit) response.wave = hit;
          else problem(c, messages.surveyUnknownWave(c.value, nearestOf(c.value, order), order));
        } else response.wave = c.value;
      }
      if (schema.timestamp) {
        const c = cellOf(schema.timestamp.column);
        if (c.value !== '') {
          const t = parseTimestamp(c.value, schema.timestamp.dateOrder);
          if (t === null) problem(c, messages.surveyBadTimestamp(c.value, schema.timestamp.dateOrder));
          response.timestamp = t;
        }
      }
      for (const b of schema.breakdowns) {
        const c = cellOf(b.column);
        if (c.value === '') response.groups[b.id] = null;
        else if (b.levels) {
          const hit = b.levels.find((l) => answerKey(l) === answerKey(c.value));
          if (hit) response.groups[b.id] = hit;
          else problem(c, messages.surveyUnknownGroup(c.value, nearestOf(c.value, b.levels), b.levels));
        } else response.groups[b.id] = c.value.replace(/\s+/g, ' ');
      }
      for (const q of schema.questions) {
        const c = cellOf(q.column);
        response.answers[q.id] = readAnswer(q, c.value, (m) => problem(c, m));
      }
      responses.push(response);
    });
  }
  if (header === null) {
    // streamRecords throws for an empty file; a header and no rows reaches here
    header = [];
  }
  if (issues.length) throw new DataError(issues);
  const waves = schema.wave
    ? (schema.wave.order ?? [...new Set(responses.map((r) => r.wave!))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })))
    : [];
  const times = responses.map((r) => r.timestamp).filter((t): t is string => t !== null).sort();
  return { file, schema, responses, waves, period: times.length ? { first: times[0], last: times[times.length - 1] } : null, warnings };
}

/** One cell's answer by the question's type; problems reported through `problem`. */
function readAnswer(q: SurveyQuestion, value: string, problem: (message: string) => void): SurveyAnswer {
  if (value === '') return null;
  if (q.type === 'free-text') return new FreeTextAnswer(value);
  if (q.type === 'likert' || q.type === 'single-choice') {
    const allowed = q.type === 'likert' ? [...q.levels, ...q.notOnScale] : q.options;
    const hit = allowed.find((a) => answerKey(a) === answerKey(value));
    if (hit) return hit;
    problem(messages.surveyUnknownAnswer(value, nearestOf(value, allowed), allowed));
    return null;
  }
  const choices: string[] = [];
  for (const piece of splitChoices(value, q.options, q.separator)) {
    const hit = q.options.find((o) => answerKey(o) === answerKey(piece));
    if (!hit) problem(messages.surveyUnknownAnswer(piece, nearestOf(piece, q.options), q.options));
    else if (choices.includes(hit)) problem(messages.surveyRepeatedChoice(hit));
    else choices.push(hit);
  }
  return choices.length ? choices : null;
}
