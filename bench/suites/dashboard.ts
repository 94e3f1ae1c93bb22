import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDashboardHtml, prepareSnsa } from '../../packages/report/dist/index.js';
import type { BenchContext } from '../lib/context.js';
import { missingFigure, timeFigure, type Figure } from '../lib/figure.js';
import { summarise, timeRuns } from '../lib/timing.js';

const CHROMIUM = '/usr/bin/chromium';
/** Issue 19's goals for the national dashboard. */
const LOAD_TARGET_MS = 1000;
const SIZE_TARGET_BYTES = 5 * 1024 * 1024;

/**
 * Figure 8, the national dashboard (`snsa dashboard`): the time to build
 * the page from the computed context, its size, and the time Chromium takes
 * to open it from a file URL until every chart of its opening view is drawn
 * (`data-dashboard-ready`), each open in a fresh page.
 *
 * @example
 * ```ts
 * (await benchDashboard(ctx)).map((f) => f.id); // ['dashboard.build', 'dashboard.load']
 * ```
 */
export async function benchDashboard(ctx: BenchContext): Promise<Figure[]> {
  const snsa = await prepareSnsa(await ctx.snsaData());
  let html = '';
  const build = await timeRuns(async () => {
    html = await buildDashboardHtml(snsa, { asOf: '2025-01-31' });
  }, { runs: ctx.runs(5), warmup: 1 });
  const bytes = Buffer.byteLength(html);
  const size = `${(bytes / 1024 / 1024).toFixed(2)} MB (goal < 5 MB)`;
  const figures = [timeFigure('dashboard.build', 'dashboard', 'buildDashboardHtml, national (results already computed)', build, { note: `file ${size}` })];
  if (!existsSync(CHROMIUM)) {
    figures.push(missingFigure('dashboard.load', 'dashboard', 'National dashboard opened in Chromium', 'skipped', `no ${CHROMIUM}; file ${size}`));
    return figures;
  }
  const dir = await mkdtemp(join(tmpdir(), 'cjsnsa-bench-dashboard-'));
  const file = join(dir, 'dashboard.html');
  await writeFile(file, html);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const samples: number[] = [];
    for (let i = 0; i < ctx.runs(5) + 1; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const start = performance.now();
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('body[data-dashboard-ready="true"]', { timeout: 60_000 });
      if (i > 0) samples.push(performance.now() - start); // the first open warms Chromium up
      await page.close();
    }
    const load = timeFigure('dashboard.load', 'dashboard', 'National dashboard opened from a file URL in Chromium, charts drawn', summarise(samples), {
      targetMs: LOAD_TARGET_MS,
      note: `file ${size}; from goto to the opening view drawn (trend, ranked comparison, funnel, tartan rug)`,
    });
    if (bytes >= SIZE_TARGET_BYTES) load.result = 'fail';
    figures.push(load);
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}
