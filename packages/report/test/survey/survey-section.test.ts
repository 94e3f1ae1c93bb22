import { describe, expect, it } from 'vitest';
import { smallCountRule } from '@cjsnsa/core';
import { messages, parseCliArgs, readSurvey, readSurveySchema, snsaSurvey, surveySection } from '../../src/index.js';

const dir = new URL('../../../../datasets/synthetic/', import.meta.url).pathname;
const read = async () => readSurvey(`${dir}lived-experience-survey-synthetic.csv`, await readSurveySchema(`${dir}lived-experience-survey-synthetic.schema.json`));

describe('snsaSurvey(survey, rule) and surveySection(ctx)', () => {
  it('controls the results with the pack rule: minCount 10 gives a minimum of 10 respondents', async () => {
    const s = snsaSurvey(await read(), smallCountRule({ minCount: 10 }));
    expect(s.results.minRespondents).toBe(10);
    expect(s.responses).toEqual([{ wave: '2023', count: 74 }, { wave: '2024', count: 86 }]);
    expect(s.freeText).toEqual([{ question: 'Is there anything else you want to tell us?', answered: 62 }]);
  });

  it('builds the section: who answered, the notes, three charts and the wave table; no free text', async () => {
    const section = (await surveySection({ survey: snsaSurvey(await read(), smallCountRule({ minCount: 5 })) }))!;
    expect(section.id).toBe('lived-experience');
    expect(section.paragraphs[0]).toMatch(/^Lived experience survey \(synthetic demonstration data\): 74 in wave 2023, 86 in wave 2024, from 2023-09-04 to 2024-11-09\./);
    expect(section.paragraphs).toContain(messages.surveyMinimumNote(5));
    expect(section.charts.map((c) => c.id)).toEqual(['survey-1', 'survey-2', 'survey-3']);
    const [table] = section.tables;
    expect(table.columns).toEqual(['Statement', 'Answer', '2023', '2024', 'Change (points)', '95% interval (points)', 'Call']);
    expect(table.rows.find((r) => r[0] === 'Staff listened to what I had to say')).toEqual(['Staff listened to what I had to say', 'Strongly agree or Agree', '65%', '80%', '+14.7', '+0.6 to +28.4', 'Higher']);
    const text = JSON.stringify({ ...section, charts: section.charts.map((c) => ({ ...c, png: null })) });
    for (const words of ['Sarah', 'j.bloggs', 'brilliant']) expect(text).not.toContain(words);
  });

  it('is null without a survey', async () => {
    expect(await surveySection({ survey: null })).toBeNull();
  });
});

describe('parseCliArgs: --survey and --survey-schema', () => {
  it('reads the two together, and refuses one without the other', () => {
    expect(parseCliArgs(['--survey', 's.csv', '--survey-schema', 's.json']).survey).toEqual({ file: 's.csv', schema: 's.json' });
    expect(parseCliArgs([]).survey).toBeNull();
    expect(() => parseCliArgs(['--survey-schema', 's.json'])).toThrow(messages.surveyCliOptionsTogether);
  });
});
