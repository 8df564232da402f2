// Browser journey through the public catalog on a phone: home → search → procedure → English and back.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../src/web/i18n/en.ts';
import { vi } from '../../src/web/i18n/vi.ts';
import { horizontalOverflow, launchBrowser, screenshot } from './browser.ts';

const phone = { width: 360, height: 740 };
const birthRegistration = 'Đăng ký khai sinh';
const timeout = 60_000;

let baseUrl = '';
let closeServer: (() => Promise<void>) | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  // MOTCUA_BASE_URL runs the journey against an instance that is already up; by default start a throwaway one.
  if (process.env.MOTCUA_BASE_URL) {
    baseUrl = process.env.MOTCUA_BASE_URL.replace(/\/$/, '');
  } else {
    const { startServer } = await import('../support/start-server.ts');
    const server = await startServer();
    baseUrl = server.url.replace(/\/$/, '');
    closeServer = () => server.close();
  }
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await closeServer?.();
}, 60_000);

/** A fresh visitor; `errors` collects uncaught exceptions and console errors other than failed requests. */
async function openContext(
  viewport = phone,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  if (!browser) throw new Error('the browser did not start');
  // Reduced motion: no half-finished transitions in the screenshots (and it checks the app honours the setting).
  const context = await browser.newContext({ viewport, locale: 'vi-VN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  return { context, page, errors };
}

function results(page: Page) {
  return page.getByRole('region', { name: vi.catalog.resultsTitle });
}

/** Names of the listed procedures, once the list has settled on the current query. */
async function resultNames(page: Page): Promise<string[]> {
  const region = results(page);
  await page
    .locator('section[aria-busy="false"]')
    .filter({ has: page.locator('#catalog-results') })
    .waitFor();
  return region.getByRole('listitem').getByRole('heading', { level: 3 }).allTextContents();
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

describe('public catalog in the browser', () => {
  test(
    'a citizen on a phone finds birth registration, reads it, and switches to English and back',
    async () => {
      const { context, page, errors } = await openContext();
      try {
        await page.goto(`${baseUrl}/`);
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
        await page.getByRole('heading', { level: 1, name: vi.home.title }).waitFor();
        await page.getByRole('heading', { level: 2, name: vi.home.fieldsTitle }).waitFor();
        // Wait for the data-driven parts, so the overflow check and the picture see the full page.
        await page.getByRole('link', { name: vi.level.commune }).waitFor();
        await page
          .getByText(/\d+ thủ tục/)
          .first()
          .waitFor();
        await page.getByRole('link', { name: vi.app.skipToContent }).waitFor({ state: 'attached' });
        await expectNoHorizontalScroll(page);
        await screenshot(page, 'home-phone');

        const homeSearch = page.getByRole('searchbox', { name: vi.home.searchLabel });
        await homeSearch.fill('dang ky khai sinh');
        await homeSearch.press('Enter');
        await page.waitForURL(/\/thu-tuc\?q=dang\+ky\+khai\+sinh$/);
        await page.getByRole('heading', { level: 1, name: vi.catalog.title }).waitFor();
        await expect.poll(async () => (await resultNames(page))[0]).toBe(birthRegistration);
        await expect(
          page.getByRole('searchbox', { name: vi.catalog.searchLabel }).inputValue(),
        ).resolves.toBe('dang ky khai sinh');
        await expectNoHorizontalScroll(page);
        await screenshot(page, 'catalog-phone');

        await results(page).getByRole('link', { name: birthRegistration, exact: true }).first().click();
        await page.waitForURL(/\/thu-tuc\/\d+$/);
        await page.getByRole('heading', { level: 1, name: birthRegistration }).waitFor();
        await page.getByRole('heading', { level: 2, name: vi.procedure.documents }).waitFor();
        const documents = page.getByRole('table', { name: vi.procedure.documentsCaption });
        expect(await documents.getByRole('row').count()).toBeGreaterThan(1);
        await page.getByRole('heading', { level: 2, name: vi.procedure.fees }).waitFor();
        const fees = page.getByRole('region', { name: vi.procedure.fees });
        expect(await fees.textContent()).toMatch(/₫|Miễn phí/);
        await page.getByRole('heading', { level: 2, name: vi.procedure.steps }).waitFor();
        await expectNoHorizontalScroll(page);
        await screenshot(page, 'procedure-phone');

        await page.getByLabel(vi.language.label).selectOption('en');
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
        await page.getByRole('navigation', { name: en.app.mainNav }).waitFor();
        await page.getByRole('link', { name: en.nav.catalog, exact: true }).waitFor();
        await page.getByRole('heading', { level: 2, name: en.procedure.documents }).waitFor();
        await page.getByRole('table', { name: en.procedure.documentsCaption }).waitFor();
        await page.getByRole('heading', { level: 2, name: en.procedure.fees }).waitFor();
        await expectNoHorizontalScroll(page);
        await screenshot(page, 'procedure-phone-en');

        // The choice survives a reload.
        await page.reload();
        await page.getByRole('heading', { level: 2, name: en.procedure.documents }).waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

        await page.getByLabel(en.language.label).selectOption('vi');
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
        await page.getByRole('heading', { level: 2, name: vi.procedure.documents }).waitFor();
        await page.getByRole('link', { name: vi.nav.catalog, exact: true }).waitFor();

        // Back to the same search.
        await page.getByRole('link', { name: vi.procedure.backToSearch }).click();
        await page.waitForURL(/\/thu-tuc\?q=dang\+ky\+khai\+sinh$/);
        await expect.poll(async () => (await resultNames(page))[0]).toBe(birthRegistration);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    timeout,
  );

  test(
    'the search finds birth registration with or without diacritics, as the visitor types',
    async () => {
      const { context, page, errors } = await openContext();
      try {
        await page.goto(`${baseUrl}/thu-tuc`);
        const search = page.getByRole('searchbox', { name: vi.catalog.searchLabel });

        await search.fill('khai sinh');
        await page.waitForURL(/\?q=khai\+sinh$/);
        await expect.poll(() => resultNames(page)).toContain(birthRegistration);

        await search.fill(birthRegistration);
        await page.waitForURL(/\?q=/);
        await expect.poll(async () => new URL(page.url()).searchParams.get('q')).toBe(birthRegistration);
        await expect.poll(async () => (await resultNames(page))[0]).toBe(birthRegistration);
        await expectNoHorizontalScroll(page);

        // On a phone the filters are folded behind one button.
        const toggle = page.getByRole('button', { name: vi.catalog.showFilters });
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        await toggle.click();
        await page.getByRole('button', { name: vi.catalog.hideFilters }).waitFor();
        await page.getByRole('combobox', { name: vi.catalog.field }).waitFor();
        await expectNoHorizontalScroll(page);
        await screenshot(page, 'catalog-phone-filters');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    timeout,
  );

  test(
    'on a desktop the filters narrow the list by level and the URL keeps them',
    async () => {
      const { context, page, errors } = await openContext({ width: 1280, height: 900 });
      try {
        await page.goto(`${baseUrl}/thu-tuc`);
        await page.getByRole('combobox', { name: vi.catalog.level }).click();
        await page.getByRole('option', { name: vi.level.commune }).click();
        await page.waitForURL(/level=commune/);
        expect((await resultNames(page)).length).toBeGreaterThan(0);
        // A second filter adds to the first one instead of replacing it.
        await page.getByRole('combobox', { name: vi.catalog.online }).click();
        await page.getByRole('option', { name: vi.online.full }).click();
        await page.waitForURL(/online=full/);
        expect(new URL(page.url()).searchParams.get('level')).toBe('commune');
        await resultNames(page);
        await screenshot(page, 'catalog-desktop-filtered');

        await page.goto(`${baseUrl}/khong-co-trang-nay`);
        await page.getByRole('heading', { level: 1, name: vi.notFound.title }).waitFor();
        await page.getByRole('link', { name: vi.notFound.home }).waitFor();
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    timeout,
  );
});
