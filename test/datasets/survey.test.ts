import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { compareSurveyWaves, readSurvey, readSurveySchema, surveyResults } from '@cjsnsa/report';
import { datasetsDir } from './helpers.js';
import { generateSurvey, SURVEY_CSV, SURVEY_SCHEMA_FILE } from '../../scripts/datasets/generate-survey.js';

const csvPath = join(datasetsDir, 'synthetic', SURVEY_CSV);
const schemaPath = join(datasetsDir, 'synthetic', SURVEY_SCHEMA_FILE);

describe('the synthetic lived-experience survey', () => {
  it('regenerates byte-identical from the same seed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cjsnsa-survey-'));
    try {
      const files = generateSurvey(dir, 20240331);
      expect(files).toEqual([`synthetic/${SURVEY_CSV}`, `synthetic/${SURVEY_SCHEMA_FILE}`]);
      for (const f of files) expect(readFileSync(join(dir, f)).equals(readFileSync(join(datasetsDir, f))), f).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says it is synthetic in its name, schema and every row', async () => {
    const schema = await readSurveySchema(schemaPath);
    expect(schema.synthetic).toBe(true);
    expect(schema.title).toContain('synthetic demonstration data');
    const lines = readFileSync(csvPath, 'utf8').trim().split('\n').slice(1);
    expect(lines.length).toBe(160);
    for (const l of lines) expect(l).toMatch(/"synthetic demonstration data \(cjsnsa generator, seed 20240331\)"$/);
  });

  it('reads through readSurvey with its schema with no problem, and gives the rule work to do', async () => {
    const survey = await readSurvey(csvPath, await readSurveySchema(schemaPath));
    expect(survey.responses.length).toBe(160);
    expect(survey.waves).toEqual(['2023', '2024']);
    const results = surveyResults(survey);
    expect(results.notes[0]).toBe('Synthetic demonstration data: not a real survey.');
    // the 65+ age band is under 5 in both waves
    expect(results.rows.filter((r) => r.breakdown === 'age' && r.group === '65+').every((r) => r.status !== 'published')).toBe(true);
    expect(compareSurveyWaves(results).length).toBeGreaterThan(0);
  });
});
