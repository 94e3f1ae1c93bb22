// Opens toHTML output in real headless Chromium (Debian's, driven by playwright-core),
// waits for vega-embed to draw, checks nothing outside the page was requested, and
// saves a screenshot to test/artifacts/ (gitignored).
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { trendChart, toHTML } from '@cjsnsa/charts';
import { trendRows } from '../../packages/charts/test/fixtures/results.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the browser test: ${CHROMIUM} is absent (apt-get install -y chromium).`);

describe.skipIf(!hasChromium)('toHTML output in headless Chromium', () => {
  it('renders the chart with nothing requested from outside the page', async () => {
    const { chromium } = await import('playwright-core');
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = `${ARTIFACTS}charts-trend.html`;
    writeFileSync(file, await toHTML(trendChart(trendRows, { area: 'S12000039', indicator: 'NI4' })));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const pageURL = pathToFileURL(file).href;
      await page.goto(pageURL);
      await page.waitForSelector('body[data-chart-ready="true"] #chart svg .mark-symbol path', { timeout: 30_000 });
      const external = requests.filter((u) => u !== pageURL && !u.startsWith('data:'));
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      // The page uses the embedded font, and the chart drew its title text.
      expect(await page.evaluate(() => document.fonts.check("12px 'Liberation Sans'"))).toBe(true);
      expect(await page.locator('#chart svg').textContent()).toContain('West Dunbartonshire');
      await page.screenshot({ path: `${ARTIFACTS}charts-trend.png`, fullPage: true });
      expect(existsSync(`${ARTIFACTS}charts-trend.png`)).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
