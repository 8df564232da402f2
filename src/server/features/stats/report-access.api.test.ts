// Who may read which unit's statistics, and what bad input answers: always a clear 4xx problem.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitIdByName } from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';

let t: TestApp;
let commune: number;
let district: number;
let sibling: number;
let otherProvince: number;
const as: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  commune = await unitIdByName(db, 'Thạch Kiệt');
  district = await unitIdByName(db, 'huyện Tân Sơn');
  sibling = await unitIdByName(db, 'huyện Thanh Sơn');
  const calendar = await db.selectFrom('calendars').select('id').executeTakeFirstOrThrow();
  const province = await db
    .insertInto('units')
    .values({
      code: '000.00.00.H26',
      name: 'UBND tỉnh Vĩnh Phúc',
      level: 'province',
      parent_id: null,
      calendar_id: calendar.id,
      path: [],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .updateTable('units')
    .set({ path: [province.id] })
    .where('id', '=', province.id)
    .execute();
  otherProvince = province.id;
  for (const u of ['tiepnhan.thachkiet', 'lanhdao.tanson', 'admin.phutho']) as[u] = await signIn(t.app, u);
});
afterAll(() => t.close());

const get = (url: string, user?: string) => t.app.inject({ url, headers: user ? as[user] : {} });
const period = 'from=2026-01-01&to=2026-03-31';

describe('GET /api/stats/report: scope', () => {
  it('answers 200 for the caller’s own unit and the units below theirs', async () => {
    expect(
      (await get(`/api/stats/report?unitId=${commune}&${period}`, 'tiepnhan.thachkiet')).statusCode,
    ).toBe(200);
    expect((await get(`/api/stats/report?unitId=${commune}&${period}`, 'lanhdao.tanson')).statusCode).toBe(
      200,
    );
    expect((await get(`/api/stats/report?unitId=${district}&${period}`, 'lanhdao.tanson')).statusCode).toBe(
      200,
    );
    expect((await get(`/api/stats/report?unitId=${sibling}&${period}`, 'admin.phutho')).statusCode).toBe(200);
  });

  it('answers 404, as for a unit that does not exist, for a unit above, beside or in another province', async () => {
    for (const unitId of [district, sibling, otherProvince, 999_999]) {
      for (const path of [
        '/api/stats/report',
        '/api/stats/report.csv',
        '/api/stats/report.xlsx',
        '/api/stats/indicators',
      ]) {
        const res = await get(`${path}?unitId=${unitId}&${period}`, 'tiepnhan.thachkiet');
        expect(res.statusCode, `${path} ${unitId}`).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json().detail).toBe(`No unit ${unitId}.`);
      }
    }
    expect(
      (await get(`/api/stats/report?unitId=${otherProvince}&${period}`, 'admin.phutho')).statusCode,
    ).toBe(404);
  });

  it('answers 401 without a session', async () => {
    expect((await get(`/api/stats/report?unitId=${commune}&${period}`)).statusCode).toBe(401);
    expect((await get(`/api/stats/indicators?unitId=${commune}&${period}`)).statusCode).toBe(401);
  });
});

describe('GET /api/stats/report: bad input answers 400 naming the field', () => {
  const cases: [string, string, string][] = [
    ['a reversed period', 'from=2026-03-31&to=2026-01-01', 'querystring.to'],
    ['a period of 100 years', 'from=1926-01-01&to=2025-12-31', 'querystring.to'],
    ['a period one day over 10 years', 'from=2016-01-01&to=2026-01-01', 'querystring.to'],
    ['an impossible date', 'from=2026-02-30&to=2026-03-31', 'querystring.from'],
    ['a date in another format', 'from=01/01/2026&to=2026-03-31', 'querystring.from'],
    ['a date before 1900', 'from=1800-01-01&to=1800-12-31', 'querystring.from'],
    ['a missing date', 'from=2026-01-01', 'querystring.to'],
    ['an unknown grouping', `${period}&groupBy=commune`, 'querystring.groupBy'],
    [
      'includeSubunits other than true or false',
      `${period}&includeSubunits=yes`,
      'querystring.includeSubunits',
    ],
    ['an unknown parameter', `${period}&unit=3`, 'querystring'],
  ];
  for (const [what, query, field] of cases) {
    it(`refuses ${what}`, async () => {
      for (const path of ['/api/stats/report', '/api/stats/report.xlsx']) {
        const res = await get(`${path}?unitId=${commune}&${query}`, 'tiepnhan.thachkiet');
        expect(res.statusCode, res.body).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        const paths = (res.json().errors as { path: string }[]).map((e) => e.path);
        expect(
          paths.some((p) => p.startsWith(field)),
          JSON.stringify(paths),
        ).toBe(true);
      }
    });
  }

  it('accepts exactly ten years', async () => {
    const res = await get(
      `/api/stats/report?unitId=${commune}&from=2016-01-01&to=2025-12-31`,
      'tiepnhan.thachkiet',
    );
    expect(res.statusCode).toBe(200);
  });

  it('refuses a unit id that is not a number', async () => {
    const res = await get(`/api/stats/report?unitId=abc&${period}`, 'tiepnhan.thachkiet');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('querystring.unitId');
  });
});
