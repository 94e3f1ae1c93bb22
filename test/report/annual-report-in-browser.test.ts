// `snsa annual-report` as a coordinator uses it: the built command writes the report, Debian's Chromium opens it from a file URL.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEvidenceTemplate } from '@cjsnsa/report';
import { annualEntries } from '../../packages/report/test/annual-report/annual-entries.js';
import { fillEvidenceWorkbook } from '../../packages/report/test/evidence/fill-evidence-workbook.js';
import { axeViolations, seriousOnes } from '../helpers/axe.js';
import { hasChromium, launchChromium } from '../helpers/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'packages/report/dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'cjsnsa-annual-'));
const HTML = join(work, 'out/west-dunbartonshire/annual-report-2024-25.html');
const DOCX = join(work, 'out/west-dunbartonshire/annual-report-2024-25.docx');
let browser: Browser | null = null;

const snsa = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', stdio: 'pipe' });

beforeAll(async () => {
  const template = await writeEvidenceTemplate({ area: { code: 'S12000039', name: 'West Dunbartonshire' }, asOf: '2025-01-01' });
  writeFileSync(join(work, 'wd-evidence.xlsx'), await fillEvidenceWorkbook(template, annualEntries));
  snsa('annual-report', '--area', 'West Dunbartonshire', '--year', '2024-25', '--evidence', 'wd-evidence.xlsx', '--out', 'out');
  if (hasChromium) browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('snsa annual-report (built command)', () => {
  it('writes a Word document with the return\'s headings in order and alt text on every chart', () => {
    const xml = strFromU8(unzipSync(readFileSync(DOCX))['word/document.xml']!);
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    expect(headings.slice(0, 8)).toEqual([
      'Partnership details', 'Governance', "Progress on last year's recommendations", 'Performance against the national outcomes',
      'Local outcomes', 'Achievements and challenges', 'Next steps', 'Sign-off',
    ]);
    const alt = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    // the outcome overview and the trend of each local measure of two periods or more
    expect(alt).toHaveLength(3);
    for (const a of alt) expect(a!.length).toBeGreaterThan(20);
  });

  it('stops on a bad Annual report row, naming sheet, row and column, and writes nothing', async () => {
    const template = await writeEvidenceTemplate({ area: { code: 'S12000039', name: 'West Dunbartonshire' }, asOf: '2025-01-01' });
    writeFileSync(join(work, 'bad.xlsx'), await fillEvidenceWorkbook(template, { annual: { B12: 'A recommendation', D12: 'Done' } }));
    let err: { status: number; stderr: string } | null = null;
    try {
      snsa('annual-report', '--area', 'S12000039', '--year', '2024-25', '--evidence', 'bad.xlsx', '--out', 'bad-out');
    } catch (e) {
      err = e as { status: number; stderr: string };
    }
    expect(err?.status).toBe(1);
    expect(err?.stderr).toContain('bad.xlsx, sheet Annual report, row 12, column Status (D): Status "Done" is not one of');
    expect(existsSync(join(work, 'bad-out'))).toBe(false);
  });
});

describe.skipIf(!hasChromium)('the annual report in Chromium', () => {
  it('loads nothing from outside the file, and axe-core finds no serious or critical WCAG 2.2 AA violation', async () => {
    for (const width of [1280, 390]) {
      const context = await browser!.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(HTML).href);
      expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
      expect(await page.evaluate(() => [...document.querySelectorAll('main h2')].map((h) => h.textContent))).toEqual([
        'Partnership details', 'Governance', "Progress on last year's recommendations", 'Performance against the national outcomes',
        'Local outcomes', 'Achievements and challenges', 'Next steps', 'Sign-off', 'Sources', 'Technical annex (for analysts)',
      ]);
      // the page itself never scrolls sideways
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const violations = await axeViolations(page);
      expect(seriousOnes(violations)).toEqual([]);
      await context.close();
    }
  }, 120_000);
});
