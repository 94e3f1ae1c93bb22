// `snsa dashboard --services` as a reader uses it: the built command writes the national dashboard with the
// fixture register (plus a service whose name holds a <script>), Debian's Chromium opens it from a file URL.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDirectoryRegister, servicesDirectory, type DirectoryRegister } from '@cjsnsa/report';
import { axeViolations, seriousOnes } from '../helpers/axe.js';
import { hasChromium, launchChromium } from '../helpers/chromium.js';
import { openDashboard, settled } from '../helpers/dashboard.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'packages/report/dist/cli.js');
const FIXTURE = join(ROOT, 'packages/report/test/services/fixtures/directory-register.csv');
const AS_OF = '2025-06-01';
const FIFE = 'S12000047';
const SIAR = 'S12000013';
const CLACKS = 'S12000005';
const SCRIPT_NAME = '<script>window.pwned=1</script> Fife Mentors';
const work = mkdtempSync(join(tmpdir(), 'cjsnsa-dashboard-services-'));
const file = join(work, 'dashboard.html');
const registerFile = join(work, 'register.csv');
let browser: Browser | null = null;
let register: DirectoryRegister;

beforeAll(async () => {
  // the fixture, and a checked Fife service whose name is markup: the page must show it as text
  writeFileSync(
    registerFile,
    readFileSync(FIXTURE, 'utf8').trimEnd() +
      `\nD008,Fife,${SCRIPT_NAME},Kingdom Mentors,third-sector,Mentoring & support,Adults in Fife,Self-referral,01592 000008,4,2024-04-01,2026-01-31,complete,2024-05-01,yes,2024-01-15,\n`,
  );
  execFileSync(process.execPath, [CLI, 'dashboard', '--services', registerFile, '--as-of', AS_OF, '--out', file, '--quiet'], { stdio: 'pipe' });
  // the reference: the directory as `snsa services` makes it, apart from the page
  register = await readDirectoryRegister(registerFile, { today: AS_OF });
  if (hasChromium) browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The ids of the services `servicesDirectory` lists for an area (Scotland's with none). */
const expected = (area?: string) => servicesDirectory(register, { area: area ?? null, asOf: AS_OF }).entries.map((e) => `service-${e.serviceId}`);

/** Open the dashboard written by the tests (optionally at a fragment): every request made, once it is drawn. */
const open = (page: Page, hash = '') => openDashboard(page, file, hash);

/** The services the reader sees (laid out, not hidden by the area or the search), in order. */
const visibleServices = (page: Page) =>
  page.$$eval('#services-list .service', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.id));

describe.skipIf(!hasChromium)('the Services view of snsa dashboard --services, in Chromium from a file URL', () => {
  it("is reached by keyboard and lists Scotland's checked services, a <script> in a name shown as text, with nothing requested", async () => {
    const html = readFileSync(file, 'utf8');
    expect(html).toContain("connect-src 'none'");
    expect(html).not.toContain('<script>window.pwned');
    // services not checked are not in the file at all
    expect(html).not.toContain('Women&#39;s Space');
    expect(html).not.toContain('Fife Family Support');

    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const requests = await open(page);
    expect(await page.isVisible('#panel-indicators')).toBe(true);
    expect(await page.isVisible('#panel-services')).toBe(false);
    // keyboard: focus the selected tab, arrow right to the Services tab
    await page.focus('#tab-indicators');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-services');
    expect(await page.getAttribute('#tab-services', 'aria-selected')).toBe('true');
    expect(await page.getAttribute('#tab-indicators', 'aria-selected')).toBe('false');
    expect(await page.isVisible('#panel-services')).toBe(true);
    expect(await page.isVisible('#panel-indicators')).toBe(false);
    expect(await page.evaluate(() => location.hash)).toContain('v=services');
    // Home goes back to the first tab, End to the last
    await page.keyboard.press('Home');
    expect(await page.isVisible('#panel-indicators')).toBe(true);
    await page.keyboard.press('End');
    expect(await page.isVisible('#panel-services')).toBe(true);

    // no area chosen: Scotland's directory, exactly servicesDirectory's entries (due diligence complete or not required, and agreed)
    expect(await page.textContent('#services-title')).toBe('Services directory: Scotland');
    expect(await visibleServices(page)).toEqual(expected());
    expect(await visibleServices(page)).not.toContain('service-D003');
    expect(await page.textContent('#services-rule')).toContain('2 services in the register are not listed because they are not checked yet.');
    // stale reviews and funding ending within 12 months: flagged on the service and counted
    expect(await page.textContent('#service-D002')).toContain('Review overdue');
    expect(await page.textContent('#service-D001')).toContain('Funding ends within 12 months');
    expect(await page.textContent('#services-flags')).toContain('2 entries have not been reviewed in the last 12 months; 2 services have funding that ends within 12 months');
    // the name with markup is text, and nothing ran
    expect(await page.textContent('#service-D008-name')).toBe(SCRIPT_NAME);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    // the funding cliff of the services listed that record both dates
    const funding = await page.evaluate(() => {
      const d = (window as unknown as { cjsnsaDashboard: { serviceCharts: { id: string; dataTable: { service: string }[] }[] } }).cjsnsaDashboard;
      return d.serviceCharts.map((c) => [c.id, c.dataTable.map((r) => r.service).sort()]);
    });
    expect(funding).toEqual([['services-funding', ['Fife Housing on Release', SCRIPT_NAME, 'Island Bail Support', 'Throughcare Mentors'].sort()]]);
    expect(await page.isVisible('figure[data-chart="services-funding"]')).toBe(true);
    expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
    await page.close();
  });

  it('the search filters the services, and the fragment restores the view and the search', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, '#v=services');
    expect(await page.isVisible('#panel-services')).toBe(true);
    await page.fill('#services-q', 'bail');
    expect(await visibleServices(page)).toEqual(['service-D001']);
    expect(await page.textContent('#services-count')).toBe('1 service shown of 6.');
    // every word must appear
    await page.fill('#services-q', 'mentoring fife');
    expect(await visibleServices(page)).toEqual(['service-D008']);
    await page.fill('#services-q', 'nothing like this');
    expect(await visibleServices(page)).toEqual([]);
    expect(await page.textContent('#services-count')).toContain('No listed service has every word searched.');
    await page.fill('#services-q', 'bail');
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('v=services');
    expect(hash).toContain('q=bail');
    expect(await page.inputValue('#share-link')).toContain(hash);

    const again = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await open(again, hash);
    expect(await again.getAttribute('#tab-services', 'aria-selected')).toBe('true');
    expect(await again.isVisible('#panel-services')).toBe(true);
    expect(await again.inputValue('#services-q')).toBe('bail');
    expect(await visibleServices(again)).toEqual(['service-D001']);

    // printed in the Services view: only the directory, every service listed for the area (the search box and the controls not)
    await again.emulateMedia({ media: 'print' });
    for (const hidden of ['header', '#controls', '[role=tablist]', '.services-search', '#panel-indicators']) expect(await again.isVisible(hidden), hidden).toBe(false);
    expect(await visibleServices(again)).toEqual(expected());
    await again.emulateMedia({ media: 'screen' });
    // back to the indicators: the charts are there, the fragment says so
    await again.click('#tab-indicators');
    expect(await again.isVisible('#panel-indicators')).toBe(true);
    expect(await again.evaluate(() => location.hash)).not.toContain('v=services');
    await page.close();
    await again.close();
  });

  it("changing the areas changes the services to those areas' directories, with a clear state when an area has none of its own", async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, '#v=services');
    // the area controls stay beside the view: choose Fife by keyboard
    await settled(page, async () => {
      await page.focus(`input[name="area"][value="${FIFE}"]`);
      await page.keyboard.press('Space');
    });
    expect(await page.isVisible('#panel-services')).toBe(true);
    expect(await page.textContent('#services-title')).toBe('Services directory: Fife');
    expect(await visibleServices(page)).toEqual(expected(FIFE));
    expect(await visibleServices(page)).toEqual(['service-D006', 'service-D008', 'service-D005']);
    expect(await page.textContent('#services-rule')).toContain('1 service in the register is not listed');
    // Fife and Na h-Eileanan Siar: both directories, each service once
    await settled(page, () => page.getByLabel('Na h-Eileanan Siar', { exact: true }).click());
    expect(await visibleServices(page)).toEqual([...new Set([...expected(FIFE), ...expected(SIAR)])].sort((a, b) => expected().indexOf(a) - expected().indexOf(b)));
    expect(await page.textContent('#services-rule')).toContain('2 services in the register are not listed');
    // Clackmannanshire only: nothing of its own, said so; only the Scotland-wide service; no funding cliff
    await settled(page, async () => {
      await page.click('#clear-areas');
    });
    await settled(page, () => page.getByLabel('Clackmannanshire', { exact: true }).click());
    expect(await page.evaluate(() => location.hash)).toContain(`a=${CLACKS}`);
    expect(await visibleServices(page)).toEqual(expected(CLACKS));
    expect(await visibleServices(page)).toEqual(['service-D006']);
    expect(await page.textContent('#services-empty')).toContain('No services listed for Clackmannanshire itself');
    expect(await page.textContent('p[data-chart="services-funding"]')).toContain('None of the services listed for Clackmannanshire');
    await page.close();
  });

  it("an area's dashboard opens its Services view on that area's directory", async () => {
    const areaFile = join(work, 'siar.html');
    execFileSync(process.execPath, [CLI, 'dashboard', '--area', 'Na h-Eileanan Siar', '--services', registerFile, '--as-of', AS_OF, '--out', areaFile, '--quiet'], { stdio: 'pipe' });
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(areaFile).href);
    await page.waitForSelector('body[data-dashboard-ready="true"]', { timeout: 60_000 });
    await page.click('#tab-services');
    expect(await page.textContent('#services-title')).toBe('Services directory: Na h-Eileanan Siar');
    expect(await visibleServices(page)).toEqual(expected(SIAR));
    // the page of its own is still written beside it, and linked
    expect(readFileSync(areaFile, 'utf8')).toContain('<a href="siar-services.html">Services directory</a>');
    expect(readFileSync(join(work, 'siar-services.html'), 'utf8')).toContain('<h1>Services directory: Na h-Eileanan Siar</h1>');
    await page.close();
  }, 120_000);

  it('axe-core finds no serious or critical WCAG 2.2 AA violation in the Services view', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await open(page, `#v=services&a=${FIFE},${SIAR}`);
    expect(await page.isVisible('#panel-services')).toBe(true);
    const violations = await axeViolations(page);
    expect(seriousOnes(violations)).toEqual([]);
    await context.close();
  }, 120_000);
});
