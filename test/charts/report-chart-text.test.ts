/**
 * The charts of a report as a person sees them: the diversion report of a small
 * area (Orkney Islands) opened in Debian's Chromium at a laptop's width (1280 px)
 * and a phone's (390 px); no text in any chart is drawn smaller than 11 px at the
 * size it is shown (on a phone a chart keeps its size in a box that scrolls
 * sideways, as wide tables do, and the page itself never does). Needs a build
 * (`pnpm build`) and `scripts/setup.sh --test` (chromium).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../helpers/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'packages/report/dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'cjsnsa-chart-text-'));
let browser: Browser | null = null;

beforeAll(async () => {
  execFileSync(process.execPath, [CLI, '--area', 'Orkney Islands', '--topic', 'diversion', '--format', 'html', '--out', work, '--quiet'], { stdio: 'pipe' });
  if (hasChromium) browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)('the charts of a report in Chromium', () => {
  for (const width of [1280, 390]) {
    it(`at ${width} px: every chart's text is at least 11 px as shown, and the page does not scroll sideways`, async () => {
      const page = await browser!.newPage({ viewport: { width, height: 900 } });
      await page.goto(pathToFileURL(join(work, 'orkney-islands', 'diversion', 'report.html')).href);
      const seen = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        charts: [...document.querySelectorAll('figure.snsa-chart')].map((fig) => {
          const svg = fig.querySelector('svg')!;
          const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
          const sizes = [...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim()).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
          return { id: fig.id, smallest: Math.min(...sizes) };
        }),
      }));
      await page.close();
      expect(seen.page).toBeLessThanOrEqual(0);
      expect(seen.charts.length).toBeGreaterThan(5);
      for (const c of seen.charts) expect(c.smallest, c.id).toBeGreaterThanOrEqual(10.9);
    }, 120_000);
  }
});
