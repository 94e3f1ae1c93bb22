import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** Debian's Chromium, installed by `scripts/setup.sh --test`. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether Debian's Chromium is installed. */
export const hasChromium = existsSync(CHROMIUM);

/**
 * Launch Debian's headless Chromium with the flags that keep it off the
 * network (no background connections, no component updates).
 */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
