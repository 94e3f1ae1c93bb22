import { describe, expect, it } from 'vitest';
import { freeTextAnswers, messages, readSurvey, redactFreeText } from '../../src/index.js';
import { HEADER, csv, schema } from './fixtures.js';
import { caught, missed } from './redaction-corpus.js';

describe('redactFreeText(text): the redaction corpus', () => {
  it.each(caught.map((c) => [c.input, c.output] as const))('redacts %j', (input, output) => {
    expect(redactFreeText(input, { names: ['Dunbar House'] }).text).toBe(output);
  });

  it.each(missed.map((m) => [m.input, m.why] as const))('does not catch %j (%s)', (input) => {
    expect(redactFreeText(input).text).toBe(input);
  });

  it('counts each kind it finds', () => {
    expect(redactFreeText('My worker Sarah Jones (sarah.jones@example.org, 07700 900123) in G81 1AA, Fiona too').found).toEqual({ name: 2, email: 1, phone: 1, postcode: 1 });
  });

  it('leaves numbers that are not phone numbers alone', () => {
    for (const t of ['I waited 12 weeks', 'in 2023-24 it was 1,234 people', 'between 01/02/2024 and 10/03/2024', 'about 100 000 people', '£1,200.50']) {
      expect(redactFreeText(t).text).toBe(t);
    }
  });
});

describe('freeTextAnswers(survey, question)', () => {
  const comments = ['My worker Sarah helped me', 'ring 07700 900123', 'It was fine', 'Fiona Smith was great', 'no', 'Mr Brown listened'];
  const rows = comments.map((c, i) => ['', '', '', '', '2024', i % 2 ? '26-40' : '16-25', 'Agree', '', '', c]);

  it('prints nothing unless the user opts in, and says how many answered', async () => {
    const survey = await readSurvey({ name: 's.csv', data: csv([HEADER, ...rows]) }, schema);
    const f = freeTextAnswers(survey, 'comments');
    expect(f).toEqual({ question: 'comments', questionText: 'Anything else you want to tell us?', answered: 6, shown: false, answers: [], note: messages.surveyFreeTextNotShown(6) });
    expect(JSON.stringify(f)).not.toContain('Sarah');
  });

  it('opted in, gives every answer redacted, with its wave and never its breakdown groups', async () => {
    const survey = await readSurvey({ name: 's.csv', data: csv([HEADER, ...rows]) }, schema);
    const f = freeTextAnswers(survey, 'comments', { include: true });
    expect(f.shown).toBe(true);
    expect(f.note).toBe(messages.surveyFreeTextRedactedNote);
    expect(f.answers.map((a) => a.text)).toEqual(['My worker [name] helped me', 'ring [phone]', 'It was fine', '[name] was great', 'no', 'Mr [name] listened']);
    expect(Object.keys(f.answers[0]).sort()).toEqual(['found', 'text', 'wave']);
  });

  it('shows nothing, even opted in, when fewer than the minimum answered', async () => {
    const survey = await readSurvey({ name: 's.csv', data: csv([HEADER, ...rows.slice(0, 4)]) }, schema);
    expect(freeTextAnswers(survey, 'comments', { include: true })).toMatchObject({ answered: 4, shown: false, answers: [], note: messages.surveyFreeTextTooFew(5) });
  });

  it('refuses a question that is not free text', async () => {
    const survey = await readSurvey({ name: 's.csv', data: csv([HEADER, ...rows]) }, schema);
    expect(() => freeTextAnswers(survey, 'respect')).toThrow(messages.surveyNoSuchQuestion('respect', ['comments']));
  });
});
