import { messages } from '../messages.js';
import { revealFreeText, FreeTextAnswer } from './free-text-answer.js';
import type { SurveyResponses } from './read-survey.js';
import { redactFreeText, type RedactedText, type RedactFreeTextOptions } from './redact-free-text.js';

/**
 * Options of {@link freeTextAnswers}.
 *
 * @example
 * ```ts
 * const options: FreeTextOptions = { include: true, names: ['Dunbar House'], wave: '2024' };
 * ```
 */
export interface FreeTextOptions extends RedactFreeTextOptions {
  /** Opt in to printing the answers (redacted). __Default value:__ `false`: only how many answered. */
  include?: boolean;
  /** Only this wave's answers. __Default value:__ every wave. */
  wave?: string;
  /** Fewer answers than this and none is shown, even when opted in. __Default value:__ `5`. */
  minRespondents?: number;
}

/**
 * The answers to a free-text question, as {@link freeTextAnswers} gives them.
 *
 * @example
 * ```ts
 * const f: FreeTextAnswers = { question: 'comments', questionText: 'Anything else?', answered: 12, shown: false,
 *   answers: [], note: '12 free-text answers are not shown: …' };
 * ```
 */
export interface FreeTextAnswers {
  question: string;
  questionText: string;
  /** How many people answered (wrote something). */
  answered: number;
  /** Whether the answers are given (opted in, and enough answered). */
  shown: boolean;
  /** The redacted answers with their wave, in file order; `[]` when not shown. No breakdown is ever attached. */
  answers: (RedactedText & { wave: string | null })[];
  /** What the reader is told: why nothing is shown, or that the answers are redacted and must be read before publishing. */
  note: string;
}

/**
 * The answers to a free-text question. Nothing is printed unless the user
 * opts in with `include: true`; then each answer is passed through
 * {@link redactFreeText} (names, emails, UK phone numbers and postcodes
 * replaced), and still nothing is shown when fewer than `minRespondents`
 * people answered. Answers never carry the respondent's breakdown groups,
 * which could identify them.
 *
 * @param survey - from {@link readSurvey}.
 * @param questionId - a free-text question's id.
 * @param options - see {@link FreeTextOptions}.
 * @returns the answers, or only their number and a note.
 * @throws `Error` with a catalogued message when `questionId` is not a free-text question, or the wave is unknown.
 * @example
 * ```ts
 * freeTextAnswers(survey, 'comments').note; // '37 free-text answers are not shown: free text is printed only when you ask for it …'
 * freeTextAnswers(survey, 'comments', { include: true }).answers[0].text; // e.g. 'My worker [name] listened to me.'
 * ```
 */
export function freeTextAnswers(survey: SurveyResponses, questionId: string, options: FreeTextOptions = {}): FreeTextAnswers {
  const freeQuestions = survey.schema.questions.filter((q) => q.type === 'free-text');
  const q = freeQuestions.find((x) => x.id === questionId);
  if (!q) throw new Error(messages.surveyNoSuchQuestion(questionId, freeQuestions.map((x) => x.id)));
  if (options.wave !== undefined && !survey.waves.includes(options.wave)) throw new Error(messages.surveyNoSuchWave(options.wave, survey.waves));
  const min = options.minRespondents ?? 5;
  const given = survey.responses
    .filter((r) => options.wave === undefined || r.wave === options.wave)
    .map((r) => ({ wave: r.wave, answer: r.answers[q.id] }))
    .filter((x): x is { wave: string | null; answer: FreeTextAnswer } => x.answer instanceof FreeTextAnswer);
  const base = { question: q.id, questionText: q.text ?? q.column, answered: given.length };
  if (!options.include) return { ...base, shown: false, answers: [], note: messages.surveyFreeTextNotShown(given.length) };
  if (given.length < min) return { ...base, shown: false, answers: [], note: messages.surveyFreeTextTooFew(min) };
  return {
    ...base,
    shown: true,
    answers: given.map((g) => ({ wave: g.wave, ...redactFreeText(revealFreeText(g.answer), options) })),
    note: messages.surveyFreeTextRedactedNote,
  };
}
