// Headless Debian Chromium for the browser journeys, and PNG screenshots under test-results/screenshots.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page PNG named `name.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Fails when the page is wider than the viewport, i.e. a phone would have to scroll sideways. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Uncaught exceptions and console errors of `page`, other than failed requests, as they happen. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  return errors;
}

export interface Journey {
  /** Without a trailing slash; empty until the file's `beforeAll` has run. */
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A browser context that is closed after the file's tests. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * The server and the browser of a test file's journeys, started before its tests and closed after them.
 * MOTCUA_BASE_URL runs them against an instance that is already up; by default a throwaway server starts on a
 * copy of the demo database, with `env` added to its settings.
 */
export function setUpJourney(env: Record<string, string> = {}): Journey {
  let baseUrl = '';
  let browser: Browser | undefined;
  let closeServer: (() => Promise<void>) | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (process.env.MOTCUA_BASE_URL) {
      baseUrl = process.env.MOTCUA_BASE_URL.replace(/\/$/, '');
    } else {
      const { startServer } = await import('../support/start-server.ts');
      const server = await startServer(env);
      baseUrl = server.url.replace(/\/$/, '');
      closeServer = () => server.close();
    }
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await closeServer?.();
  }, 60_000);

  const started = (): Browser => {
    if (!browser) throw new Error('the browser did not start');
    return browser;
  };
  return {
    get baseUrl() {
      return baseUrl;
    },
    get browser() {
      return started();
    },
    async newContext(options) {
      const context = await started().newContext(options);
      contexts.push(context);
      return context;
    },
  };
}
