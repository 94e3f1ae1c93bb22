// `snsa quarterly` as a board's analyst uses it: the built command writes the report, Debian's Chromium opens it from a file URL.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, seriousOnes } from '../helpers/axe.js';
import { hasChromium, launchChromium } from '../helpers/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'packages/report/dist/cli.js');
const DATA = join(ROOT, 'examples/quarterly/quarterly-synthetic.csv');
const work = mkdtempSync(join(tmpdir(), 'cjsnsa-quarterly-'));
let browser: Browser | null = null;

const snsa = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', stdio: 'pipe' });

beforeAll(async () => {
  snsa('quarterly', '--area', 'Fife', '--data', DATA, '--quarter', '2023-24 Q3', '--out', 'fife', '--quiet');
  if (hasChromium) browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('snsa quarterly (built command)', () => {
  it("writes the pack's files: report in HTML and Word, results, the board summary and the chart pack", () => {
    for (const f of ['report.html', 'report.docx', 'results.csv', 'baseline.csv', 'data-dictionary.csv', 'README.txt']) expect(existsSync(join(work, 'fife', f)), f).toBe(true);
    const summary = readFileSync(join(work, 'fife/baseline.csv'), 'utf8');
    expect(summary.split('\n')[0]).toContain('Latest quarter (2023-24 Q3)');
    expect(summary).toContain('pack_produced');
    const results = readFileSync(join(work, 'fife/results.csv'), 'utf8');
    expect(results).not.toContain('2023-24 Q4'); // nothing after the quarter reported
  });

  it('refuses a year in quarterly data by file, row and column, writing nothing', () => {
    const bad = join(work, 'bad.csv');
    writeFileSync(bad, 'indicator,area,period,numerator,denominator,status,source\ncustody-referrals,Fife,2023-24 Q3,5,,,x\ncustody-referrals,Fife,2023-24,5,,,x\n');
    let err: { status: number; stderr: string } | null = null;
    try {
      snsa('quarterly', '--area', 'Fife', '--data', bad, '--out', 'bad-out');
    } catch (e) {
      err = e as { status: number; stderr: string };
    }
    expect(err?.status).toBe(1);
    expect(err?.stderr).toContain('bad.csv, row 3, column period (C): period "2023-24" is not a financial-year quarter');
    expect(existsSync(join(work, 'bad-out'))).toBe(false);
  });
});

describe.skipIf(!hasChromium)('the quarterly report in Chromium', () => {
  it('opens from a file URL with nothing requested from the network, and axe-core finds no serious or critical violation', async () => {
    const page = await browser!.newPage({ bypassCSP: true }); // the report's policy allows no script at all: axe is added past it
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(work, 'fife/report.html')).href);
    expect(requests.every((u) => /^(file|data|blob):/.test(u))).toBe(true);
    expect(await page.locator('h1').textContent()).toContain('Quarterly performance report, 2023-24 Q3');
    const violations = await axeViolations(page);
    expect(seriousOnes(violations)).toEqual([]);
    await page.close();
  }, 60_000);
});
