import { choiceChart, likertChart, type ChartSpec } from '@cjsnsa/charts';
import { messages } from '../messages.js';
import { ALL_RESPONDENTS, type SurveyResultRow, type SurveyResults } from './survey-results.js';
import type { SurveyQuestion } from './survey-schema.js';

/**
 * Options of {@link surveyCharts}.
 *
 * @example
 * ```ts
 * const options: SurveyChartsOptions = { wave: '2024', breakdown: 'age' };
 * ```
 */
export interface SurveyChartsOptions {
  /** The wave drawn. __Default value:__ the last wave. */
  wave?: string;
  /** Also draw each Likert statement by this breakdown's groups (one chart per statement). __Default value:__ none. */
  breakdown?: string;
}

const sameLevels = (a: SurveyQuestion, b: SurveyQuestion) =>
  a.type === 'likert' && b.type === 'likert' && a.levels.join('\u0000') === b.levels.join('\u0000') && a.positive === b.positive && a.neutral === b.neutral;

/**
 * The charts of a survey's results, for one wave: one diverging bar chart
 * ({@link likertChart}) for each set of Likert statements that share a
 * scale, one bar chart with intervals ({@link choiceChart}) for each
 * single-choice and multi-select question, and, with `breakdown`, each
 * Likert statement by the breakdown's groups. Each chart carries the
 * survey's source, the minimum-respondent note and, for synthetic data, the
 * synthetic label; a group withheld by the rule is drawn as "Not shown".
 *
 * @param results - from {@link surveyResults} (already controlled).
 * @param options - see {@link SurveyChartsOptions}.
 * @returns the charts, in question order.
 * @throws `Error` with a catalogued message for an unknown wave or breakdown.
 * @example
 * ```ts
 * const charts = surveyCharts(surveyResults(survey), { breakdown: 'age' });
 * charts.map((c) => c.kind); // ['likert', 'choice', 'choice', 'likert', …]
 * ```
 */
export function surveyCharts(results: SurveyResults, options: SurveyChartsOptions = {}): ChartSpec[] {
  const wave = options.wave ?? (results.waves.length ? results.waves[results.waves.length - 1] : null);
  if (wave !== null && !results.waves.includes(wave)) throw new Error(messages.surveyNoSuchWave(wave, results.waves));
  if (options.breakdown !== undefined && !results.breakdowns.some((b) => b.id === options.breakdown)) {
    throw new Error(messages.surveyNoSuchBreakdown(options.breakdown, results.breakdowns.map((b) => b.id)));
  }
  const rowsOf = (q: SurveyQuestion, breakdown: string | null) =>
    results.rows.filter((r) => r.question === q.id && r.wave === wave && r.breakdown === breakdown && !r.combined && (breakdown !== null || r.group === ALL_RESPONDENTS));
  const common = {
    source: results.source,
    synthetic: results.synthetic,
    notes: [messages.surveyMinimumNote(results.minRespondents)],
    withheldLabel: messages.surveyNotShownLabel,
  };
  const subtitle = wave === null ? 'All respondents' : `Wave ${wave}, all respondents`;
  const toLikert = (r: SurveyResultRow, item: string) => ({ item, level: r.level, value: r.value, respondents: r.respondents });
  const charts: ChartSpec[] = [];
  const drawn = new Set<string>();
  for (const q of results.questions) {
    if (drawn.has(q.id)) continue;
    if (q.type === 'likert') {
      const set = results.questions.filter((x) => !drawn.has(x.id) && sameLevels(q, x));
      for (const x of set) drawn.add(x.id);
      charts.push(
        likertChart(set.flatMap((x) => rowsOf(x, null).map((r) => toLikert(r, r.questionText))), {
          ...common, levels: q.levels, neutral: q.neutral, positive: q.positive, itemNoun: 'statement',
          title: `${results.title}: ${set.length === 1 ? set[0].text ?? set[0].column : 'answers to each statement'}`, subtitle,
        }),
      );
    } else if (q.type !== 'free-text') {
      drawn.add(q.id);
      charts.push(
        choiceChart(rowsOf(q, null).map((r) => ({ option: r.level, value: r.value, lower: r.lower, upper: r.upper, count: r.count, respondents: r.respondents })), {
          ...common, multiSelect: q.type === 'multi-select', confidence: `${Math.round(results.confidence * 1000) / 10}%`,
          title: q.text ?? q.column, subtitle,
        }),
      );
    }
  }
  if (options.breakdown !== undefined) {
    const b = results.breakdowns.find((x) => x.id === options.breakdown)!;
    for (const q of results.questions) {
      if (q.type !== 'likert') continue;
      charts.push(
        likertChart(rowsOf(q, b.id).map((r) => toLikert(r, r.group)), {
          ...common, levels: q.levels, neutral: q.neutral, positive: q.positive, itemNoun: 'group',
          title: `${q.text ?? q.column}, by ${b.label.toLowerCase()}`, subtitle: wave === null ? undefined : `Wave ${wave}`,
        }),
      );
    }
  }
  return charts;
}
