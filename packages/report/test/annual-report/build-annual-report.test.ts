/**
 * The annual report: sections in the return's order, words from the
 * workbook's Annual report sheet, figures up to the reporting year, the
 * pack's small-count rule, and the pack's HTML and Word writers.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ANNUAL_REPORT_KIND,
  ANNUAL_REPORT_SYNTHETIC_NOTE,
  annualReportCommand,
  buildAnnualReport,
  evidenceTemplateCsv,
  loadSnsaData,
  messages,
  packToDocx,
  packToHtml,
  prepareSnsa,
  readEvidenceWorkbook,
  snsaArea,
  writeEvidenceTemplate,
  type SnsaContext,
  type SnsaData,
  type SnsaPack,
} from '../../src/index.js';
import { fillEvidenceWorkbook } from '../evidence/fill-evidence-workbook.js';
import { annualEntries } from './annual-entries.js';

let dir: string;
let data: SnsaData;
let ctx: SnsaContext;
let report: SnsaPack;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'annual-report-'));
  file = join(dir, 'wd-evidence.xlsx');
  const template = await writeEvidenceTemplate({ area: { code: 'S12000039', name: 'West Dunbartonshire' }, asOf: '2025-01-01' });
  await writeFile(file, await fillEvidenceWorkbook(template, annualEntries));
  data = await loadSnsaData();
  ctx = await prepareSnsa(data, { evidence: await readEvidenceWorkbook(file) });
  report = await buildAnnualReport(ctx, snsaArea('S12000039'), { year: '2023-24', asOf: '2025-10-01' });
}, 180_000);

describe('the Annual report sheet of the evidence workbook', () => {
  it('is read into narrative entries by section, the template\'s empty rows skipped', async () => {
    const wb = await readEvidenceWorkbook(file);
    expect(wb.narrative!.map((e) => e.section)).toEqual([
      'Partnership details', 'Partnership details', 'Partnership details', 'Partnership details', 'Partnership details', 'Partnership details',
      'Governance', "Last year's recommendations", "Last year's recommendations", 'Local outcomes', 'Achievements', 'Challenges', 'Next steps',
    ]);
    expect(wb.narrative!.find((e) => e.row === 12)).toEqual({ section: "Last year's recommendations", heading: 'Offer diversion to 16 and 17 year olds', text: 'Agreed with COPFS; the first young people were offered diversion in January 2025.', status: 'On track', row: 12 });
  });

  it('is written with drop-down lists for Section and Status, and the partnership details\' headings', async () => {
    const template = await writeEvidenceTemplate({ area: { code: 'S12000039', name: 'West Dunbartonshire' }, asOf: '2025-01-01' });
    const files = unzipSync(template);
    const names = strFromU8(files['xl/workbook.xml']!).match(/<sheet [^>]*name="[^"]*"/g)!.map((x) => /name="([^"]*)"/.exec(x)![1]);
    expect(names[names.length - 1]).toBe('Annual report');
    const sheet = strFromU8(files[`xl/worksheets/sheet${names.length}.xml`]!);
    expect([...sheet.matchAll(/<dataValidation type="(\w+)"[^>]*sqref="([^"]+)"><formula1>([^<]*)<\/formula1>/g)].map((m) => [m[2], m[1], m[3]])).toEqual([
      ['A2:A500', 'list', '&apos;Lists&apos;!$E$2:$E$8'],
      ['D2:D500', 'list', '&apos;Lists&apos;!$F$2:$F$6'],
    ]);
    const csv = evidenceTemplateCsv({ area: { code: 'S12000039', name: 'West Dunbartonshire' } })['annual-report.csv']!.split('\n');
    expect(csv.slice(0, 3)).toEqual(['Section,Heading,Text,Status', 'Partnership details,Partnership name,,', 'Partnership details,Chair,,']);
  });

  it('is read from the CSV form too, and a folder without annual-report.csv reads as before', async () => {
    const files = evidenceTemplateCsv({ area: { code: 'S12000039', name: 'West Dunbartonshire' } });
    const withSheet = join(dir, 'csv-with');
    const without = join(dir, 'csv-without');
    await mkdir(withSheet);
    await mkdir(without);
    for (const [name, text] of Object.entries(files)) {
      await writeFile(join(withSheet, name), name === 'annual-report.csv' ? text.replace('Partnership details,Chair,,', 'Partnership details,Chair,Jo Bloggs,') : text);
      if (name !== 'annual-report.csv') await writeFile(join(without, name), text);
    }
    expect((await readEvidenceWorkbook(withSheet)).narrative).toEqual([{ section: 'Partnership details', heading: 'Chair', text: 'Jo Bloggs', status: null, row: 3 }]);
    expect((await readEvidenceWorkbook(without)).narrative).toBeNull();
  });

  it('names the sheet, row and column of a bad section, a bad status and a heading with no text', async () => {
    const template = await writeEvidenceTemplate({ area: { code: 'S12000039', name: 'West Dunbartonshire' }, asOf: '2025-01-01' });
    const bad = join(dir, 'bad.xlsx');
    await writeFile(bad, await fillEvidenceWorkbook(template, { annual: { A40: 'Finances', C40: 'Text', A12: "Last year's recommendations", B12: 'Something', D12: 'Done', B15: 'A local outcome with no text' } }));
    const err = await readEvidenceWorkbook(bad).then(() => null, (e: Error & { issues: unknown[] }) => e);
    expect(err?.issues).toEqual([
      { file: `${bad}, sheet Annual report`, row: 12, column: 'Status', columnLetter: 'D', message: messages.annualBadStatus('Done', ['Complete', 'On track', 'Delayed', 'Not started', 'Carried forward']) },
      { file: `${bad}, sheet Annual report`, row: 12, column: 'Text', columnLetter: 'C', message: messages.annualBlankText },
      { file: `${bad}, sheet Annual report`, row: 15, column: 'Text', columnLetter: 'C', message: messages.annualBlankText },
      { file: `${bad}, sheet Annual report`, row: 40, column: 'Section', columnLetter: 'A', message: messages.annualBadSection('Finances', ["Partnership details", 'Governance', "Last year's recommendations", 'Local outcomes', 'Achievements', 'Challenges', 'Next steps']) },
    ]);
  });

  it('reads a workbook made before the sheet was added as before, with no narrative', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.removeWorksheet(wb.getWorksheet('Annual report')!.id);
    const old = join(dir, 'old.xlsx');
    await wb.xlsx.writeFile(old);
    const read = await readEvidenceWorkbook(old);
    expect(read.narrative).toBeNull();
    expect(read.scores.find((s) => s.outcome === 1)?.score).toBe(4);
    const r = await buildAnnualReport(await prepareSnsa(data, { evidence: read }), snsaArea('S12000039'), { year: '2023-24', asOf: '2025-10-01' });
    expect(r.sections.find((s) => s.id === 'governance')!.paragraphs[0]).toMatch(/^The local evidence workbook has no Annual report sheet/);
  }, 120_000);
});

describe('buildAnnualReport(ctx, area, { year })', () => {
  it('has the return\'s sections in order, ending with the chair\'s sign-off', () => {
    expect(report.sections.map((s) => s.title)).toEqual([
      'Partnership details', 'Governance', "Progress on last year's recommendations", 'Performance against the national outcomes',
      'Local outcomes', 'Achievements and challenges', 'Next steps', 'Sign-off',
    ]);
    expect(report.documentKind).toBe(ANNUAL_REPORT_KIND);
    expect(report.topicTitle).toBe('Community justice annual report 2023-24');
  });

  it('takes its words from the workbook, and says what is not yet written', () => {
    const details = report.sections[0]!.tables[0]!;
    expect(details.rows).toContainEqual(['Reporting year', '2023-24 (1 April 2023 to 31 March 2024)']);
    expect(details.rows).toContainEqual(['Chair', 'Jo Bloggs, Chief Social Work Officer']);
    expect(details.rows).toContainEqual(['Approved by', 'Not yet written']);
    expect(report.sections[1]!.paragraphs).toEqual(['The partnership meets quarterly and reports to the Community Planning Partnership board.']);
    expect(report.sections[2]!.tables[0]!.rows).toEqual([
      ['Offer diversion to 16 and 17 year olds', 'Agreed with COPFS; the first young people were offered diversion in January 2025.', 'On track'],
      ['Map bail supervision capacity', 'Not started: the post was vacant.', 'Carried forward'],
    ]);
    const ach = report.sections[5]!.tables;
    expect(ach.map((t) => t.rows)).toEqual([[[null, 'A new diversion service for young people.']], [['Housing on release', 'Too few tenancies for people leaving prison.']]]);
    expect(report.sections[6]!.paragraphs).toEqual(['Agree a housing protocol with the council by March 2026.']);
    // each outcome's "What are we going to do next?" from the self-evaluation
    expect(report.sections[6]!.tables[0]!.rows[0]).toEqual([expect.stringMatching(/^Outcome 1: /), 'Offer diversion to 16 and 17 year olds.']);
    expect(report.sections[7]!.tables[0]!.rows).toEqual([['Chair', 'Jo Bloggs, Chief Social Work Officer', null, '2025-09-30']]);
  });

  it('reports performance per national outcome from indicators and local evidence, up to the reporting year only', () => {
    const perf = report.sections.find((s) => s.id === 'performance')!;
    const outcomeTables = perf.tables.filter((t) => /^evidence-outcome-\d$/.test(t.id));
    expect(outcomeTables.map((t) => t.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((o) => `evidence-outcome-${o}`));
    const o1 = outcomeTables[0]!;
    expect(o1.rows.some((r) => r[0] === 'National indicator')).toBe(true);
    expect(o1.rows.filter((r) => r[0] === 'Local measure').map((r) => r[2])).toEqual(['2019-20', '2020-21', '2021-22', '2022-23', '2023-24', '2022-23', '2023-24']);
    // nothing after 2023-24
    for (const t of perf.tables) for (const r of t.rows) for (const v of r) expect(String(v)).not.toMatch(/^20(24-25|25-26)$/);
    expect(report.results.every((r) => String(r.period) <= '2023-24' || /^\d{4}$/.test(String(r.period)))).toBe(true);
    // the outcome overview chart, with its alt text and data
    // with a trend chart of each local measure of two periods or more (the bail measure has one)
    expect(perf.charts.map((c) => c.id)).toEqual(['annual-evidence-outcome-scores', 'annual-trend-local-LM1', 'annual-trend-local-LM3']);
    expect(perf.charts[0]!.altText.length).toBeLessThanOrEqual(300);
    // needs and strengths of indicators and local measures, by the pack's rule
    const needs = perf.tables.find((t) => t.id === 'annual-needs-and-strengths')!;
    expect(needs.rows.map((r) => r[0])).toContain('Diversion cases completed within 6 months [Locally determined indicator]');
    // in this section, once: no table of the local measures' own, and no pointer to a section the report does not have
    expect(needs.rows.filter((r) => String(r[0]).startsWith('Diversion cases completed within 6 months'))).toHaveLength(1);
    expect(perf.tables.filter((t) => /^Needs and strengths/.test(t.title)).map((t) => t.id)).toEqual(["annual-needs-and-strengths"]);
    expect(perf.paragraphs.join(' ')).not.toContain('in the section "Needs and strengths"');
  });

  it('measures each series\' trend at the reporting year when the data goes on after it, as if that year were the latest', async () => {
    // a local measure of six years; the report for 2022-23, with and without the year after it in the workbook
    const years = ['2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24'];
    const six: Record<string, string | number> = {};
    years.forEach((y, i) => Object.assign(six, { [`A${60 + i}`]: 'Outcome 1', [`B${60 + i}`]: 'Referrals seen within 5 days', [`C${60 + i}`]: y, [`D${60 + i}`]: 10 + 6 * i, [`E${60 + i}`]: 50, [`F${60 + i}`]: 'Higher' }));
    const five = Object.fromEntries(Object.entries(six).filter(([cell]) => !cell.endsWith('65')));
    const template = await writeEvidenceTemplate({ area: { code: 'S12000039', name: 'West Dunbartonshire' }, asOf: '2025-01-01' });
    const reportFor = async (measures: Record<string, string | number>, name: string) => {
      const f = join(dir, name);
      await writeFile(f, await fillEvidenceWorkbook(template, { ...annualEntries, measures: { ...annualEntries.measures, ...measures } }));
      return buildAnnualReport(await prepareSnsa(data, { evidence: await readEvidenceWorkbook(f) }), snsaArea('S12000039'), { year: '2022-23', asOf: '2025-10-01' });
    };
    const [withLater, latest] = [await reportFor(six, 'six-years.xlsx'), await reportFor(five, 'five-years.xlsx')];
    const row = (r: SnsaPack) => r.results.find((x) => String(x.indicator_name).startsWith('Referrals seen within 5 days') && x.period === '2022-23')!;
    // the framework's own trend when 2022-23 is the latest of the series (Fingertips' test on the last five years)
    expect(row(latest).trend).toBe('Increasing');
    for (const k of ['trend', 'trend_reason', 'trend_direction', 'change_abs', 'change_pct']) expect(row(withLater)[k], k).toEqual(row(latest)[k]);
    // a national series held for its last five years only: four up to 2022-23, so the test says why it cannot be calculated
    const national = withLater.results.find((x) => x.indicator === 'NI1b' && x.area === 'S12000039' && x.period === '2022-23')!;
    expect(national.trend).toBe('Cannot be calculated');
    expect(String(national.trend_reason)).toMatch(/^Fewer than 5 points/);
    // and the figures of the year are the pack's, never recomputed (the same withheld cells)
    const pack = ctx.results.find((x) => x.indicator === 'NI1b' && x.area === 'S12000039' && x.period === '2022-23')!;
    expect([national.numerator, national.value, national.status]).toEqual([pack.numerator, pack.value, pack.status]);
  }, 180_000);

  it('withholds a small local count in the HTML and the Word document', async () => {
    const perf = report.sections.find((s) => s.id === 'performance')!;
    const row = perf.tables[0]!.rows.find((r) => String(r[1]).startsWith('Young people offered diversion') && r[2] === '2023-24')!;
    expect(row[3]).toBe('withheld (small number)');
    const html = packToHtml(report);
    expect(html).toContain(`<p class="meta">${ANNUAL_REPORT_KIND.replace("'", '&#39;')} · area code S12000039`);
    // a banner for this document: the figures must not be signed off, and how to run the annual report on one's own data
    expect(report.synthetic).toBe(true);
    expect(html).toContain(ANNUAL_REPORT_SYNTHETIC_NOTE.replace(/'/g, '&#39;'));
    expect(html).not.toMatch(/this pack|the pack for planning|data pack/i);
    const htmlRows = [...html.matchAll(/<tr><td>[^<]*<\/td><td>Young people offered diversion[^<]*<\/td><td>2023-24<\/td><td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(htmlRows).toEqual(['withheld (small number)']);
    const xml = strFromU8(unzipSync(await packToDocx(report))['word/document.xml']!);
    const docRows = xml.split('<w:tr>').filter((r) => r.includes('Young people offered diversion') && r.includes('2023-24'));
    expect(docRows.length).toBeGreaterThanOrEqual(2);
    for (const r of docRows) expect([...r.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1])).not.toContain('3');
    const words = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    expect(words).toContain('This report includes synthetic demonstration data');
    expect(words).toContain(ANNUAL_REPORT_SYNTHETIC_NOTE.replace(/'/g, '&apos;').slice(0, 80));
    expect(words).not.toMatch(/this pack|data pack/i);
  });

  it('refuses a year that is not a financial year, and a context with no workbook for the area', async () => {
    await expect(buildAnnualReport(ctx, snsaArea('S12000039'), { year: '2024' })).rejects.toThrow(messages.annualBadYear('2024'));
    await expect(buildAnnualReport(ctx, snsaArea('Fife'), { year: '2024-25' })).rejects.toThrow(messages.annualNoWorkbook);
  });
});

describe('annualReportCommand (snsa annual-report)', () => {
  it('writes the HTML and the Word document', async () => {
    const out = join(dir, 'out');
    const written = await annualReportCommand(['--area', 'West Dunbartonshire', '--year', '2023-24', '--evidence', file, '--out', out], '2025-10-01');
    expect(written).toEqual([join(out, 'west-dunbartonshire', 'annual-report-2023-24.html'), join(out, 'west-dunbartonshire', 'annual-report-2023-24.docx')]);
    expect(await readFile(written![0]!, 'utf8')).toContain('<h1>Community justice annual report 2023-24: West Dunbartonshire</h1>');
  }, 120_000);

  it('says what is missing: the year, or the workbook', async () => {
    await expect(annualReportCommand(['--area', 'Fife'])).rejects.toThrow('annual-report needs --year');
    await expect(annualReportCommand(['--area', 'Fife', '--year', '2024/25x'])).rejects.toThrow(messages.annualBadYear('2024/25x'));
    await expect(annualReportCommand(['--area', 'Fife', '--year', '2024-25'])).rejects.toThrow(messages.annualNoWorkbook);
  }, 120_000);
});
