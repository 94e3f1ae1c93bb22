import { newcombeDifferenceInterval } from '@cjsnsa/core';
import { messages } from '../messages.js';
import type { SurveyResultRow, SurveyResults } from './survey-results.js';

/**
 * One answer compared between two waves by {@link compareSurveyWaves}.
 *
 * @example
 * ```ts
 * const row: SurveyWaveComparison = { question: 'respect', questionText: 'I was treated with respect', breakdown: null,
 *   group: 'All respondents', level: 'Strongly agree or Agree', combined: true, from: '2023', to: '2024',
 *   fromCount: 12, fromRespondents: 40, toCount: 24, toRespondents: 40, fromValue: 0.3, toValue: 0.6,
 *   difference: 0.3, lower: 0.0820, upper: 0.4813, call: 'Higher' };
 * ```
 */
export interface SurveyWaveComparison {
  question: string;
  questionText: string;
  breakdown: string | null;
  group: string;
  level: string;
  combined: boolean;
  /** The earlier wave. */
  from: string;
  /** The later wave. */
  to: string;
  fromCount: number | null;
  fromRespondents: number | null;
  toCount: number | null;
  toRespondents: number | null;
  fromValue: number | null;
  toValue: number | null;
  /** toValue − fromValue (a share of 1: 0.05 is 5 percentage points). */
  difference: number | null;
  lower: number | null;
  upper: number | null;
  /** `Higher` or `Lower` when the interval of the difference excludes 0; `Similar` when it includes 0; `Not compared` when either group is withheld. */
  call: 'Higher' | 'Lower' | 'Similar' | 'Not compared';
}

/**
 * Compare the share giving each answer in one wave with another, for all
 * respondents and every breakdown group: the difference (later − earlier)
 * with its 95% interval by Newcombe's hybrid score method (core
 * {@link newcombeDifferenceInterval}), called `Higher` or `Lower` when the
 * interval excludes 0 and `Similar` when it includes it (docs/methods.md,
 * "Difference of two proportions"). The waves are taken as independent
 * samples. Only published results are used: a group withheld in either wave
 * by the minimum-respondent rule is `Not compared`, with no numbers.
 *
 * @param results - from {@link surveyResults} (already controlled).
 * @param waves - `from` (earlier) and `to` (later). __Default value:__ the last two waves.
 * @returns one comparison per question, group and answer.
 * @throws `Error` with a catalogued message for a wave the results do not have.
 * @example
 * ```ts
 * const changes = compareSurveyWaves(results, { from: '2023', to: '2024' });
 * changes.find((c) => c.question === 'respect' && c.combined && c.group === 'All respondents');
 * // { fromValue: 0.3, toValue: 0.6, difference: 0.3, lower: 0.0820…, upper: 0.4813…, call: 'Higher', … }
 * ```
 */
export function compareSurveyWaves(results: SurveyResults, waves: { from?: string; to?: string } = {}): SurveyWaveComparison[] {
  const all = results.waves;
  const from = waves.from ?? all[all.length - 2];
  const to = waves.to ?? all[all.length - 1];
  for (const w of [from, to]) if (w === undefined || !all.includes(w)) throw new Error(messages.surveyNoSuchWave(String(w ?? ''), all));
  const key = (r: SurveyResultRow) => `${r.question}\u0000${r.breakdown ?? ''}\u0000${r.group}\u0000${r.level}`;
  const earlier = new Map(results.rows.filter((r) => r.wave === from).map((r) => [key(r), r]));
  const out: SurveyWaveComparison[] = [];
  for (const later of results.rows) {
    if (later.wave !== to) continue;
    const before = earlier.get(key(later));
    const base = {
      question: later.question, questionText: later.questionText, breakdown: later.breakdown, group: later.group,
      level: later.level, combined: later.combined, from, to,
    };
    const usable = (r: SurveyResultRow | undefined): r is SurveyResultRow & { count: number; respondents: number } =>
      !!r && r.status === 'published' && r.count !== null && r.respondents !== null && r.respondents > 0;
    if (!usable(before) || !usable(later)) {
      out.push({
        ...base, fromCount: null, fromRespondents: null, toCount: null, toRespondents: null, fromValue: null, toValue: null,
        difference: null, lower: null, upper: null, call: 'Not compared',
      });
      continue;
    }
    const d = newcombeDifferenceInterval(later.count, later.respondents, before.count, before.respondents, results.confidence);
    out.push({
      ...base,
      fromCount: before.count, fromRespondents: before.respondents, toCount: later.count, toRespondents: later.respondents,
      fromValue: before.count / before.respondents, toValue: later.count / later.respondents,
      difference: d.difference, lower: d.lower, upper: d.upper,
      call: d.lower > 0 ? 'Higher' : d.upper < 0 ? 'Lower' : 'Similar',
    });
  }
  return out;
}
