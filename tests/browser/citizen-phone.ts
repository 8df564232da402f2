// Helpers of the citizen journeys: a 360×740 touch phone, checks that a screen suits it, and a procedure to
// apply for online. The member of staff who drives the dossier over the HTTP API is in staff-api.ts.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { collectErrors, horizontalOverflow, screenshot } from './browser.ts';

export const phone = { width: 360, height: 740 };

export async function openPhone(
  browser: Browser | undefined,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  if (!browser) throw new Error('the browser did not start');
  const context = await browser.newContext({
    viewport: phone,
    locale: 'vi-VN',
    reducedMotion: 'reduce',
    hasTouch: true,
    isMobile: true,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page, errors: collectErrors(page) };
}

/**
 * A mobile browser widens its layout viewport to fit wide content, so the page is measured against the phone's
 * own width too, not only against the window.
 */
export async function expectFitsPhone(page: Page): Promise<void> {
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
}

/** Every picture of a screen is also a check that it fits the phone. */
export async function shot(page: Page, name: string): Promise<void> {
  await expectFitsPhone(page);
  await screenshot(page, name);
}

/**
 * Controls that are hard to use on a phone: shorter than 40 px (hard to hit with a thumb), or a button whose
 * words are cut off because they do not fit.
 */
export async function crampedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (element: Element) =>
      `${element.tagName} ${element.textContent?.trim() || element.getAttribute('aria-label') || ''}`;
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'main button, main input:not([type="file"]), main select, main label.citizen-score',
      ),
    ].filter(
      (element) =>
        element.offsetParent !== null &&
        // Radio buttons and check boxes are hit by their whole label; the rating's radios hide inside theirs.
        !element.closest('.mantine-Radio-root, .mantine-Checkbox-root, .citizen-score input'),
    );
    const short = controls.filter((element) => element.getBoundingClientRect().height < 40).map(name);
    const cut = [...document.querySelectorAll<HTMLElement>('main .mantine-Button-label')]
      .filter((label) => label.offsetParent !== null && label.scrollWidth > label.clientWidth + 1)
      .map((label) => `cut off: ${name(label)}`);
    return [...short, ...cut];
  });
}

export interface OnlineProcedure {
  id: number;
  code: string;
  name: string;
  onlineLevel: string;
  documents: { id: number; name: string; required: boolean }[];
  units: { id: number; name: string }[];
}

/** A commune procedure offered fully online at `unitName`, with at least two required documents. */
export async function findOnlineProcedure(
  baseUrl: string,
  unitName: string,
  preferredName: string,
): Promise<{ procedure: OnlineProcedure; unitId: number }> {
  const units = (await (await fetch(`${baseUrl}/api/units`)).json()) as {
    items: { id: number; name: string }[];
  };
  const unitId = units.items.find((unit) => unit.name === unitName)?.id;
  if (!unitId) throw new Error(`${unitName} is not in the demo data`);
  const list = (await (
    await fetch(`${baseUrl}/api/procedures?unitId=${unitId}&online=full&level=commune&pageSize=200`)
  ).json()) as { items: { id: number; name: string }[] };
  const ordered = [...list.items].sort(
    (a, b) => Number(b.name === preferredName) - Number(a.name === preferredName),
  );
  for (const item of ordered) {
    const detail = (await (await fetch(`${baseUrl}/api/procedures/${item.id}`)).json()) as OnlineProcedure;
    if (detail.documents.filter((d) => d.required).length >= 2) return { procedure: detail, unitId };
  }
  throw new Error(`no fully online commune procedure with two required documents at ${unitName}`);
}
