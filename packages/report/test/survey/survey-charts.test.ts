import { describe, expect, it } from 'vitest';
import { ALT_TEXT_LIMIT, messages as chartMessages } from '@cjsnsa/charts';
import { messages, readSurvey, readSurveySchema, surveyCharts, surveyResults } from '../../src/index.js';

const dir = new URL('../../../../datasets/synthetic/', import.meta.url).pathname;
const load = async () => surveyResults(await readSurvey(`${dir}lived-experience-survey-synthetic.csv`, await readSurveySchema(`${dir}lived-experience-survey-synthetic.schema.json`)));

describe('surveyCharts(results)', () => {
  it('draws the statements that share a scale in one Likert chart, and a bar chart per choice question, for the last wave', async () => {
    const charts = surveyCharts(await load());
    expect(charts.map((c) => c.kind)).toEqual(['likert', 'choice', 'choice']);
    const [likert, involvement, support] = charts;
    expect(new Set(likert.dataTable.map((r) => r.item)).size).toBe(5);
    expect(likert.title).toContain('answers to each statement');
    expect(involvement.title).toBe('Mostly involved with');
    expect(support.notes).toContain('Respondents could choose more than one option, so the shares add up to more than 100%.');
    for (const c of charts) {
      expect(c.altText.length).toBeLessThanOrEqual(ALT_TEXT_LIMIT);
      expect(c.notes).toContain(chartMessages.syntheticLabel);
      expect(c.notes).toContain(messages.surveyMinimumNote(5));
      expect(JSON.stringify(c.spec)).toContain('Wave 2024, all respondents');
    }
  });

  it('by a breakdown, labels a withheld group as not shown and puts no number for it in the data table', async () => {
    const charts = surveyCharts(await load(), { breakdown: 'age', wave: '2024' });
    const byAge = charts.filter((c) => c.title.endsWith('by age band'));
    expect(byAge).toHaveLength(5);
    const old = byAge[0].dataTable.filter((r) => r.item === '65+');
    expect(old.every((r) => r.percent === chartMessages.suppressedCell && r.respondents === chartMessages.suppressedCell)).toBe(true);
    expect(JSON.stringify(byAge[0].spec)).toContain(messages.surveyNotShownLabel);
  });

  it('refuses an unknown wave or breakdown', async () => {
    const results = await load();
    expect(() => surveyCharts(results, { wave: '2022' })).toThrow(messages.surveyNoSuchWave('2022', ['2023', '2024']));
    expect(() => surveyCharts(results, { breakdown: 'sex' })).toThrow(messages.surveyNoSuchBreakdown('sex', ['age', 'locality']));
  });
});
