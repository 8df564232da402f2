// The development mailbox shows each administrator the mail of their own units' dossiers: another
// unit's email (a citizen's address and lookup key) is left out of the list and answers 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildApplicant,
  buildStaff,
  counterBody,
  findDemoProcedure,
} from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { CalendarCache } from '../calendar/calendar-cache.ts';
import { OutboxWorker } from './outbox-worker.ts';

let t: TestApp;
let mailId: number;
const EMAIL = 'mailbox.scope@example.vn';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await buildStaff(db, { username: 'admin.kimthuong', role: 'unit-admin', unitCode: '000.14.24.H45' });
  const reception = await signIn(t.app, 'tiepnhan.thachkiet');
  const procedure = await findDemoProcedure(db, { level: 'commune' });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/counter/dossiers',
    headers: reception,
    payload: counterBody(procedure, { applicant: buildApplicant({ email: EMAIL }) }),
  });
  expect(res.statusCode).toBe(201);
  const worker = new OutboxWorker({
    db,
    calendars: new CalendarCache(db),
    mailer: null,
    publicUrl: 'https://motcua.example.vn',
    from: 'Một cửa <motcua@example.vn>',
  });
  await worker.drain();
  mailId = Number(
    (
      await db
        .selectFrom('mail_messages')
        .select('id')
        .where('to_address', '=', EMAIL)
        .executeTakeFirstOrThrow()
    ).id,
  );
});
afterAll(() => t.close());

async function read(username: string) {
  const { cookie } = await signIn(t.app, username);
  const list = await t.app.inject({ url: '/api/mailbox?pageSize=200', headers: { cookie } });
  const page = await t.app.inject({ url: '/dev/mailbox', headers: { cookie } });
  const message = await t.app.inject({ url: `/dev/mailbox?id=${mailId}`, headers: { cookie } });
  return {
    list: list.statusCode,
    listed: (list.json().items as { to: string }[]).some((m) => m.to === EMAIL),
    total: list.json().total as number,
    onPage: page.body.includes(EMAIL),
    message: message.statusCode,
  };
}

describe('the development mailbox, scoped to the administrator’s units', () => {
  it('shows a commune dossier’s email to the district’s and the province’s administrators', async () => {
    for (const admin of ['admin.tanson', 'admin.phutho'])
      expect(await read(admin)).toMatchObject({ list: 200, listed: true, onPage: true, message: 200 });
  });

  it('hides it from a sibling commune’s administrator: left out of the list, 404 by id', async () => {
    expect(await read('admin.kimthuong')).toEqual({
      list: 200,
      listed: false,
      total: 0,
      onPage: false,
      message: 404,
    });
  });
});
