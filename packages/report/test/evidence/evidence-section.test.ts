import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
} from '../../src/index.js';
import { exampleEntries } from './example-entries.js';
import { fillEvidenceWorkbook } from './fill-evidence-workbook.js';

let dir: string;
let ctx: SnsaContext;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evidence-pack-'));
  const file = join(dir, 'wd-evidence.xlsx');
  const template = await writeEvidenceTemplate({ area: { code: 'S12000039', name: 'West Dunbartonshire' }, asOf: '2025-01-01' });
  await writeFile(file, await fillEvidenceWorkbook(template, exampleEntries));
  ctx = await prepareSnsa(await loadSnsaData(), { evidence: await readEvidenceWorkbook(file) });
}, 120_000);

describe('buildSnsaPack(ctx, area, topic) with a local evidence workbook', () => {
  it('puts the local evidence section after needs and strengths, and report.html carries it', async () => {
    const pack = await buildSnsaPack(ctx, snsaArea('S12000039'), topicById('diversion'), { asOf: '2025-02-01' });
    expect(pack.sections.map((s) => s.id)).toEqual(['profile', 'indicators', 'who', 'needs-and-strengths', 'local-evidence', 'gaps', 'baseline']);
    const section = pack.sections.find((s) => s.id === 'local-evidence')!;
    expect(section.tables.map((t) => t.title)).toEqual([
      'Outcome 1: More people successfully complete diversion from prosecution',
      'Outcome 1: evidence',
      'Evidence against priority actions with no single outcome',
    ]);
    // the local measures' needs and strengths are in the needs section, beside the national indicators, once
    expect(section.paragraphs.at(-1)).toMatch(/^Needs and strengths: each local measure is classified with the national indicators/);
    const needsRows = pack.sections.find((s) => s.id === 'needs-and-strengths')!.tables.flatMap((t) => t.rows.map((r) => String(r[0])));
    expect(needsRows.filter((r) => r.startsWith('Diversion cases completed within 6 months'))).toHaveLength(1);
    const figures = section.tables[0]!;
    // national indicators and local measures side by side, the score and the answers beneath
    expect(figures.rows.map((r) => r[0])).toContain('National indicator');
    expect(figures.rows.filter((r) => r[0] === 'Local measure').map((r) => [r[1], r[2], r[3]])).toContainEqual(['Young people offered diversion [Locally determined indicator]', '2023-24', 'withheld (small number)']);
    expect(figures.notes[0]).toBe('Self-evaluation: 4 Good on the six-point scale (6 Excellent to 1 Unsatisfactory) (scored on 2025-01-15 by CJP self-evaluation session).');
    expect(figures.notes).toContain('How are we doing? More cases completed each year since 2021-22.');
    const chart = section.charts[0]!;
    expect(chart.id).toBe('evidence-outcome-scores');
    expect(chart.altText.length).toBeLessThanOrEqual(300);
    expect(chart.data.rows[0]).toEqual(['Outcome 1', 4, 'Good', 3, 2]);
    const gaps = pack.sections.find((s) => s.id === 'gaps')!.paragraphs.join(' ');
    expect(gaps).toContain('Local evidence from the partnership\'s workbook (wd-evidence.xlsx) is in the section "Local evidence and self-evaluation".');

    const out = join(dir, 'pack');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(out, { recursive: true });
    await writePack(pack, out, ['html']);
    const html = await readFile(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<section id="local-evidence"><h2>Local evidence and self-evaluation</h2>');
    expect(html).toContain('Diversion annual review 2024');
    // the link is text, never a link
    expect(html).not.toContain('href="https://example.org');
    // the withheld count does not reach the page: its row reads withheld
    const row = /<tr><td[^>]*>Local measure<\/td><td[^>]*>Young people offered diversion[^<]*<\/td><td[^>]*>2023-24<\/td><td[^>]*>([^<]*)<\/td>/.exec(html);
    expect(row?.[1]).toBe('withheld (small number)');
    const csv = await readFile(join(out, 'charts', 'evidence-outcome-scores.csv'), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^outcome,score,score_label,evidence_items,local_measures/);
  }, 120_000);

  it('shows no section for another area, and the gaps say how to add one', async () => {
    const fife = snsaArea('Fife');
    const pack = await buildSnsaPack(ctx, fife, topicById('bail'), { asOf: '2025-02-01' });
    expect(pack.sections.some((s) => s.id === 'local-evidence')).toBe(false);
    expect(pack.sections.find((s) => s.id === 'gaps')!.paragraphs.join(' ')).toContain(`write the workbook with snsa evidence-template --area ${fife.code}, fill it in, and give it to the pack with --evidence`);
  }, 120_000);
});
