/**
 * The check of the free text a partnership writes in its evidence workbook,
 * which the pack and the annual report print as written: small counts of
 * people and contact details are warnings naming sheet, row and column; the
 * annual report command prints them, shows them in the report, and refuses
 * them with --strict.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallCountRule } from '@cjsnsa/core';
import { annualReportCommand, freeTextWarnings, readEvidenceWorkbook, writeEvidenceTemplate, type FreeTextCell } from '../../src/index.js';
import { annualEntries } from '../annual-report/annual-entries.js';
import { fillEvidenceWorkbook } from './fill-evidence-workbook.js';

const RULE = smallCountRule({ minCount: 5 }); // counts of 1 to 4 withheld
const cell = (text: string, section: string | null = null): FreeTextCell => ({ file: 'wb.xlsx, sheet Annual report', row: 9, column: 'Text', columnLetter: 'C', text, section });
const found = (text: string, rule = RULE, section: string | null = 'Governance') => freeTextWarnings({ freeText: [cell(text, section)] }, rule).map((w) => w.message);

describe('freeTextWarnings(workbook, rule)', () => {
  it('flags a count of people inside the rule\'s withheld range, in digits or words, and says which words', () => {
    expect(found('We supported 3 young people leaving custody.')).toEqual([
      'Possible small count of people in the text: "3 young people". The small-count rule withholds such counts in every table and chart: check it before this text is published.',
    ]);
    expect(found('Two women and 1 man completed the programme; one death in custody was reviewed.')).toEqual([
      'Possible small count of people in the text: "Two women", "1 man", "one death". The small-count rule withholds such counts in every table and chart: check them before this text is published.',
    ]);
    expect(found('4 more referrals than last year')).toHaveLength(1);
    expect(found('three of the people on orders')).toHaveLength(1);
  });

  it('follows the rule: the first count it allows is not flagged, and a wider rule flags more', () => {
    expect(found('5 people completed diversion.')).toEqual([]);
    expect(found('Seven women completed the programme.')).toEqual([]);
    expect(found('Seven women completed the programme.', smallCountRule({ minCount: 10 }))).toEqual([
      'Possible small count of people in the text: "Seven women". The small-count rule withholds such counts in every table and chart: check it before this text is published.',
    ]);
    expect(found('9 people', smallCountRule({ minCount: 10 }))).toHaveLength(1);
    expect(found('10 people', smallCountRule({ minCount: 10 }))).toEqual([]);
  });

  it('leaves numbers that are not small counts of people alone', () => {
    for (const text of [
      'Remand numbers fell by a fifth.',
      '14 people completed diversion, 1,234 people were referred and 2.5 people per week on average.',
      'Agree a housing protocol by March 2026 with 4 partners.',
      'A person completed the programme.',
      'In 2023-24 3% of cases were late.',
      'Outcome 3: people have access to services.',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('flags an email address or a telephone number, except in the partnership details', () => {
    expect(found('Ask Jo Bloggs (jo.bloggs@example.org, 07700 900123) for the figures.')).toEqual([
      'Contact details in the text: "jo.bloggs@example.org", "07700 900123". A person\'s email address or telephone number must not be published; keep only a service\'s or the partnership\'s.',
    ]);
    expect(found('Call 0141 287 1234 or +44 1389 737000.')).toHaveLength(1);
    expect(found('community.justice@example.org', RULE, 'Partnership details')).toEqual([]);
    // a small count is flagged in the partnership details too
    expect(found('2 people chair the partnership', RULE, 'Partnership details')).toHaveLength(1);
  });

  it('names the cell: file and sheet, row, column and its letter', () => {
    const [w] = freeTextWarnings({ freeText: [cell('3 people')] }, RULE);
    expect(w).toMatchObject({ file: 'wb.xlsx, sheet Annual report', row: 9, column: 'Text', columnLetter: 'C' });
    expect(freeTextWarnings({}, RULE)).toEqual([]);
  });
});

describe('the free text of a filled-in workbook', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'free-text-'));
    file = join(dir, 'wd-evidence.xlsx');
    const template = await writeEvidenceTemplate({ area: { code: 'S12000039', name: 'West Dunbartonshire' }, asOf: '2025-01-01' });
    await writeFile(
      file,
      await fillEvidenceWorkbook(template, {
        ...annualEntries,
        scores: { ...annualEntries.scores, D3: 'Two young women were breached this year.' },
        annual: { ...annualEntries.annual, C9: 'We supported 3 young people leaving custody; ask Sam on 07700 900123.' },
      }),
    );
  }, 60_000);

  it('is read with where each cell is, and the example workbook (partnership email only) has nothing flagged', async () => {
    const plain = join(dir, 'plain.xlsx');
    await writeFile(plain, await fillEvidenceWorkbook(await writeEvidenceTemplate({ area: { code: 'S12000039', name: 'West Dunbartonshire' }, asOf: '2025-01-01' }), annualEntries));
    const wb = await readEvidenceWorkbook(plain);
    expect(wb.freeText!.map((c) => `${c.column}!${c.columnLetter}${c.row}`)).toContain('How are we doing?!D2');
    expect(wb.freeText!.find((c) => c.text === 'community.justice@example.org')).toMatchObject({ section: 'Partnership details', column: 'Text', columnLetter: 'C', row: 5 });
    expect(freeTextWarnings(wb, RULE)).toEqual([]);

    const warned = freeTextWarnings(await readEvidenceWorkbook(file), RULE);
    expect(warned.map((w) => [w.file.split(', sheet ')[1], w.row, w.column, w.columnLetter])).toEqual([
      ['Self-evaluation', 3, 'How are we doing?', 'D'],
      ['Annual report', 9, 'Text', 'C'],
      ['Annual report', 9, 'Text', 'C'],
    ]);
    expect(warned[1]!.message).toMatch(/^Possible small count of people in the text: "3 young people"\./);
    expect(warned[2]!.message).toMatch(/^Contact details in the text: "07700 900123"\./);
  }, 60_000);

  it('snsa annual-report prints the warnings and shows them in the report; --strict writes nothing', async () => {
    const out = join(dir, 'out');
    const written = await annualReportCommand(['--area', 'West Dunbartonshire', '--year', '2023-24', '--evidence', file, '--out', out, '--format', 'html'], '2025-10-01');
    const html = await readFile(written![0]!, 'utf8');
    // grouped by kind as every warning is: how many, the first in full with where it is
    expect(html).toContain('<strong>2 warnings like this</strong>: Possible small count of people in the text: &quot;…&quot;. The small-count rule withholds such counts in every table and chart');
    expect(html).toContain('First: Possible small count of people in the text: &quot;Two young women&quot;.');
    expect(html).toContain('(wd-evidence.xlsx, sheet Self-evaluation, row 3, column How are we doing?)');
    expect(html).toContain('Contact details in the text: &quot;07700 900123&quot;.');
    const strictOut = join(dir, 'strict');
    await expect(
      annualReportCommand(['--area', 'West Dunbartonshire', '--year', '2023-24', '--evidence', file, '--out', strictOut, '--strict'], '2025-10-01'),
    ).rejects.toThrow(/^--strict: 3 warnings about your data[\s\S]*Possible small count of people in the text: "Two young women"[\s\S]*"07700 900123"/);
    await expect(readFile(join(strictOut, 'west-dunbartonshire', 'annual-report-2023-24.html'))).rejects.toThrow();
  }, 180_000);
});
