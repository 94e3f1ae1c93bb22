import { messages } from '../../messages.js';
import { compareSurveyWaves } from '../../survey/compare-survey-waves.js';
import { freeTextAnswers } from '../../survey/free-text-answers.js';
import type { SurveyResponses } from '../../survey/read-survey.js';
import { surveyCharts } from '../../survey/survey-charts.js';
import { surveyResults, type SurveyResults } from '../../survey/survey-results.js';
import type { PackSection, PackTable } from '../pack-model.js';
import { renderChart } from '../render-chart.js';
import type { SnsaContext } from '../snsa-context.js';
import type { SmallCountRule } from '@cjsnsa/core';

/**
 * A lived-experience survey as the pack holds it: the results controlled by
 * the pack's small-count rule, the number of responses per wave, and how
 * many answered each free-text question (never the words).
 *
 * @example
 * ```ts
 * const s: SnsaSurvey = snsaSurvey(survey, smallCountRule({ minCount: 5 }));
 * s.results.minRespondents; // 5
 * s.freeText; // [{ question: 'Is there anything else you want to tell us?', answered: 62 }]
 * ```
 */
export interface SnsaSurvey {
  results: SurveyResults;
  /** Responses per wave (one entry, wave `null`, without a wave column). */
  responses: { wave: string | null; count: number }[];
  period: { first: string; last: string } | null;
  freeText: { question: string; answered: number }[];
}

/**
 * Prepare a survey for the pack: {@link surveyResults} with the pack's
 * small-count rule (so the minimum number of respondents is one more than
 * the largest count it withholds), and the free-text questions counted,
 * never read out: the `snsa` command prints no free text.
 *
 * @param survey - from {@link readSurvey}.
 * @param rule - the pack's small-count rule (`ctx.disclosure`).
 * @returns the survey as the pack holds it.
 * @example
 * ```ts
 * const s = snsaSurvey(await readSurvey('survey.csv', schema), DEFAULT_SMALL_COUNT_RULE);
 * s.responses; // [{ wave: '2023', count: 74 }, { wave: '2024', count: 86 }]
 * ```
 */
export function snsaSurvey(survey: SurveyResponses, rule: SmallCountRule): SnsaSurvey {
  const waves: (string | null)[] = survey.waves.length ? survey.waves : [null];
  return {
    results: surveyResults(survey, { rule }),
    responses: waves.map((wave) => ({ wave, count: survey.responses.filter((r) => r.wave === wave).length })),
    period: survey.period,
    freeText: survey.schema.questions
      .filter((q) => q.type === 'free-text')
      .map((q) => {
        const f = freeTextAnswers(survey, q.id);
        return { question: f.questionText, answered: f.answered };
      }),
  };
}

const pct = (v: number | null) => (v === null ? 'not shown' : `${Math.round(v * 100)}%`);
const points = (v: number | null) => (v === null ? '' : `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(1)}`);

/**
 * The "Views of people with lived experience" section, when a survey was
 * given (`snsa --survey`): who answered and when, the charts of
 * {@link surveyCharts} for the latest wave, and the change since the wave
 * before for the positive answers of each statement. Every group passed the
 * minimum-respondent rule; free-text answers are counted, never printed.
 * The same section goes into the pack of every topic (an assumption: a
 * partnership's survey is about its services as a whole).
 *
 * @param ctx - the pack's context, with `ctx.survey` from {@link snsaSurvey}.
 * @returns the section, or `null` when no survey was given.
 * @example
 * ```ts
 * const section = await surveySection(ctx);
 * section?.title; // 'Views of people with lived experience'
 * ```
 */
export async function surveySection(ctx: Pick<SnsaContext, 'survey'>): Promise<PackSection | null> {
  const survey = ctx.survey;
  if (!survey) return null;
  const { results } = survey;
  const counted = survey.responses.map((r) => (r.wave === null ? `${r.count} responses` : `${r.count} in wave ${r.wave}`)).join(', ');
  const paragraphs = [
    `${results.title}: ${counted}${survey.period ? `, from ${survey.period.first.slice(0, 10)} to ${survey.period.last.slice(0, 10)}` : ''}. Source: ${results.source}.`,
    ...results.notes,
    'A survey of the people a service worked with is rarely a random sample of them: the intervals show the uncertainty from the number of answers, not the effect of who chose to reply.',
    ...survey.freeText.map((f) => `${f.question}: ${f.answered} free-text ${f.answered === 1 ? 'answer' : 'answers'}, not printed in this pack (read them with freeTextAnswers, redacted, and check each before quoting it).`),
  ];
  const charts = await Promise.all(surveyCharts(results).map((spec, i) => renderChart(spec, `survey-${i + 1}`)));
  const tables: PackTable[] = [];
  if (results.waves.length >= 2) {
    const changes = compareSurveyWaves(results).filter((c) => c.combined && c.breakdown === null);
    const [from, to] = [changes[0]?.from ?? '', changes[0]?.to ?? ''];
    tables.push({
      id: 'survey-waves',
      title: `Change from ${from} to ${to}: positive answers, all respondents`,
      columns: ['Statement', 'Answer', from, to, 'Change (points)', '95% interval (points)', 'Call'],
      rows: changes.map((c) => [c.questionText, c.level, pct(c.fromValue), pct(c.toValue), points(c.difference), c.lower === null ? '' : `${points(c.lower)} to ${points(c.upper)}`, c.call]),
      notes: [
        'Higher or Lower: the 95% interval of the difference (Newcombe’s method) excludes no change; Similar: it includes it. With many statements compared, about one in twenty differences comes out Higher or Lower by chance.',
        messages.surveyMinimumNote(results.minRespondents),
      ],
    });
  }
  return { id: 'lived-experience', title: 'Views of people with lived experience', paragraphs, charts, tables };
}
