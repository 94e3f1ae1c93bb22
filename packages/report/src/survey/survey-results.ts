import { applyDisclosureControl, DEFAULT_SMALL_COUNT_RULE, wilsonInterval, type SmallCountRule } from '@cjsnsa/core';
import { messages } from '../messages.js';
import type { SurveyResponses } from './read-survey.js';
import type { SurveyQuestion } from './survey-schema.js';

/**
 * The group label of all respondents together, in {@link SurveyResultRow.group}.
 *
 * @example
 * ```ts
 * results.rows.filter((r) => r.group === ALL_RESPONDENTS && r.breakdown === null);
 * ```
 */
export const ALL_RESPONDENTS = 'All respondents';

/**
 * The group label of respondents who left a breakdown blank.
 *
 * @example
 * ```ts
 * results.breakdowns[0].groups; // ['16-25', '26-40', '41-64', '65+', 'Not stated']
 * ```
 */
export const NOT_STATED = 'Not stated';

/**
 * One line of {@link surveyResults}: the share of a group's respondents to a
 * question who gave one answer, with its Wilson interval.
 *
 * @example
 * ```ts
 * const row: SurveyResultRow = { question: 'respect', questionText: 'I was treated with respect', type: 'likert',
 *   wave: '2024', breakdown: null, group: 'All respondents', level: 'Agree', combined: false,
 *   count: 31, respondents: 80, value: 0.3875, lower: 0.2883, upper: 0.4970, status: 'published' };
 * ```
 */
export interface SurveyResultRow {
  question: string;
  questionText: string;
  type: 'likert' | 'single-choice' | 'multi-select';
  /** The wave, or `null` when the survey has no wave column. */
  wave: string | null;
  /** The breakdown id, or `null` for all respondents. */
  breakdown: string | null;
  /** {@link ALL_RESPONDENTS}, a breakdown value, or {@link NOT_STATED}. */
  group: string;
  /** The answer (level or option); for `combined` rows the positive levels joined by " or ". */
  level: string;
  /** Whether the row adds up the positive levels of a Likert scale (e.g. Strongly agree or Agree). */
  combined: boolean;
  /** Respondents in the group giving this answer; `null` when withheld. */
  count: number | null;
  /** Respondents in the group who answered the question; `null` when withheld. */
  respondents: number | null;
  /** count / respondents (0–1); for a multi-select the shares add up to more than 1. */
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** `published`, or why withheld: `suppressed` (under the minimum), `secondary-suppressed`, `withheld-with-group`. */
  status: string;
}

/**
 * What {@link surveyResults} returns.
 *
 * @example
 * ```ts
 * const results: SurveyResults = surveyResults(survey);
 * results.notes[0]; // 'Results for a group of fewer than 5 respondents are not shown, …'
 * ```
 */
export interface SurveyResults {
  title: string;
  source: string;
  synthetic: boolean;
  /** The minimum-respondent threshold applied. */
  minRespondents: number;
  confidence: number;
  waves: string[];
  /** The questions summarised, in schema order. */
  questions: SurveyQuestion[];
  /** The breakdowns, with the groups in display order. */
  breakdowns: { id: string; label: string; groups: string[] }[];
  rows: SurveyResultRow[];
  /** Notes every table and chart of these results carries. */
  notes: string[];
}

/**
 * Options of {@link surveyResults}.
 *
 * @example
 * ```ts
 * const options: SurveyResultsOptions = { minRespondents: 10, questions: ['respect', 'support'] };
 * ```
 */
export interface SurveyResultsOptions {
  /**
   * The fewest respondents a group may have and be shown.
   * __Default value:__ one more than the top of `rule` (5 with the default rule, which withholds counts of 1 to 4).
   */
  minRespondents?: number;
  /** The small-count rule of the output. __Default value:__ {@link DEFAULT_SMALL_COUNT_RULE}. */
  rule?: SmallCountRule;
  /** Confidence level of the intervals. __Default value:__ `0.95`. */
  confidence?: number;
  /** Question ids to summarise. __Default value:__ every question that is not free text. */
  questions?: string[];
}

/**
 * The Likert levels that count as positive (the first `positive` levels of
 * the scale) and the label of their combined row; `null` for other types.
 *
 * @example
 * ```ts
 * positiveLevels(surveySchema({ title: 't', questions: [{ id: 'q', column: 'Q', type: 'likert',
 *   levels: ['Strongly agree', 'Agree', 'Neither', 'Disagree', 'Strongly disagree'] }] }).questions[0]);
 * // { levels: ['Strongly agree', 'Agree'], label: 'Strongly agree or Agree' }
 * ```
 */
export function positiveLevels(q: SurveyQuestion): { levels: string[]; label: string } | null {
  if (q.type !== 'likert') return null;
  const levels = q.levels.slice(0, q.positive ?? Math.floor(q.levels.length / 2));
  return { levels, label: levels.join(' or ') };
}

/**
 * Results per question: for every wave, for all respondents and for each
 * group of each breakdown, the number and share of respondents giving each
 * answer, with a Wilson score interval (core {@link wilsonInterval}); for a
 * Likert question also the positive levels together (e.g. "Strongly agree
 * or Agree"). Respondents are those who answered the question (a blank is no
 * answer, left out of the base); for a multi-select, those who chose at
 * least one option.
 *
 * **Minimum-respondent rule**, applied to every breakdown before anything
 * is returned: a group with fewer than `minRespondents` respondents to a
 * question is not shown (status `suppressed`, every number `null`), and
 * where one hidden group could be worked out from all respondents and the
 * other groups, the next smallest group is withheld too
 * (`secondary-suppressed`): core {@link applyDisclosureControl}, with the
 * breakdown's groups adding up to all respondents. A group is hidden whole
 * (all its answers), never in part. All respondents to a question, when
 * fewer than the minimum, are hidden the same way.
 *
 * Free-text questions are never summarised here (see {@link freeTextAnswers}).
 *
 * @param survey - from {@link readSurvey}.
 * @param options - see {@link SurveyResultsOptions}.
 * @returns the results (see {@link SurveyResults}).
 * @throws `Error` with a catalogued message for an unknown question id or a bad minimum.
 * @example
 * ```ts
 * const results = surveyResults(survey, { minRespondents: 5 });
 * results.rows.filter((r) => r.question === 'respect' && r.breakdown === 'age' && r.group === '65+');
 * // with 3 respondents aged 65+: every row { count: null, respondents: null, value: null, status: 'suppressed' }
 * ```
 */
export function surveyResults(survey: SurveyResponses, options: SurveyResultsOptions = {}): SurveyResults {
  const rule = options.rule ?? DEFAULT_SMALL_COUNT_RULE;
  const minRespondents = options.minRespondents ?? rule.max + 1;
  if (!Number.isInteger(minRespondents) || minRespondents < 2) throw new Error(messages.surveyBadMinimum(minRespondents));
  const confidence = options.confidence ?? 0.95;
  const { schema } = survey;
  const summarisable = schema.questions.filter((q) => q.type !== 'free-text');
  for (const id of options.questions ?? []) {
    if (!summarisable.some((q) => q.id === id)) throw new Error(messages.surveyNoSuchQuestion(id, summarisable.map((q) => q.id)));
  }
  const questions = options.questions ? summarisable.filter((q) => options.questions!.includes(q.id)) : summarisable;
  const breakdowns = schema.breakdowns.map((b) => {
    const seen = [...new Set(survey.responses.map((r) => r.groups[b.id]).filter((v): v is string => v !== null))];
    const groups = b.levels ? [...b.levels] : seen.sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
    if (survey.responses.some((r) => r.groups[b.id] === null)) groups.push(NOT_STATED);
    return { id: b.id, label: b.label ?? b.column, groups };
  });
  const waves: (string | null)[] = survey.waves.length ? survey.waves : [null];

  interface Cell { question: SurveyQuestion; wave: string | null; breakdown: string | null; group: string; respondents: number; counts: Map<string, number> }
  const cells: Cell[] = [];
  for (const q of questions) {
    const levels = q.type === 'likert' ? [...q.levels, ...q.notOnScale] : 'options' in q ? q.options : [];
    for (const wave of waves) {
      const answered = survey.responses.filter((r) => r.wave === wave && r.answers[q.id] !== null);
      const tally = (group: string | null, breakdown: string | null, rs: typeof answered) => {
        const counts = new Map(levels.map((l) => [l, 0]));
        for (const r of rs) {
          const a = r.answers[q.id];
          for (const l of Array.isArray(a) ? a : [a as string]) counts.set(l, (counts.get(l) ?? 0) + 1);
        }
        cells.push({ question: q, wave, breakdown, group: group ?? ALL_RESPONDENTS, respondents: rs.length, counts });
      };
      tally(null, null, answered);
      for (const b of breakdowns) {
        for (const g of b.groups) tally(g, b.id, answered.filter((r) => (r.groups[b.id] ?? NOT_STATED) === g));
      }
    }
  }

  // the minimum-respondent rule: respondents of 1 to min−1 withheld; each breakdown's groups add up to all respondents
  const TOTAL = '\u0000total';
  const control: Record<string, string | number | null>[] = cells.map((c, i) => ({
    cell: i, question: c.question.id, wave: c.wave ?? '', breakdown: c.breakdown ?? '', group: c.group, respondents: c.respondents, status: 'published',
  }));
  for (const c of cells) {
    if (c.breakdown !== null) continue;
    for (const b of breakdowns) control.push({ cell: -1, question: c.question.id, wave: c.wave ?? '', breakdown: b.id, group: TOTAL, respondents: c.respondents, status: 'published' });
  }
  const controlled = applyDisclosureControl(control, {
    min: 1,
    max: minRespondents - 1,
    columns: ['respondents'],
    denominator: 'keep',
    derived: [],
    groups: [{ by: ['question', 'wave', 'breakdown'], total: { group: TOTAL } }],
  }).objects() as { cell: number; question: string; wave: string; respondents: number | null; status: string; group: string }[];
  const status = new Map<number, string>();
  for (const r of controlled) if (r.cell >= 0) status.set(r.cell, r.status);
  // a withheld total withholds all respondents to that question in that wave
  for (const r of controlled) {
    if (r.cell >= 0 || r.respondents !== null) continue;
    cells.forEach((c, i) => {
      if (c.breakdown === null && c.question.id === r.question && (c.wave ?? '') === r.wave && status.get(i) === 'published') status.set(i, r.status);
    });
  }

  const rows: SurveyResultRow[] = [];
  cells.forEach((c, i) => {
    const s = status.get(i) ?? 'published';
    const shown = s === 'published';
    const row = (level: string, combined: boolean, count: number): SurveyResultRow => {
      const ci = shown && c.respondents > 0 ? wilsonInterval(count, c.respondents, confidence) : null;
      return {
        question: c.question.id,
        questionText: c.question.text ?? c.question.column,
        type: c.question.type as SurveyResultRow['type'],
        wave: c.wave,
        breakdown: c.breakdown,
        group: c.group,
        level,
        combined,
        count: shown ? count : null,
        respondents: shown ? c.respondents : null,
        value: shown && c.respondents > 0 ? count / c.respondents : null,
        lower: ci?.lower ?? null,
        upper: ci?.upper ?? null,
        status: s,
      };
    };
    for (const [level, count] of c.counts) rows.push(row(level, false, count));
    const positive = positiveLevels(c.question);
    if (positive) rows.push(row(positive.label, true, positive.levels.reduce((t, l) => t + (c.counts.get(l) ?? 0), 0)));
  });

  const notes = [
    ...(schema.synthetic ? ['Synthetic demonstration data: not a real survey.'] : []),
    messages.surveyMinimumNote(minRespondents),
    `Shares are of the people who answered each question; ${Math.round(confidence * 1000) / 10}% confidence intervals by the Wilson score method.`,
  ];
  return {
    title: schema.title,
    source: schema.source ?? schema.title,
    synthetic: schema.synthetic,
    minRespondents,
    confidence,
    waves: survey.waves,
    questions,
    breakdowns,
    rows,
    notes,
  };
}
