// `snsa dashboard` as a reader uses it: the built command writes the file, Debian's Chromium opens it from a file URL.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSnsaData, prepareSnsa, type SnsaContext } from '@cjsnsa/report';
import { isWithheld } from '@cjsnsa/core';
import { axeViolations, seriousOnes } from '../helpers/axe.js';
import { hasChromium, launchChromium } from '../helpers/chromium.js';
import { openDashboard, settled } from '../helpers/dashboard.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'packages/report/dist/cli.js');
const FIFE = 'S12000047';
const CLACKS = 'S12000005';
const work = mkdtempSync(join(tmpdir(), 'cjsnsa-dashboard-'));
const file = join(work, 'dashboard.html');
let browser: Browser | null = null;
let ctx: SnsaContext;

beforeAll(async () => {
  execFileSync(process.execPath, [CLI, 'dashboard', '--out', file, '--quiet'], { stdio: 'pipe' });
  // the reference: the pack's own context, computed here apart from the page
  ctx = await prepareSnsa(await loadSnsaData());
  if (hasChromium) browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

interface ViewRow {
  /** The chart (`compare-NI4`, `trend-NI4-S12000047`…) whose Vega view holds the row. */
  chart: string;
  /** The dataset of the view. */
  dataset: string;
  area?: string;
  period?: string;
  value?: number | null;
  lower?: number | null;
  upper?: number | null;
}

/** Open the dashboard written by the tests (optionally at a fragment): every request made, once it is drawn. */
const open = (page: Page, hash = '') => openDashboard(page, file, hash);

/**
 * The rows the charts' Vega views hold (`view.data`), from the datasets the
 * presets name (`source_*`, and the trend's `main_points`), with the
 * periods of each chart's data table: the data drawn, not the page's tables.
 */
function viewRows(page: Page): Promise<{ rows: ViewRow[]; periods: Record<string, string[]> }> {
  return page.evaluate(() => {
    type View = { getState(o: object): { data: Record<string, unknown> }; data(name: string): Record<string, unknown>[] };
    const dash = (window as unknown as { cjsnsaDashboard: { charts: { id: string; view: View; dataTable: { period?: string }[] }[] } }).cjsnsaDashboard;
    const vega = (window as unknown as { vega: { truthy: unknown; falsy: unknown } }).vega;
    const rows: ViewRow[] = [];
    const periods: Record<string, string[]> = {};
    for (const c of dash.charts) {
      periods[c.id] = [...new Set(c.dataTable.map((r) => r.period).filter((p): p is string => typeof p === 'string'))].sort();
      const names = Object.keys(c.view.getState({ data: vega.truthy, signals: vega.falsy, recurse: true }).data).filter((n) => /^(source_\d+|main_points)$/.test(n));
      for (const name of names) {
        for (const d of c.view.data(name)) {
          if (!('value' in d)) continue;
          const plain = Object.fromEntries(Object.entries(d).filter(([, v]) => v === null || typeof v !== 'object'));
          rows.push({ chart: c.id, dataset: name, ...plain } as ViewRow);
        }
      }
    }
    return { rows, periods };
  });
}

const chartIds = (page: Page) => page.$$eval('[data-chart]', (els) => els.map((e) => e.getAttribute('data-chart')!));

describe.skipIf(!hasChromium)('snsa dashboard in Chromium, from a file URL', () => {
  it('is one file under 5 MB that draws every view and requests nothing but itself', async () => {
    expect(statSync(file).size).toBeLessThan(5 * 1024 * 1024);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain("connect-src 'none'");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    const page = await browser!.newPage();
    const requests = await open(page);
    expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
    // the rows the page holds are the pack's: a withheld cell keeps its status and no number
    const held = await page.evaluate(() => (window as unknown as { cjsnsaDashboard: { rows: Record<string, unknown>[] } }).cjsnsaDashboard.rows);
    expect(held.length).toBe(ctx.results.length);
    held.forEach((r, i) => {
      const want = ctx.results[i]!;
      expect([r.indicator, r.area, r.period, r.status, r.value, r.numerator, r.lower_998]).toEqual([want.indicator, want.area, want.period, want.status, want.value, want.numerator, want.lower_998]);
      if (isWithheld(want.status)) expect([r.value, r.numerator, r.lower, r.upper], `${want.indicator} ${want.area} ${want.period}`).toEqual([null, null, null, null]);
    });
    const ids = await chartIds(page);
    for (const kind of ['trend-', 'compare-', 'funnel-', 'heatmap']) expect(ids.some((id) => id.startsWith(kind)), kind).toBe(true);
    await page.close();
  });

  it('selecting an indicator by keyboard and areas by mouse and keyboard draws their values, withheld cells as withheld', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page);
    const rate = ctx.results.find((r) => r.measure === 'rate' && r.area_type === 'council')!.indicator;
    // keyboard: focus the indicator's checkbox and press Space
    await settled(page, async () => {
      await page.focus(`input[name="indicator"][value="${rate}"]`);
      await page.keyboard.press('Space');
    });
    // mouse: click Fife's label
    await settled(page, () => page.getByLabel('Fife', { exact: true }).click());
    // keyboard: Tab from Fife's box to the next area, then back with Shift+Tab to Clackmannanshire is not needed: focus it and press Space
    await settled(page, async () => {
      await page.focus(`input[name="area"][value="${CLACKS}"]`);
      await page.keyboard.press('Space');
    });
    const ids = await chartIds(page);
    expect(ids).toEqual(expect.arrayContaining([`trend-${rate}-${FIFE}`, `trend-${rate}-${CLACKS}`, `compare-${rate}`, `funnel-${rate}`, `spine-${FIFE}`, `spine-${CLACKS}`, 'heatmap']));

    const { rows: drawn, periods } = await viewRows(page);
    // the ranked comparison holds every council's value for its period, exactly as the results have it; withheld ones as null
    const compare = drawn.filter((d) => d.chart === `compare-${rate}` && d.area?.startsWith('S12'));
    expect(periods[`compare-${rate}`]).toHaveLength(1);
    const period = periods[`compare-${rate}`]![0]!;
    const expected = ctx.results.filter((r) => r.indicator === rate && r.period === period && r.area_type === 'council');
    expect(new Set(compare.map((d) => d.area))).toEqual(new Set(expected.map((r) => r.area)));
    for (const d of compare) {
      const r = expected.find((x) => x.area === d.area)!;
      expect(d.value ?? null, `${r.area} ${r.status}`).toBe(isWithheld(r.status) ? null : r.value);
    }
    // Fife's trend points are Fife's values for their periods
    const trend = drawn.filter((d) => d.chart === `trend-${rate}-${FIFE}` && d.dataset === 'main_points');
    expect(trend.length).toBeGreaterThan(0);
    for (const d of trend) {
      const r = ctx.results.find((x) => x.indicator === rate && x.area === FIFE && x.period === d.period)!;
      expect(d.value ?? null, d.period).toBe(isWithheld(r.status) ? null : r.value);
    }

    // 99.8% by keyboard: the trend's band is the 99.8% interval
    await settled(page, async () => {
      await page.focus('input[name="level"][value="99.8"]');
      await page.keyboard.press('Space');
    });
    const wide = (await viewRows(page)).rows.filter((d) => d.chart === `trend-${rate}-${FIFE}` && d.dataset === 'main_points' && d.lower != null);
    expect(wide.length).toBeGreaterThan(0);
    for (const d of wide) {
      const r = ctx.results.find((x) => x.indicator === rate && x.area === FIFE && x.period === d.period)!;
      expect([d.lower, d.upper]).toEqual([r.lower_998, r.upper_998]);
    }
    expect(await page.textContent('#status')).toContain('99.8% intervals');
    // …and its CSV names that interval as the 99.8% one
    const trendFigure = page.locator(`figure[data-chart="trend-${rate}-${FIFE}"]`);
    const [csv] = await Promise.all([page.waitForEvent('download'), trendFigure.getByRole('button', { name: 'Download data (CSV)' }).click()]);
    const header = readFileSync((await csv.path())!, 'utf8').split(/\r?\n/)[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['lower_99_8_ci', 'upper_99_8_ci', 'pack_area']));
    expect(header).not.toContain('lower_95_ci');
    await page.close();
  });

  it('the URL fragment restores the view, and a download gives a file', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page);
    await settled(page, () => page.getByLabel('Fife', { exact: true }).click());
    await settled(page, () => page.getByLabel('The chosen areas only').check());
    await settled(page, () => page.selectOption('#from', ctx.results.map((r) => r.period).sort().at(-3)!));
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain(`a=${FIFE}`);
    expect(hash).toContain('c=chosen');
    const ids = await chartIds(page);
    const status = await page.textContent('#status');

    const again = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await open(again, hash);
    expect(await chartIds(again)).toEqual(ids);
    expect(await again.textContent('#status')).toBe(status);
    expect(await again.isChecked(`input[name="area"][value="${FIFE}"]`)).toBe(true);
    expect(await again.isChecked('input[name="comparator"][value="chosen"]')).toBe(true);
    expect(await again.inputValue('#share-link')).toContain(hash);

    // CSV with the pack's export stamp
    const compare = again.locator('figure[data-chart^="compare-"]').first();
    const [csv] = await Promise.all([again.waitForEvent('download'), compare.getByRole('button', { name: 'Download data (CSV)' }).click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    const header = text.split(/\r?\n/)[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['pack_source', 'pack_licence', 'pack_produced', 'pack_area', 'pack_period']));
    expect(text).toContain('Scotland (S92000003)');
    // PNG and SVG of the chart
    const [png] = await Promise.all([again.waitForEvent('download'), compare.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
    const [svg] = await Promise.all([again.waitForEvent('download'), compare.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(readFileSync((await svg.path())!, 'utf8')).toMatch(/^<svg/);
    await page.close();
    await again.close();
  });

  it('axe-core finds no serious or critical WCAG 2.2 AA violation', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await open(page, `#a=${FIFE},${CLACKS}`);
    const violations = await axeViolations(page);
    expect(seriousOnes(violations)).toEqual([]);
    await context.close();
  }, 120_000);
});
