/**
 * Local measures from the evidence workbook in the pack's main sections: needs
 * and strengths, the CJOIP baseline and results.csv, by the same rule as the
 * national indicators; a small local count withheld in every output path
 * (HTML, Word, CSV, charts' data).
 */
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildSnsaPack,
  loadSnsaData,
  prepareSnsa,
  readEvidenceWorkbook,
  snsaArea,
  topicById,
  writeEvidenceTemplate,
  writePack,
  type SnsaContext,
  type SnsaPack,
} from '../../src/index.js';
import { exampleEntries } from './example-entries.js';
import { fillEvidenceWorkbook } from './fill-evidence-workbook.js';

const COMPLETED = 'Diversion cases completed within 6 months [Locally determined indicator]';
const OFFERED = 'Young people offered diversion [Locally determined indicator]';

let dir: string;
let ctx: SnsaContext;
let pack: SnsaPack;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'local-measures-'));
  const file = join(dir, 'wd-evidence.xlsx');
  const template = await writeEvidenceTemplate({ area: { code: 'S12000039', name: 'West Dunbartonshire' }, asOf: '2025-01-01' });
  await writeFile(file, await fillEvidenceWorkbook(template, exampleEntries));
  ctx = await prepareSnsa(await loadSnsaData(), { evidence: await readEvidenceWorkbook(file) });
  pack = await buildSnsaPack(ctx, snsaArea('S12000039'), topicById('diversion'), { asOf: '2025-02-01' });
  await writePack(pack, join(dir, 'pack'), ['html', 'docx']);
}, 180_000);

describe('local measures in needs and strengths, the baseline and results.csv', () => {
  it('classifies local measures in the main needs-and-strengths table by the same rule, after the indicators', () => {
    const table = pack.sections.find((s) => s.id === 'needs-and-strengths')!.tables[0]!;
    const names = table.rows.map((r) => r[0]);
    const national = ctx.results.filter((r) => topicById('diversion').indicators.includes(r.indicator) && r.area === 'S12000039');
    const nNational = new Set(national.map((r) => r.indicator)).size;
    expect(names.slice(nNational)).toEqual([COMPLETED, OFFERED]);
    const completed = table.rows.find((r) => r[0] === COMPLETED)!;
    // 18/40 (45%) rising each year to 36/45 (80%), higher is better: a significant rise is a strength
    expect(completed.slice(1, 3)).toEqual(['2023-24', '80.0%']);
    expect(completed[6]).toBe('Strength');
    expect(completed[4]).toMatch(/^(Not compared|Not available)/i); // no Scotland figure to compare with
    const offered = table.rows.find((r) => r[0] === OFFERED)!;
    expect(offered[2]).toBe('suppressed');
    expect(table.notes.join(' ')).toContain('Local measures ([Locally determined indicator]) come from the partnership\'s local evidence workbook');
    const summary = pack.sections.find((s) => s.id === 'needs-and-strengths')!.paragraphs[0]!;
    expect(summary).toMatch(new RegExp(`^Of the ${nNational} indicators and 2 local measures for diversion`, 'i'));
  });

  it('puts each local measure\'s latest figure in the CJOIP baseline, a small count withheld', () => {
    const rows = pack.baseline.rows;
    const completed = rows.find((r) => r[0] === COMPLETED)!;
    expect(completed.slice(1, 6)).toEqual(['2023-24', '80.0%', expect.stringMatching(/^\d+\.\d% to \d+\.\d%$/), '%', null]);
    expect(completed[9]).toBe('Strength');
    const offered = rows.find((r) => r[0] === OFFERED)!;
    expect(offered.slice(1, 4)).toEqual(['2023-24', 'suppressed', null]);
    expect(String(offered[11])).toContain('suppressed');
  });

  it('adds the local measures\' rows to the results behind the pack, the small count with no number', () => {
    const local = pack.results.filter((r) => r.indicator_kind === 'local');
    expect(new Set(local.map((r) => r.indicator))).toEqual(new Set(['LM1', 'LM3']));
    const withheld = local.find((r) => r.indicator === 'LM3' && r.period === '2023-24')!;
    expect([withheld.numerator, withheld.value, withheld.lower, withheld.upper]).toEqual([null, null, null, null]);
    expect(String(withheld.status)).toContain('suppressed');
    // a measure of another outcome (bail, outcome 3) is not in the diversion pack
    expect(local.some((r) => String(r.indicator_name).startsWith('Bail assessments'))).toBe(false);
  });

  it('never writes the withheld count of 3 for 2023-24 in any output path', async () => {
    const out = join(dir, 'pack');
    // results.csv: the row of the withheld figure has blank numerator, value and interval
    const results = (await readFile(join(out, 'results.csv'), 'utf8')).split('\n');
    const header = results[0]!.split(',');
    const split = (l: string) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    const cells = results.filter((l) => l.startsWith('LM3,')).map(split).find((c) => c[header.indexOf('period')] === '2023-24')!;
    for (const column of ['numerator', 'value']) expect(cells[header.indexOf(column)]).toBe('');
    // baseline.csv
    const baseline = (await readFile(join(out, 'baseline.csv'), 'utf8')).split('\n').find((l) => l.startsWith('Young people offered diversion'))!;
    expect(baseline).toMatch(/^Young people offered diversion \[Locally determined indicator\],2023-24,suppressed,,/);
    // report.html: the needs and baseline rows read suppressed, never 3
    const html = await readFile(join(out, 'report.html'), 'utf8');
    const htmlRows = [...html.matchAll(/<tr><td>Young people offered diversion[^<]*<\/td><td>2023-24<\/td><td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(htmlRows.length).toBeGreaterThanOrEqual(2);
    for (const v of htmlRows) expect(v).not.toBe('3');
    // report.docx: every table row of the measure for 2023-24 has no cell reading 3
    const xml = strFromU8(unzipSync(await readFile(join(out, 'report.docx')))['word/document.xml']!);
    const docRows = xml.split('<w:tr>').filter((r) => r.includes('Young people offered diversion') && r.includes('2023-24'));
    expect(docRows.length).toBeGreaterThanOrEqual(2);
    for (const r of docRows) expect([...r.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1])).not.toContain('3');
    // charts' data: no chart CSV carries the measure's withheld count
    for (const f of (await readdir(join(out, 'charts'))).filter((n) => n.endsWith('.csv'))) {
      const lines = (await readFile(join(out, 'charts', f), 'utf8')).split('\n').filter((l) => /Young people offered diversion|LM3/.test(l) && l.includes('2023-24'));
      for (const l of lines) expect(l.split(',')).not.toContain('3');
    }
  });

  it('draws each local measure of the topic as a trend chart, its withheld figure a gap with no number', () => {
    const charts = pack.sections.find((s) => s.id === 'local-evidence')!.charts;
    expect(charts.map((c) => c.id)).toEqual(['evidence-outcome-scores', 'trend-local-LM1', 'trend-local-LM3']);
    const offered = charts.find((c) => c.id === 'trend-local-LM3')!;
    expect(offered.altText).toContain('2023-24: suppressed (small numbers)');
    expect(offered.data.rows.find((r) => r[0] === '2023-24')).not.toContain(3);
    expect(offered.csv.split('\n').find((l) => l.startsWith('2023-24'))!.split(',')).not.toContain('3');
    // a local measure has no Scotland figure, and neither the alt text nor the notes claim one
    expect(offered.notes.join(' ')).not.toContain("Scotland's count");
    // a local measure has no Scotland figure, and the alt text does not claim one
    expect(charts.find((c) => c.id === 'trend-local-LM1')!.altText).toMatch(/^Line chart of Diversion cases completed within 6 months[^.]* for West Dunbartonshire, 2019-20 to 2023-24\. /);
  });

  it('leaves a pack without a workbook as it was: no local rows, the summary counts indicators only', async () => {
    const plain = await buildSnsaPack({ ...ctx, evidence: null }, snsaArea('S12000039'), topicById('diversion'), { asOf: '2025-02-01' });
    expect(plain.results.some((r) => r.indicator_kind === 'local')).toBe(false);
    expect(plain.baseline.rows.some((r) => String(r[0]).includes('[Locally determined indicator]'))).toBe(false);
    expect(plain.sections.find((s) => s.id === 'needs-and-strengths')!.paragraphs[0]).not.toContain('local measure');
  });
});
