/**
 * An SNSA pack checked as a person reads it: every topic report of one area
 * (Dumfries and Galloway) opened in Debian's Chromium at a laptop's width
 * (1280 px) and a phone's (390 px), with no sideways scroll of the page and
 * every chart drawn; and the Word document of each topic converted to PDF
 * by LibreOffice (`soffice`) and its pages rendered by poppler (`pdftoppm`),
 * with more than one page, no blank page and alt text on every image.
 * Needs a build (`pnpm build`) and `scripts/setup.sh --test` (chromium,
 * libreoffice-writer-nogui, poppler-utils).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, seriousOnes } from '../helpers/axe.js';
import { hasChromium, launchChromium } from '../helpers/chromium.js';

/** axe-core's browser build, injected into each report (the report's CSP allows no script of its own, so the context bypasses it). */
/** The WCAG 2.2 A and AA rules (axe tags every success criterion it checks with its WCAG version and level). */

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'packages/report/dist/cli.js');
const TOPICS = ['diversion', 'bail', 'arrest-referral', 'custody-to-community', 'community-sentences', 'services'];
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const work = mkdtempSync(join(tmpdir(), 'cjsnsa-pack-as-read-'));
const area = join(work, 'pack', 'dumfries-and-galloway');
let browser: Browser | null = null;

beforeAll(async () => {
  execFileSync(process.execPath, [CLI, '--area', 'Dumfries and Galloway', '--format', 'html,docx', '--out', join(work, 'pack'), '--quiet'], { stdio: 'pipe' });
  if (hasChromium) browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)('each topic report in Chromium, on a laptop and a phone', () => {
  for (const width of [1280, 390]) {
    it(`at ${width} px: the page never scrolls sideways and every chart is drawn`, async () => {
      for (const topic of TOPICS) {
        const page = await browser!.newPage({ viewport: { width, height: 900 } });
        await page.goto(pathToFileURL(join(area, topic, 'report.html')).href);
        const seen = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          charts: [...document.querySelectorAll('figure .chart svg')].map((s) => {
            const r = s.getBoundingClientRect();
            return { id: s.closest('figure')!.id, w: Math.round(r.width), h: Math.round(r.height) };
          }),
          wideTables: [...document.querySelectorAll('table')].filter((t) => !t.closest('.table-wrap')).length,
        }));
        expect(seen.scrollWidth, `${topic}: page width`).toBeLessThanOrEqual(seen.clientWidth);
        expect(seen.charts.length, `${topic}: charts`).toBeGreaterThan(0);
        for (const c of seen.charts) expect(c.w > 0 && c.h > 0, `${topic} ${c.id} drawn (${c.w}×${c.h})`).toBe(true);
        expect(seen.wideTables, `${topic}: tables outside a scroll box`).toBe(0);
        await page.close();
      }
    }, 120_000);
  }

  it('axe-core finds no serious or critical WCAG 2.2 AA violation in any topic report, on a laptop or a phone', async () => {
    for (const width of [1280, 390]) {
      const context = await browser!.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
      for (const topic of TOPICS) {
        const page = await context.newPage();
        await page.goto(pathToFileURL(join(area, topic, 'report.html')).href);
        const violations = await axeViolations(page);
        const serious = seriousOnes(violations);
        expect(serious, `${topic} at ${width} px`).toEqual([]);
        if (topic === TOPICS[0] && width === 1280) {
          // the check can fail: an image without alt text added to the same page is a critical violation
          await page.evaluate(() => {
            const img = document.createElement('img');
            img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
            document.querySelector('main, body')!.appendChild(img);
          });
          const broken = (await axeViolations(page)).map((v) => `${v.id}:${v.impact}`);
          expect(broken).toContain('image-alt:critical');
        }
        await page.close();
      }
      await context.close();
    }
  }, 180_000);
});

describe.skipIf(!has('soffice') || !has('pdftoppm'))('each topic Word document as LibreOffice prints it', () => {
  it('converts to a PDF of several pages, none blank, and every image carries alt text', () => {
    const pdfDir = join(work, 'pdf');
    for (const topic of TOPICS) {
      const docx = join(area, topic, 'report.docx');
      // every image has a non-empty description (Word's Alt Text)
      const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml']!);
      const images = [...xml.matchAll(/<wp:docPr [^>]*>/g)].map((m) => m[0]);
      expect(images.length, `${topic}: images`).toBeGreaterThan(0);
      for (const img of images) expect(/descr="[^"]{10,}"/.test(img), `${topic}: alt text on ${img.slice(0, 80)}`).toBe(true);

      const out = join(pdfDir, topic);
      execFileSync('soffice', ['--headless', `-env:UserInstallation=${pathToFileURL(join(work, 'lo-profile')).href}`, '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'pipe', timeout: 120_000 });
      const pdf = join(out, 'report.pdf');
      expect(existsSync(pdf), `${topic}: PDF written`).toBe(true);
      // pages as greyscale PGM at 20 dpi: a blank page is one where no pixel is darker than near-white
      execFileSync('pdftoppm', ['-r', '20', '-gray', pdf, join(out, 'page')], { stdio: 'pipe' });
      const pages = readdirSync(out).filter((f) => f.startsWith('page') && f.endsWith('.pgm')).sort();
      expect(pages.length, `${topic}: pages`).toBeGreaterThan(1);
      for (const p of pages) {
        const bytes = readFileSync(join(out, p));
        const header = bytes.subarray(0, 20).toString('latin1').match(/^P5\s+\d+\s+\d+\s+\d+\s/)!;
        const pixels = bytes.subarray(header[0].length);
        expect(pixels.some((v) => v < 200), `${topic}: ${p} has something on it`).toBe(true);
      }
    }
  }, 600_000);
});
