import { describe, expect, it } from 'vitest';
import { compareSurveyWaves, messages, readSurvey, surveyResults, surveySchema, ALL_RESPONDENTS, NOT_STATED, type SurveyResultRow } from '../../src/index.js';
import { AGREE, HEADER, csv, schema } from './fixtures.js';

/** Rows of the export: `n` responses of one wave, age band and Likert answer (other questions blank). */
const responses = (n: number, wave: string, age: string, respect: string) =>
  Array.from({ length: n }, () => ['', '', '', '', wave, age, respect, '', '', '']);
const read = (rows: string[][]) => readSurvey({ name: 'survey.csv', data: csv([HEADER, ...rows]) }, schema);
/** Rows matching `where`, in wave 2024 unless it says otherwise (the schema lists 2023 too: its rows have no respondents). */
const pick = (rows: SurveyResultRow[], where: Partial<SurveyResultRow>) =>
  rows.filter((r) => Object.entries({ wave: '2024', ...where }).every(([k, v]) => r[k as keyof SurveyResultRow] === v));

describe('surveyResults(survey): shares with Wilson intervals', () => {
  it('gives 81 of 263 the Wilson interval 0.2553 to 0.3662 (Newcombe 1998a, Table I, method 3)', async () => {
    // [N98a] Newcombe RG (1998) Stat Med 17:857-872, Table I, example 81/263, score method without continuity correction
    const survey = await read([...responses(81, '2024', '26-40', 'Agree'), ...responses(182, '2024', '26-40', 'Disagree')]);
    const [row] = pick(surveyResults(survey).rows, { question: 'respect', wave: '2024', group: ALL_RESPONDENTS, level: 'Agree' });
    expect(row).toMatchObject({ count: 81, respondents: 263, status: 'published' });
    expect(row.value).toBeCloseTo(81 / 263, 12);
    expect(Math.abs(row.lower! - 0.2553)).toBeLessThanOrEqual(0.00005);
    expect(Math.abs(row.upper! - 0.3662)).toBeLessThanOrEqual(0.00005);
  });

  it('gives 0 of 20 the interval 0 to 0.1611 (Newcombe 1998a, Table I)', async () => {
    const survey = await read(responses(20, '2024', '41-64', 'Agree'));
    const [row] = pick(surveyResults(survey).rows, { question: 'respect', group: ALL_RESPONDENTS, level: 'Strongly disagree' });
    expect(row).toMatchObject({ count: 0, respondents: 20, value: 0, lower: 0 });
    expect(Math.abs(row.upper! - 0.1611)).toBeLessThanOrEqual(0.00005);
  });

  it('bases shares on those who answered, adds up the positive levels, and counts answers off the scale', async () => {
    const survey = await read([
      ...responses(4, '2024', '26-40', 'Strongly agree'), ...responses(6, '2024', '26-40', 'Agree'),
      ...responses(5, '2024', '26-40', "Don't know"), ...responses(5, '2024', '26-40', 'Disagree'), ...responses(7, '2024', '26-40', ''),
    ]);
    const all = pick(surveyResults(survey).rows, { question: 'respect', group: ALL_RESPONDENTS });
    expect(all.map((r) => [r.level, r.count, r.respondents])).toEqual([
      ...AGREE.map((l) => [l, { 'Strongly agree': 4, Agree: 6, Disagree: 5 }[l] ?? 0, 20]),
      ["Don't know", 5, 20],
      ['Strongly agree or Agree', 10, 20],
    ]);
    expect(all.at(-1)!.combined).toBe(true);
  });

  it('does not summarise free text, and refuses an unknown question or a minimum under 2', async () => {
    const survey = await read(responses(5, '2024', '26-40', 'Agree'));
    expect(surveyResults(survey).rows.some((r) => r.question === 'comments')).toBe(false);
    expect(() => surveyResults(survey, { questions: ['comments'] })).toThrow(messages.surveyNoSuchQuestion('comments', ['respect', 'contact', 'support']));
    expect(() => surveyResults(survey, { minRespondents: 1 })).toThrow(messages.surveyBadMinimum(1));
  });
});

describe('surveyResults(survey): the minimum-respondent rule on every breakdown', () => {
  // 16-25: 3 respondents (under 5), 26-40: 12, 41-64: 20, 65+: none; all respondents 35
  const rows = [
    ...responses(2, '2024', '16-25', 'Strongly disagree'), ...responses(1, '2024', '16-25', 'Agree'),
    ...responses(7, '2024', '26-40', 'Agree'), ...responses(5, '2024', '26-40', 'Disagree'),
    ...responses(15, '2024', '41-64', 'Agree'), ...responses(5, '2024', '41-64', 'Strongly agree'),
  ];

  it('defaults to 5, one more than the project small-count rule (1 to 4 withheld), and says so in the notes', async () => {
    const results = surveyResults(await read(rows));
    expect(results.minRespondents).toBe(5);
    expect(results.notes).toContain(messages.surveyMinimumNote(5));
  });

  it('hides the group of 3 whole, and withholds the next smallest group so it cannot be worked out', async () => {
    const results = surveyResults(await read(rows));
    const age = pick(results.rows, { question: 'respect', breakdown: 'age', level: 'Agree' });
    expect(age.map((r) => [r.group, r.respondents, r.status])).toEqual([
      ['16-25', null, 'suppressed'],
      ['26-40', null, 'secondary-suppressed'],
      ['41-64', 20, 'published'],
      ['65+', 0, 'published'],
    ]);
    for (const r of pick(results.rows, { question: 'respect', breakdown: 'age', group: '16-25' })) expect([r.count, r.respondents, r.value, r.lower, r.upper]).toEqual([null, null, null, null, null]);
    // not recoverable: all respondents minus every shown group is 15 = the two hidden groups together, never 3
    const total = pick(results.rows, { question: 'respect', group: ALL_RESPONDENTS, level: 'Agree' })[0].respondents!;
    const shown = age.filter((r) => r.respondents !== null).reduce((t, r) => t + r.respondents!, 0);
    expect(total - shown).toBe(15);
    // and for every answer, all minus shown is the two groups' answers together: "Strongly disagree" 2 of 15, not 2 of 3
    for (const level of [...AGREE, "Don't know"]) {
      const all = pick(results.rows, { question: 'respect', group: ALL_RESPONDENTS, level })[0].count!;
      const shownCounts = pick(results.rows, { question: 'respect', breakdown: 'age', level }).filter((r) => r.count !== null).reduce((t, r) => t + r.count!, 0);
      const hidden = pick(results.rows, { question: 'respect', breakdown: 'age', level }).filter((r) => r.count === null);
      expect(hidden.length).toBe(2);
      expect(all - shownCounts).toBe({ 'Strongly disagree': 2, Agree: 8, Disagree: 5 }[level] ?? 0);
    }
    // no published number anywhere is the hidden group's size
    expect(results.rows.some((r) => r.breakdown === 'age' && r.respondents === 3)).toBe(false);
  });

  it('hides a Not stated group under the minimum like any other', async () => {
    const results = surveyResults(await read([...rows.filter((r) => r[5] !== '16-25'), ...responses(2, '2024', '', 'Agree'), ...responses(6, '2024', '65+', 'Agree')]));
    expect(results.breakdowns[0].groups).toEqual(['16-25', '26-40', '41-64', '65+', NOT_STATED]);
    const age = pick(results.rows, { question: 'respect', breakdown: 'age', level: 'Agree' });
    expect(age.find((r) => r.group === NOT_STATED)).toMatchObject({ respondents: null, status: 'suppressed' });
    // 16-25 has 0 respondents: the next smallest non-zero group (65+, 6) is withheld with it
    expect(age.find((r) => r.group === '65+')).toMatchObject({ respondents: null, status: 'secondary-suppressed' });
  });

  it('hides all respondents when fewer than the minimum answered, and takes a larger minimum', async () => {
    const few = surveyResults(await read(responses(4, '2024', '26-40', 'Agree')));
    expect(pick(few.rows, { group: ALL_RESPONDENTS, question: 'respect' }).every((r) => r.status === 'suppressed' && r.count === null)).toBe(true);
    const ten = surveyResults(await read(rows), { minRespondents: 10 });
    // withholding 26-40 (12) is not enough at 10: a reader knows 16-25 is 1 to 9 and 26-40 is 10 or more, and the two
    // add up to 35 − 20 − 0 = 15, so 16-25 would be 1 to 5, narrower than the rule's range: 41-64 is withheld too (core audit)
    expect(pick(ten.rows, { question: 'respect', breakdown: 'age', level: 'Agree' }).map((r) => r.status)).toEqual(['suppressed', 'secondary-suppressed', 'secondary-suppressed', 'published']);
    expect(ten.notes).toContain(messages.surveyMinimumNote(10));
  });
});

describe('compareSurveyWaves(results)', () => {
  it('matches a hand-worked Newcombe interval: 12 of 40 agreeing in 2023, 24 of 40 in 2024', async () => {
    const survey = await read([
      ...responses(12, '2023', '26-40', 'Agree'), ...responses(28, '2023', '26-40', 'Disagree'),
      ...responses(24, '2024', '26-40', 'Agree'), ...responses(16, '2024', '26-40', 'Disagree'),
    ]);
    const changes = compareSurveyWaves(surveyResults(survey));
    const c = changes.find((x) => x.question === 'respect' && x.group === ALL_RESPONDENTS && x.combined)!;
    // By hand (z = 1.959964, z² = 3.841459; Wilson limits (2x + z² ∓ z√(z² + 4x(1 − x/n))) / (2(n + z²)), 2(n + z²) = 87.682918):
    //  2024: x = 24: z√(3.841459 + 96 × 0.4) = 1.959964 × 6.499343 = 12.738478
    //        lower (48 + 3.841459 − 12.738478) / 87.682918 = 0.445959; upper (51.841459 + 12.738478) / 87.682918 = 0.736517
    //  2023: x = 12: z√(3.841459 + 48 × 0.7) = 1.959964 × 6.118952 = 11.992907
    //        lower (24 + 3.841459 − 11.992907) / 87.682918 = 0.180748; upper (27.841459 + 11.992907) / 87.682918 = 0.454300
    //  d = 0.6 − 0.3 = 0.3
    //  lower = 0.3 − √((0.6 − 0.445959)² + (0.454300 − 0.3)²) = 0.3 − √(0.023729 + 0.023809) = 0.3 − 0.218030 = 0.081970
    //  upper = 0.3 + √((0.736517 − 0.6)² + (0.3 − 0.180748)²) = 0.3 + √(0.018637 + 0.014221) = 0.3 + 0.181267 = 0.481267
    expect(c).toMatchObject({ from: '2023', to: '2024', fromCount: 12, fromRespondents: 40, toCount: 24, toRespondents: 40, call: 'Higher' });
    expect(c.difference).toBeCloseTo(0.3, 12);
    expect(Math.abs(c.lower! - 0.08197)).toBeLessThanOrEqual(0.000005);
    expect(Math.abs(c.upper! - 0.481267)).toBeLessThanOrEqual(0.000005);
    const down = changes.find((x) => x.question === 'respect' && x.group === ALL_RESPONDENTS && x.level === 'Disagree')!;
    expect(down.call).toBe('Lower');
  });

  it('calls an interval that includes 0 Similar, and does not compare a withheld group', async () => {
    const survey = await read([
      ...responses(10, '2023', '26-40', 'Agree'), ...responses(10, '2023', '26-40', 'Disagree'), ...responses(3, '2023', '16-25', 'Agree'),
      ...responses(11, '2024', '26-40', 'Agree'), ...responses(9, '2024', '26-40', 'Disagree'), ...responses(8, '2024', '16-25', 'Agree'),
      ...responses(10, '2023', '41-64', 'Agree'), ...responses(10, '2024', '41-64', 'Agree'),
    ]);
    const changes = compareSurveyWaves(surveyResults(survey), { from: '2023', to: '2024' });
    expect(changes.find((x) => x.breakdown === 'age' && x.group === '26-40' && x.level === 'Agree')!.call).toBe('Similar');
    const young = changes.find((x) => x.breakdown === 'age' && x.group === '16-25' && x.level === 'Agree')!;
    expect(young).toMatchObject({ call: 'Not compared', fromValue: null, toValue: null, difference: null });
    // 41-64 was withheld in 2023 so that 16-25 (3) could not be worked out: not compared either
    expect(changes.find((x) => x.breakdown === 'age' && x.group === '41-64' && x.level === 'Agree')!.call).toBe('Not compared');
    expect(() => compareSurveyWaves(surveyResults(survey), { from: '2022' })).toThrow(messages.surveyNoSuchWave('2022', ['2023', '2024']));
  });

  it('refuses a survey without waves', async () => {
    const noWave = surveySchema({ ...schema, wave: undefined });
    const survey = await readSurvey({ name: 's.csv', data: csv([HEADER, ...responses(6, '', '26-40', 'Agree')]) }, noWave);
    expect(() => compareSurveyWaves(surveyResults(survey))).toThrow(messages.surveyNoSuchWave('', []));
  });
});
