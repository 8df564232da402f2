// Browser journey of a citizen on a 360×740 phone: finds a procedure offered online at a commune, applies with two
// uploads, answers the officer's supplement request from the lookup page, rates the result; a real SMTP server
// in this process receives every notice, in order.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { statusText } from '../../src/domain/dossier/lifecycle.ts';
import { foldVietnamese } from '../../src/domain/text/fold.ts';
import { en } from '../../src/web/i18n/en.ts';
import { vi } from '../../src/web/i18n/vi.ts';
import { decodedText, type ReceivedMail, startSmtpServer } from '../support/smtp-test-server.ts';
import { PDF, PNG } from '../support/uploads.ts';
import { launchBrowser, screenshotDir } from './browser.ts';
import {
  crampedControls,
  findOnlineProcedure,
  type OnlineProcedure,
  openPhone,
  shot,
} from './citizen-phone.ts';
import { signInApi } from './staff-api.ts';

const commune = 'UBND xã Thạch Kiệt';
const receptionOfficer = 'tiepnhan.thachkiet';
const preferredProcedure = 'Cấp Giấy xác nhận tình trạng hôn nhân';
const timeout = 240_000;

let baseUrl = '';
let closeServer: (() => Promise<void>) | undefined;
let browser: Browser | undefined;
/** What the in-process SMTP server received; undefined when the journey runs against an outside instance. */
let smtpReceived: ReceivedMail[] | undefined;
let closeSmtp: (() => Promise<void>) | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (process.env.MOTCUA_BASE_URL) {
    baseUrl = process.env.MOTCUA_BASE_URL.replace(/\/$/, '');
  } else {
    const smtp = await startSmtpServer();
    smtpReceived = smtp.received;
    closeSmtp = smtp.close;
    const { startServer } = await import('../support/start-server.ts');
    const server = await startServer({ SMTP_URL: smtp.url });
    baseUrl = server.url.replace(/\/$/, '');
    closeServer = () => server.close();
  }
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await closeServer?.();
  await closeSmtp?.();
}, 60_000);

/** A PNG of about `bytes`: the real header (what the server checks), then padding. */
function largePng(bytes: number): Buffer {
  return Buffer.concat([PNG, Buffer.alloc(Math.max(0, bytes - PNG.length))]);
}

let code = '';
let lookupKey = '';
let procedure: OnlineProcedure | undefined;

describe('citizen journey on a phone', () => {
  test(
    'applies online with two uploads, answers a supplement request, follows the status and rates the result',
    async () => {
      procedure = (await findOnlineProcedure(baseUrl, commune, preferredProcedure)).procedure;
      const [first, second] = procedure.documents.filter((d) => d.required);
      if (!first || !second) throw new Error('two required documents expected');
      const { context, page, errors } = await openPhone(browser);
      contexts.push(context);

      // 1. Find the procedure in the catalog, without diacritics, and open it.
      await page.goto(`${baseUrl}/thu-tuc`);
      const search = page.getByRole('searchbox', { name: vi.catalog.searchLabel });
      await search.fill(foldVietnamese(procedure.name).toLowerCase());
      const results = page.getByRole('region', { name: vi.catalog.resultsTitle });
      await results.getByRole('link', { name: procedure.name, exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: procedure.name }).waitFor();
      const apply = page.getByRole('link', { name: vi.submit.title });
      await apply.waitFor();
      await shot(page, 'citizen-1-procedure');
      await apply.click();
      await page.waitForURL(`${baseUrl}/nop-ho-so/${procedure.id}`);

      // 2. The form: the unit, the requirements, the applicant; a wrong ID number is refused on the spot.
      await page.getByRole('heading', { level: 1, name: new RegExp(vi.submit.title) }).waitFor();
      await page.getByRole('heading', { level: 2, name: vi.submit.requirementsSection }).waitFor();
      await page.getByLabel(vi.submit.unit).selectOption({ label: commune });
      await page.getByRole('textbox', { name: vi.submit.name }).fill('Nguyễn Văn An');
      await page.getByRole('textbox', { name: vi.submit.idNumber }).fill('02519000');
      await page.getByRole('textbox', { name: vi.submit.phone }).fill('0912 345 678');
      await page.getByRole('textbox', { name: vi.submit.email }).fill('nguyen.van.an@example.com');
      await shot(page, 'citizen-2-form');
      // A full-page picture drops the touch emulation, so the camera button is pictured from one card.
      const cameraCard = page.locator(`li[data-component="${first.id}"]`);
      await cameraCard.getByText(vi.upload.photo).waitFor();
      await cameraCard.screenshot({ path: `${screenshotDir}citizen-2-document-card.png` });
      await page.getByRole('button', { name: vi.submit.send }).click();
      await page.getByText(vi.submit.errors.idNumber).waitFor();
      expect(await page.getByText(vi.submit.errors.documentMissing).count()).toBe(2);
      await page.getByText(vi.submit.errors.pledge).waitFor();
      const idNumber = page.getByRole('textbox', { name: vi.submit.idNumber });
      await expect.poll(() => idNumber.evaluate((input) => input === document.activeElement)).toBe(true);
      expect(await crampedControls(page)).toEqual([]);
      await shot(page, 'citizen-3-form-errors');
      await idNumber.fill('025190001234');

      // 3. Two uploads on a slow connection: the progress bar moves; a text file is refused and replaced.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 300,
        downloadThroughput: 400 * 1024,
        uploadThroughput: 60 * 1024,
      });
      const firstCard = page.locator(`li[data-component="${first.id}"]`);
      await page.getByLabel(`Chọn tệp cho: ${first.name}`).setInputFiles({
        name: 'anh-to-khai.png',
        mimeType: 'image/png',
        buffer: largePng(240 * 1024),
      });
      const progress = firstCard.getByRole('progressbar');
      await progress.waitFor();
      await expect
        .poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 15_000 })
        .toBeGreaterThan(0);
      await shot(page, 'citizen-4-uploading');
      await firstCard.getByText(/Đã tải lên/).waitFor({ timeout: 30_000 });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });

      const secondCard = page.locator(`li[data-component="${second.id}"]`);
      await page.getByLabel(`Chọn tệp cho: ${second.name}`).setInputFiles({
        name: 'ghi-chu.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('không phải giấy tờ'),
      });
      await secondCard.getByText(vi.upload.failure.type).waitFor();
      await secondCard.getByLabel(/^Thay tệp ghi-chu\.txt/).setInputFiles({
        name: 'cccd.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await secondCard.getByText(/Đã tải lên/).waitFor();
      expect(await secondCard.getByText('ghi-chu.txt').count()).toBe(0);
      await page.getByLabel(vi.submit.pledge).check();
      expect(await crampedControls(page)).toEqual([]);
      await shot(page, 'citizen-5-form-ready');

      // 4. Send: the receipt shows the code and the key big, once, with the QR code of the lookup page.
      await page.getByRole('button', { name: vi.submit.send }).click();
      await page.getByRole('heading', { level: 1, name: vi.receipt.title }).waitFor();
      code = ((await page.getByTestId('dossier-code').textContent()) ?? '').trim();
      lookupKey = (await page.getByTestId('lookup-key').getAttribute('data-key')) ?? '';
      expect(code).toMatch(/^[A-Za-z0-9.]+-\d{6}-\d{4,}$/);
      expect(lookupKey).toMatch(/^[A-Z0-9]{8,}$/);
      await page.getByText(vi.receipt.onceTitle).waitFor();
      await page.getByRole('img', { name: `Mã QR mở trang tra cứu hồ sơ ${code}` }).waitFor();
      await page.getByText(vi.receipt.estimateText).waitFor();
      await page.getByRole('button', { name: vi.receipt.copy }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Đã chép|Không chép được/ })
        .waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: vi.receipt.saveImage }).click();
      const image = await download;
      expect(image.suggestedFilename()).toBe(`ho-so-${code}.png`);
      await image.saveAs(`${screenshotDir}citizen-receipt-image.png`);
      expect(await crampedControls(page)).toEqual([]);
      await shot(page, 'citizen-6-receipt');

      // 5. The officer accepts it and asks for more papers.
      const officer = await signInApi(baseUrl, receptionOfficer);
      await officer.act(code, 'accept');
      const items = ['Bản sao trích lục khai tử của vợ (chồng) đã mất', 'Ảnh chụp CCCD mặt sau, rõ nét'];
      const reason = 'Ảnh CCCD bị mờ; thiếu giấy tờ chứng minh tình trạng hôn nhân trước đây.';
      await officer.act(code, 'request-supplement', { items, reason });

      // 6. The citizen opens the lookup page from the link in the emails and the QR code, and answers.
      await page.goto(`${baseUrl}/tra-cuu?code=${encodeURIComponent(code)}&key=${lookupKey}`);
      await page.getByTestId('status-text').filter({ hasText: statusText.awaiting_supplement.vi }).waitFor();
      const supplement = page.getByRole('region', { name: vi.supplement.title });
      await supplement.getByText(reason).waitFor();
      for (const item of items) await supplement.getByText(item, { exact: false }).first().waitFor();
      expect(await supplement.locator('li[data-item]').count()).toBe(items.length);
      await page.getByRole('heading', { name: vi.lookup.timelineSection }).waitFor();
      expect(await crampedControls(page)).toEqual([]);
      await shot(page, 'citizen-7-lookup-supplement');

      const optional = procedure.documents.find((d) => !d.required) ?? first;
      await supplement
        .getByLabel(`Thuộc giấy tờ (mục: ${items[0]})`)
        .selectOption({ value: String(optional.id) });
      await supplement.getByLabel(`Chọn tệp cho: ${items[0]}`).setInputFiles({
        name: 'trich-luc-khai-tu.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await supplement.getByLabel(`Chọn tệp cho: ${items[1]}`).setInputFiles({
        name: 'cccd-mat-sau.png',
        mimeType: 'image/png',
        buffer: PNG,
      });
      await expect.poll(() => supplement.getByText(/Đã tải lên/).count()).toBe(2);
      await shot(page, 'citizen-8-supplement-ready');
      await supplement.getByRole('button', { name: vi.supplement.send }).click();
      await page.getByRole('status').filter({ hasText: vi.supplement.sent }).waitFor();
      await page.getByTestId('status-text').filter({ hasText: statusText.in_progress.vi }).waitFor();
      expect(await page.getByRole('region', { name: vi.supplement.title }).count()).toBe(0);
      await shot(page, 'citizen-9-supplement-sent');

      // 7. The officer finishes and hands the result over; the citizen refreshes and rates.
      await officer.act(code, 'finish');
      await officer.act(code, 'deliver', { method: 'counter' });
      await page.getByRole('button', { name: vi.lookup.refresh }).click();
      await page.getByTestId('status-text').filter({ hasText: statusText.delivered.vi }).waitFor();
      const rating = page.getByRole('region', { name: vi.rating.title });
      await rating.getByRole('radio', { name: vi.rating.scores.very_satisfied }).waitFor();
      expect(await crampedControls(page)).toEqual([]);
      await shot(page, 'citizen-10-lookup-rate');
      await rating.getByRole('button', { name: vi.rating.send }).click();
      await rating.getByText(vi.rating.problem.noScore).waitFor();
      await rating.getByText(vi.rating.scores.very_satisfied).click();
      await rating
        .getByRole('textbox', { name: vi.rating.comment })
        .fill('Cán bộ hướng dẫn bổ sung rất rõ ràng.');
      await rating.getByRole('button', { name: vi.rating.criteriaToggle }).click();
      await rating
        .getByRole('radiogroup', { name: vi.rating.criteria.processingTime })
        .getByRole('radio', { name: vi.rating.marks.good })
        .check();
      await shot(page, 'citizen-11-rating-filled');
      await rating.getByRole('button', { name: vi.rating.send }).click();
      await page.getByRole('status').filter({ hasText: vi.rating.thanks }).waitFor();
      await page.getByText(`Bạn đã đánh giá: ${vi.rating.scores.very_satisfied}. Cảm ơn bạn!`).waitFor();
      const timeline = page.getByRole('list', { name: vi.lookup.timelineSection });
      expect(
        await timeline.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-action'))),
      ).toEqual(['deliver', 'finish', 'supplement-submitted', 'request-supplement', 'accept', 'submit']);
      expect(await timeline.textContent()).toMatch(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
      await shot(page, 'citizen-12-rated');

      // The same page in English, then back.
      await page.getByLabel(vi.language.label).selectOption('en');
      await page.getByRole('heading', { level: 2, name: en.lookup.timelineSection }).waitFor();
      await page.getByTestId('status-text').filter({ hasText: statusText.delivered.en }).waitFor();
      expect(await crampedControls(page)).toEqual([]);
      await shot(page, 'citizen-13-rated-en');
      await page.getByLabel(en.language.label).selectOption('vi');
      expect(errors).toEqual([]);
    },
    timeout,
  );

  test('the applicant got every notice by email, in order', async ({ skip }) => {
    if (!code) return skip('the journey above did not submit a dossier');
    const expected = [
      `Đã nhận hồ sơ trực tuyến ${code}`,
      `Hồ sơ ${code} đã được tiếp nhận`,
      `Hồ sơ ${code} cần bổ sung`,
      `Hồ sơ ${code} đã có kết quả`,
      `Hồ sơ ${code} đã trả kết quả`,
    ];
    const received = smtpReceived;
    if (received) {
      // The outbox worker runs every second: give it a few rounds.
      const subjects = () =>
        received
          .filter((mail) => mail.subject.includes(code) && mail.to.includes('nguyen.van.an@example.com'))
          .map((mail) => mail.subject);
      await expect.poll(subjects, { timeout: 15_000, interval: 500 }).toEqual(expected);
      // Each notice leads to the lookup page with the code and the key; the acceptance carries the receipt slip.
      const mails = received.filter((mail) => mail.subject.includes(code));
      const link = `/tra-cuu?code=${encodeURIComponent(code)}&key=${lookupKey}`;
      for (const mail of mails.slice(0, 3)) expect(decodedText(mail.raw)).toContain(link);
      expect(mails[1]?.raw).toMatch(/Content-Type: application\/pdf/i);
      return;
    }
    // An outside instance without our SMTP server: the development mailbox keeps the messages.
    const admin = await signInApi(baseUrl, 'admin.tanson');
    const subjects = async () => {
      const box = await admin.get<{ items: { subject: string; to: string }[] }>('/api/mailbox?pageSize=200');
      return box.items
        .filter((mail) => mail.subject.includes(code))
        .map((mail) => mail.subject)
        .reverse();
    };
    await expect.poll(subjects, { timeout: 15_000, interval: 500 }).toEqual(expected);
  });
});
