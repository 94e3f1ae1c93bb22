// `snsa services` as a reader uses it: the built command writes the directory, Debian's Chromium opens it from a file URL.
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
const REGISTER = join(ROOT, 'packages/report/test/services/fixtures/directory-register.csv');
const work = mkdtempSync(join(tmpdir(), 'cjsnsa-services-'));
let browser: Browser | null = null;

const snsa = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', stdio: 'pipe' });

beforeAll(async () => {
  snsa('services', '--register', REGISTER, '--area', 'Na h-Eileanan Siar', '--as-of', '2025-06-01', '--out', 'siar');
  if (hasChromium) browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('snsa services (built command)', () => {
  it('writes the page, the CSV with its export stamp, and the funding chart with alt text and data', () => {
    const csv = readFileSync(join(work, 'siar/services-directory.csv'), 'utf8');
    const [header, ...rows] = csv.trim().split('\n');
    expect(header!.split(',').slice(0, 4)).toEqual(['service_id', 'area', 'area_name', 'service_name']);
    expect(header).toContain('pack_produced');
    expect(rows.map((r) => r.split(',')[0])).toEqual(['D006', 'D001', 'D004', 'D002']);
    expect(readFileSync(join(work, 'siar/charts/services-funding.alt.txt'), 'utf8').length).toBeGreaterThan(20);
  });

  it('stops with every problem of a bad register by file, row and column, writing nothing', () => {
    const bad = readFileSync(REGISTER, 'utf8').replace(',6,2022-04-01,', ',six,2022-04-01,');
    const file = join(work, 'bad.csv');
    writeFileSync(file, bad);
    let err: { status: number; stderr: string } | null = null;
    try {
      snsa('services', '--register', file, '--area', 'S12000013', '--out', 'bad-out');
    } catch (e) {
      err = e as { status: number; stderr: string };
    }
    expect(err?.status).toBe(1);
    expect(err?.stderr).toContain('bad.csv, row 3, column capacity (J): capacity "six" is not a number of places');
    expect(existsSync(join(work, 'bad-out'))).toBe(false);
  });

  it('writes a template register that the command reads', () => {
    snsa('services-template', '--out', 'template.csv');
    expect(snsa('services', '--register', 'template.csv', '--area', 'S12000013', '--out', 'tpl', '--as-of', '2025-06-01')).toContain('2 listed, 1 not checked and left out');
  });
});

describe('snsa dashboard --services (built command)', () => {
  it("writes the area's directory beside the dashboard and links it from the dashboard's header", () => {
    snsa('dashboard', '--area', 'Na h-Eileanan Siar', '--services', REGISTER, '--out', 'dash/siar.html', '--quiet');
    const dashboard = readFileSync(join(work, 'dash/siar.html'), 'utf8');
    expect(dashboard).toContain('<a href="siar-services.html">Services directory</a>');
    const directory = readFileSync(join(work, 'dash/siar-services.html'), 'utf8');
    expect(directory).toContain('<h1>Services directory: Na h-Eileanan Siar</h1>');
    expect(directory).toContain('Island Bail Support');
    expect(directory).not.toContain('Women&#39;s Space'); // not checked: left out
  }, 120_000);
});

describe.skipIf(!hasChromium)('the services directory in Chromium', () => {
  it('opens from a file URL with nothing requested from the network, and the search narrows the list', async () => {
    const page = await browser!.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(work, 'siar/services-directory.html')).href);
    expect(requests.every((u) => /^(file|data|blob):/.test(u))).toBe(true);
    await expect.poll(() => page.locator('#count').textContent()).toBe('4 services shown of 4.');
    await page.getByLabel(/Search services/).fill('mentoring');
    expect(await page.locator('#count').textContent()).toBe('1 service shown of 4.');
    expect(await page.locator('.service:not([hidden]) h3').allTextContents()).toEqual(['Throughcare Mentors']);
    // the group with no match is hidden with its heading
    expect(await page.locator('.area-group:not([hidden]) h2').allTextContents()).toEqual(['Na h-Eileanan Siar (3)']);
    // printing prints every service, whatever was searched
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.service').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length)).toBe(4);
    expect(await page.locator('.search').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    await page.close();
  }, 60_000);

  it('has no serious or critical accessibility violation (axe-core, WCAG 2.2 AA)', async () => {
    const page = await browser!.newPage();
    await page.goto(pathToFileURL(join(work, 'siar/services-directory.html')).href);
    const violations = await axeViolations(page);
    expect(seriousOnes(violations)).toEqual([]);
    await page.close();
  }, 60_000);
});
