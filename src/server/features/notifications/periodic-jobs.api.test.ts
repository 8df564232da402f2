import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterBody, findDemoProcedure } from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { uploadFile } from '../../../../tests/support/uploads.ts';
import { CalendarCache } from '../calendar/calendar-cache.ts';
import { blobPath } from '../files/file-store.ts';
import { remindDueSoon, removeUnattachedFiles } from './periodic-jobs.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('periodic jobs', () => {
  it('reminds the assignee once of a dossier due within one working day', async () => {
    const reception = await signIn(t.app, 'tiepnhan.thachkiet');
    const procedure = await findDemoProcedure(t.database.db, { level: 'commune' });
    const d = (
      await t.app.inject({
        method: 'POST',
        url: '/api/counter/dossiers',
        headers: reception,
        payload: counterBody(procedure),
      })
    ).json();
    const specialist = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'chuyenvien.thachkiet')
      .executeTakeFirstOrThrow();
    const forwarded = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${d.code}/actions/forward`,
      headers: reception,
      payload: { version: d.version, assigneeId: specialist.id },
    });
    expect(forwarded.statusCode, forwarded.body).toBe(200);
    const calendars = new CalendarCache(t.database.db);
    const farFuture = new Date(Date.now() - 365 * 86_400_000);
    expect(await remindDueSoon(t.database.db, calendars, farFuture)).toBe(0);
    await t.database.db
      .updateTable('dossiers')
      .set({ due_at: new Date(Date.now() + 3600_000) })
      .where('code', '=', d.code)
      .execute();
    expect(await remindDueSoon(t.database.db, calendars)).toBe(1);
    expect(await remindDueSoon(t.database.db, calendars)).toBe(0);
    const rows = await t.database.db
      .selectFrom('outbox')
      .select(['topic', 'payload'])
      .where('topic', '=', 'staff.due-soon')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.payload).toMatchObject({ code: d.code, userId: specialist.id });
  });

  it('removes uploads nobody attached after a day, keeping attached and recent ones', async () => {
    const old = await uploadFile(t.app, 'old.png');
    const recent = await uploadFile(t.app, 'recent.pdf', Buffer.from('%PDF-1.4 recent\n%%EOF'));
    await t.database.db
      .updateTable('files')
      .set({ created_at: new Date(Date.now() - 2 * 86_400_000) })
      .where('id', '=', old)
      .execute();
    const oldRow = await t.database.db
      .selectFrom('files')
      .select('sha256')
      .where('id', '=', old)
      .executeTakeFirstOrThrow();
    const shared = await t.database.db
      .selectFrom('files')
      .select('id')
      .where('sha256', '=', oldRow.sha256)
      .execute();
    const removed = await removeUnattachedFiles(t.database.db, t.dataDir);
    expect(removed).toBeGreaterThanOrEqual(1);
    const left = await t.database.db
      .selectFrom('files')
      .select('id')
      .where('id', 'in', [old, recent])
      .execute();
    expect(left.map((f) => f.id)).toEqual([recent]);
    if (shared.length === 1) expect(fs.existsSync(blobPath(t.dataDir, oldRow.sha256))).toBe(false);
  });
});
