// Who may change a commune's dossiers: every role at its own unit, at another commune, above it
// at the district and the province, and without a session — one table, one expected status each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterBody, findDemoProcedure, unitIdByName } from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';

let t: TestApp;
let procedure: Awaited<ReturnType<typeof findDemoProcedure>>;
let thachKiet: number;
const sessions = new Map<string, Record<string, string>>();

const users = {
  'reception, own commune': 'tiepnhan.thachkiet',
  'specialist, own commune': 'chuyenvien.thachkiet',
  'leader, own commune': 'lanhdao.thachkiet',
  'reception, sibling commune': 'tiepnhan.kimthuong',
  'leader, sibling commune': 'lanhdao.kimthuong',
  'reception, other district': 'tiepnhan.vomieu',
  'specialist, parent district': 'chuyenvien.tanson',
  'leader, parent district': 'lanhdao.tanson',
  'unit-admin, parent district': 'admin.tanson',
  'province-admin': 'admin.phutho',
  'no session': '',
} as const;
type Who = keyof typeof users;

beforeAll(async () => {
  t = await createTestApp();
  procedure = await findDemoProcedure(t.database.db, { level: 'commune' });
  thachKiet = await unitIdByName(t.database.db, 'Thạch Kiệt');
  for (const username of Object.values(users))
    if (username) sessions.set(username, await signIn(t.app, username));
});
afterAll(() => t.close());

const headersOf = (who: Who) => sessions.get(users[who]) ?? {};

async function newDossier(): Promise<{ code: string; version: number }> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/counter/dossiers',
    headers: headersOf('reception, own commune'),
    payload: counterBody(procedure),
  });
  return res.json();
}

//                                     counter  forward  request-supplement  withdraw  read
const matrix: Record<Who, [number, number, number, number, number]> = {
  'reception, own commune': [201, 200, 200, 200, 200],
  'specialist, own commune': [403, 200, 200, 403, 200],
  'leader, own commune': [403, 200, 403, 200, 200],
  'reception, sibling commune': [403, 404, 404, 404, 404],
  'leader, sibling commune': [403, 404, 404, 404, 404],
  'reception, other district': [403, 404, 404, 404, 404],
  'specialist, parent district': [403, 404, 404, 404, 404],
  'leader, parent district': [403, 200, 403, 200, 200],
  'unit-admin, parent district': [403, 403, 403, 403, 200],
  'province-admin': [403, 403, 403, 403, 200],
  'no session': [401, 401, 401, 401, 401],
};

describe.each(Object.entries(matrix) as [Who, (typeof matrix)[Who]][])(
  '%s',
  (who, [counter, forward, supplement, withdraw, read]) => {
    it(`receives at the commune's counter: ${counter}`, async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/counter/dossiers',
        headers: headersOf(who),
        payload: counterBody(procedure, { unitId: thachKiet }),
      });
      expect(res.statusCode).toBe(counter);
    });

    it.each([
      ['forward', {}, forward],
      ['request-supplement', { items: ['Tờ khai'], reason: 'Thiếu chữ ký' }, supplement],
      ['withdraw', { reason: 'Công dân rút' }, withdraw],
    ] as const)('%s a received dossier: %#', async (action, body, expected) => {
      const d = await newDossier();
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/dossiers/${d.code}/actions/${action}`,
        headers: headersOf(who),
        payload: { version: d.version, ...body },
      });
      expect(res.statusCode).toBe(expected);
      const after = await t.database.db
        .selectFrom('dossiers')
        .select(['version'])
        .where('code', '=', d.code)
        .executeTakeFirstOrThrow();
      expect(after.version).toBe(expected === 200 ? 2 : 1);
    });

    it(`reads the dossier: ${read}`, async () => {
      const d = await newDossier();
      const res = await t.app.inject({
        url: `/api/dossiers/${d.code}`,
        headers: { cookie: headersOf(who).cookie ?? '' },
      });
      expect(res.statusCode).toBe(read);
    });
  },
);
