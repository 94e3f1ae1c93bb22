import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Open a dashboard file (optionally at a fragment), record every request,
 * and wait until its view is drawn (`data-dashboard-ready`), failing on the
 * page's own error (`data-dashboard-error`).
 */
export async function openDashboard(page: Page, file: string, hash = ''): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href + hash);
  await page.waitForSelector('body[data-dashboard-ready="true"], body[data-dashboard-error]', { timeout: 60_000 });
  expect(await page.getAttribute('body', 'data-dashboard-error')).toBeNull();
  return requests;
}

/** Make a change in the dashboard and wait until the view it leads to is drawn. */
export async function settled(page: Page, change: () => Promise<void>): Promise<void> {
  await page.evaluate(() => document.body.setAttribute('data-dashboard-ready', 'changing'));
  await change();
  await page.waitForSelector('body[data-dashboard-ready="true"]', { timeout: 60_000 });
}
