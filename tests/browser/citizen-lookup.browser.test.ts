// Browser checks of the citizen lookup on a 360×740 phone beside the main journey: a wrong key or code reads the
// same, the form takes the key as printed, a procedure not offered online says so, and too many lookups slow down.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { statusText } from '../../src/domain/dossier/lifecycle.ts';
import { vi } from '../../src/web/i18n/vi.ts';
import { PDF } from '../support/uploads.ts';
import { launchBrowser } from './browser.ts';
import { crampedControls, findOnlineProcedure, openPhone, shot } from './citizen-phone.ts';

// Low enough to reach in a test, high enough for the checks that come before.
const lookupsPerMinute = 15;

let baseUrl = '';
let closeServer: (() => Promise<void>) | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
let code = '';
let lookupKey = '';
let onlineProcedureId = 0;

async function uploadPdf(name: string): Promise<string> {
  const form = new FormData();
  form.set('file', new Blob([PDF], { type: 'application/pdf' }), name);
  const response = await fetch(`${baseUrl}/api/files`, { method: 'POST', body: form });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

beforeAll(async () => {
  if (process.env.MOTCUA_BASE_URL) {
    baseUrl = process.env.MOTCUA_BASE_URL.replace(/\/$/, '');
  } else {
    const { startServer } = await import('../support/start-server.ts');
    const server = await startServer({ RATE_LIMIT_LOOKUP_PER_MINUTE: String(lookupsPerMinute) });
    baseUrl = server.url.replace(/\/$/, '');
    closeServer = () => server.close();
  }
  browser = await launchBrowser();
  // A dossier submitted over the API, as the journey's form would.
  const { procedure, unitId } = await findOnlineProcedure(baseUrl, 'UBND xã Kim Thượng', '');
  onlineProcedureId = procedure.id;
  const documents = [];
  for (const document of procedure.documents.filter((d) => d.required))
    documents.push({ componentId: document.id, fileId: await uploadPdf(`${document.id}.pdf`) });
  const response = await fetch(`${baseUrl}/api/dossiers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      procedureId: procedure.id,
      unitId,
      applicant: { name: 'Hà Thị Lan', idNumber: '025190004321', phone: '0987654321', language: 'vi' },
      documents,
    }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  ({ code, lookupKey } = (await response.json()) as { code: string; lookupKey: string });
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await closeServer?.();
}, 60_000);

async function phonePage() {
  const opened = await openPhone(browser);
  contexts.push(opened.context);
  return opened;
}

describe('citizen lookup on a phone', () => {
  test('a wrong key and an unknown code read the same; the form takes the key as printed, spaces and all', async () => {
    const { page, errors } = await phonePage();
    await page.goto(`${baseUrl}/tra-cuu?code=${encodeURIComponent(code)}&key=AAAAAAAAAAAAAAAA`);
    await page.getByRole('alert').filter({ hasText: vi.lookup.notFound }).waitFor();
    await page.goto(`${baseUrl}/tra-cuu?code=KHONG-CO-260101-0001&key=${lookupKey}`);
    await page.getByRole('alert').filter({ hasText: vi.lookup.notFound }).waitFor();
    // The form is there to correct the code or the key, filled with what was tried.
    expect(await page.getByRole('textbox', { name: vi.lookup.code }).inputValue()).toBe(
      'KHONG-CO-260101-0001',
    );
    await shot(page, 'citizen-lookup-not-found');

    await page.goto(`${baseUrl}/tra-cuu`);
    await page.getByRole('textbox', { name: vi.lookup.code }).fill(` ${code} `);
    await page
      .getByRole('textbox', { name: vi.lookup.key })
      .fill(lookupKey.toLowerCase().replace(/(.{4})(?=.)/g, '$1 '));
    expect(await crampedControls(page)).toEqual([]);
    await shot(page, 'citizen-lookup-form');
    await page.getByRole('button', { name: vi.lookup.submit }).click();
    await page.getByTestId('status-text').filter({ hasText: statusText.submitted.vi }).waitFor();
    expect(new URL(page.url()).searchParams.get('key')).toBe(lookupKey);
    // Not accepted yet: no appointment, and nothing asked of the applicant.
    await page.getByText(vi.lookup.dueLater).waitFor();
    expect(await page.getByRole('region', { name: vi.supplement.title }).count()).toBe(0);
    expect(await page.getByRole('region', { name: vi.rating.title }).count()).toBe(0);
    await shot(page, 'citizen-lookup-submitted');
    expect(errors).toEqual([]);
  });

  test('a procedure that is not offered online has no online button, and its submission page says so', async () => {
    const list = (await (await fetch(`${baseUrl}/api/procedures?online=none&pageSize=1`)).json()) as {
      items: { id: number; name: string }[];
    };
    const offline = list.items[0];
    if (!offline) throw new Error('the demo catalog has no procedure without online service');
    const { page, errors } = await phonePage();
    await page.goto(`${baseUrl}/thu-tuc/${offline.id}`);
    await page.getByRole('heading', { level: 1, name: offline.name }).waitFor();
    expect(await page.getByRole('link', { name: vi.submit.title }).count()).toBe(0);
    await page.goto(`${baseUrl}/nop-ho-so/${offline.id}`);
    await page.getByRole('alert').filter({ hasText: vi.submit.notOnlineTitle }).waitFor();
    expect(await page.getByRole('button', { name: vi.submit.send }).count()).toBe(0);
    await shot(page, 'citizen-submit-not-online');
    expect(errors).toEqual([]);
  });

  test('leaving a half-filled form asks first; staying keeps what was typed', async () => {
    const { page, errors } = await phonePage();
    await page.goto(`${baseUrl}/nop-ho-so/${onlineProcedureId}`);
    await page.getByRole('textbox', { name: vi.submit.name }).fill('Hà Thị Lan');
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: vi.submit.back }).click();
    await expect.poll(() => questions).toEqual([vi.submit.leaveConfirm]);
    expect(new URL(page.url()).pathname).toBe(`/nop-ho-so/${onlineProcedureId}`);
    expect(await page.getByRole('textbox', { name: vi.submit.name }).inputValue()).toBe('Hà Thị Lan');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('link', { name: vi.submit.back }).click();
    await page.waitForURL(`${baseUrl}/thu-tuc/${onlineProcedureId}`);
    expect(errors).toEqual([]);
  });

  test('too many lookups from one client: the page asks to wait instead of saying "not found"', async ({
    skip,
  }) => {
    if (!closeServer) return skip('the rate limit of an outside instance is not known');
    // The limit counts per client address: this process and the browser share 127.0.0.1.
    let status = 0;
    for (let attempt = 0; attempt <= lookupsPerMinute && status !== 429; attempt += 1) {
      status = (await fetch(`${baseUrl}/api/lookup/${encodeURIComponent(code)}?key=${lookupKey}`)).status;
    }
    expect(status).toBe(429);
    const { page, errors } = await phonePage();
    await page.goto(`${baseUrl}/tra-cuu?code=${encodeURIComponent(code)}&key=${lookupKey}`);
    await page.getByRole('alert').filter({ hasText: vi.lookup.tooManyTitle }).waitFor();
    expect(await page.getByText(vi.lookup.notFound).count()).toBe(0);
    await shot(page, 'citizen-lookup-too-many');
    expect(errors).toEqual([]);
  });
});
