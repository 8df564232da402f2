import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterBody, findDemoProcedure } from '../../../../tests/support/factories.ts';
import { decodedText, startSmtpServer } from '../../../../tests/support/smtp-test-server.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { CalendarCache } from '../calendar/calendar-cache.ts';
import { backoffSeconds, OutboxWorker, smtpMailer } from './outbox-worker.ts';

let t: TestApp;
let reception: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  reception = await signIn(t.app, 'tiepnhan.thachkiet');
});
afterAll(() => t.close());

const worker = (smtpUrl: string | null) =>
  new OutboxWorker({
    db: t.database.db,
    calendars: new CalendarCache(t.database.db),
    mailer: smtpUrl ? smtpMailer(smtpUrl) : null,
    publicUrl: 'https://motcua.example.vn',
    from: 'Một cửa <motcua@example.vn>',
  });

async function receive(email: string | null = 'huong@example.vn', language = 'vi') {
  const procedure = await findDemoProcedure(t.database.db, { level: 'commune' });
  const body = counterBody(procedure);
  const { email: _, ...applicant } = body.applicant;
  body.applicant = (
    email ? { ...applicant, email, language } : { ...applicant, language }
  ) as typeof body.applicant;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/counter/dossiers',
    headers: reception,
    payload: body,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { code: string; version: number };
}
async function act(code: string, action: string, body: Record<string, unknown> = {}) {
  const v = (
    await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: reception.cookie } })
  ).json();
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${code}/actions/${action}`,
    headers: reception,
    payload: { version: v.version, ...body },
  });
  expect(res.statusCode, res.body).toBe(200);
}
const pending = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('outbox')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('sent_at', 'is', null)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('email notifications through the outbox', () => {
  it('sends the citizen each message in order over real SMTP, the receipt PDF attached, each once', async () => {
    await worker(null).drain(); // earlier rows out of the way
    const smtp = await startSmtpServer();
    try {
      const { code } = await receive('binh@example.vn');
      await act(code, 'request-supplement', { items: ['Bản sao CCCD'], reason: 'Thiếu' });
      await act(code, 'receive-supplement');
      await act(code, 'finish');
      await act(code, 'deliver', { method: 'counter' });
      const w = worker(smtp.url);
      expect(await w.drain()).toBe(4);
      expect(await w.drain()).toBe(0);
      const subjects = smtp.received.map((m) => m.subject);
      expect(subjects).toEqual([
        `Hồ sơ ${code} đã được tiếp nhận`,
        `Hồ sơ ${code} cần bổ sung`,
        `Hồ sơ ${code} đã có kết quả`,
        `Hồ sơ ${code} đã trả kết quả`,
      ]);
      for (const m of smtp.received) expect(m.to).toEqual(['binh@example.vn']);
      const receipt = smtp.received[0]?.raw ?? '';
      expect(receipt).toContain('Content-Type: application/pdf');
      expect(receipt).toMatch(/filename=.*giay-tiep-nhan/);
      expect(receipt).toContain('Content-Type: text/html');
      expect(decodedText(smtp.received[1]?.raw ?? '')).toContain('1. Bản sao CCCD');
      const size = Buffer.byteLength(receipt);
      console.log(`receipt email: ${size} bytes`);
      expect(size).toBeLessThan(200_000);
      const kept = await t.database.db
        .selectFrom('mail_messages')
        .select(['transport'])
        .where('dossier_id', 'is not', null)
        .where('transport', '=', 'smtp')
        .execute();
      expect(kept.length).toBe(4);
    } finally {
      await smtp.close();
    }
  });

  it('writes English when the applicant chose it', async () => {
    await worker(null).drain();
    const smtp = await startSmtpServer();
    try {
      const { code } = await receive('anna@example.com', 'en');
      await worker(smtp.url).drain();
      expect(smtp.received.map((m) => m.subject)).toEqual([`Dossier ${code} received`]);
    } finally {
      await smtp.close();
    }
  });

  it('retries a failing server with backoff and sends once it accepts', async () => {
    await worker(null).drain();
    const smtp = await startSmtpServer({ failFirst: 2 });
    try {
      await receive('retry@example.vn');
      const w = worker(smtp.url);
      await w.drain();
      expect(smtp.received).toHaveLength(0);
      const row = await t.database.db
        .selectFrom('outbox')
        .selectAll()
        .where('sent_at', 'is', null)
        .executeTakeFirstOrThrow();
      expect(row.attempts).toBe(1);
      expect(row.last_error).toMatch(/451/);
      expect(row.available_at.getTime()).toBeGreaterThan(Date.now() + 3000);
      for (let i = 0; i < 2; i++) {
        await t.database.db
          .updateTable('outbox')
          .set({ available_at: new Date() })
          .where('id', '=', row.id)
          .execute();
        await w.drain();
      }
      expect(smtp.received).toHaveLength(1);
      const done = await t.database.db
        .selectFrom('outbox')
        .selectAll()
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(done.attempts).toBe(3);
      expect(done.sent_at).not.toBeNull();
      expect(backoffSeconds(1)).toBe(5);
      expect(backoffSeconds(20)).toBe(3600);
    } finally {
      await smtp.close();
    }
  });

  it('shares the work between workers of several processes: every message exactly once', async () => {
    await worker(null).drain();
    const smtp = await startSmtpServer();
    try {
      for (let i = 0; i < 12; i++) await receive(`citizen${i}@example.vn`);
      const counts = await Promise.all([
        worker(smtp.url).drain(),
        worker(smtp.url).drain(),
        worker(smtp.url).drain(),
      ]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(12);
      expect(smtp.received).toHaveLength(12);
      expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(12);
      expect(await pending()).toBe(0);
    } finally {
      await smtp.close();
    }
  });

  it('keeps messages in the database without SMTP, and skips applicants without email', async () => {
    await worker(null).drain();
    const { code } = await receive('kept@example.vn');
    const noEmail = await receive(null);
    expect(noEmail.code).toBeTruthy();
    const before = await t.database.db.selectFrom('mail_messages').select('id').execute();
    await worker(null).drain();
    const kept = await t.database.db
      .selectFrom('mail_messages')
      .selectAll()
      .where('id', 'not in', before.length ? before.map((b) => b.id) : [0])
      .execute();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      transport: 'kept',
      to_address: 'kept@example.vn',
      subject: `Hồ sơ ${code} đã được tiếp nhận`,
    });
    const skipped = await t.database.db
      .selectFrom('outbox')
      .select('skipped_reason')
      .where('skipped_reason', 'is not', null)
      .execute();
    expect(skipped.some((s) => s.skipped_reason === 'no email address')).toBe(true);
  });

  it('sends after a restart what an action wrote before the server died, once', async () => {
    await worker(null).drain();
    const smtp = await startSmtpServer();
    try {
      await receive('crash@example.vn'); // the action committed; the process "dies" before sending
      const afterRestart = worker(smtp.url);
      await afterRestart.drain();
      await afterRestart.drain();
      await worker(smtp.url).drain();
      expect(smtp.received.filter((m) => m.to.includes('crash@example.vn'))).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });
});

describe('the development mailbox', () => {
  it('shows kept messages to administrators only', async () => {
    await receive('mailbox@example.vn');
    await worker(null).drain();
    const admin = await signIn(t.app, 'admin.tanson');
    const list = await t.app.inject({ url: '/api/mailbox', headers: { cookie: admin.cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.some((m: { to: string }) => m.to === 'mailbox@example.vn')).toBe(true);
    const page = await t.app.inject({ url: '/dev/mailbox', headers: { cookie: admin.cookie } });
    expect(page.body).toContain('mailbox@example.vn');
    expect(
      (await t.app.inject({ url: '/api/mailbox', headers: { cookie: reception.cookie } })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ url: '/dev/mailbox' })).statusCode).toBe(401);
  });
});
