import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';

let t: TestApp;
let communeId: number;
beforeAll(async () => {
  t = await createTestApp();
  const units = (await t.app.inject({ url: '/api/units' })).json() as {
    items: { id: number; level: string }[];
  };
  communeId = units.items.find((u) => u.level === 'commune')?.id ?? 0;
});
afterAll(() => t.close());

const due = (query: string) => t.app.inject({ url: `/api/calendar/due?unitId=${communeId}&${query}` });

describe('GET /api/calendar/due', () => {
  it('counts 3 working days across the Tết 2026 break', async () => {
    const res = await due(`from=${encodeURIComponent('2026-02-12T10:00:00+07:00')}&workingDays=3`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ dueAt: '2026-02-24T10:00:00+07:00' });
  });

  it('counts a reception after closing time from the next opening', async () => {
    const res = await due(`from=${encodeURIComponent('2026-03-02T18:00:00+07:00')}&workingDays=1`);
    expect(res.json()).toEqual({ dueAt: '2026-03-04T07:30:00+07:00' });
  });

  it('gives a same-day procedure the close of the day', async () => {
    const res = await due(`from=${encodeURIComponent('2026-03-02T09:00:00+07:00')}&workingDays=0`);
    expect(res.json()).toEqual({ dueAt: '2026-03-02T17:00:00+07:00' });
  });

  it('moves a calendar-day deadline that lands on a day off to the next working day', async () => {
    // Fri 24/4/2026 + 3 days = Mon 27/4, Hùng Kings given back: the next working day, Tue 28/4.
    const res = await due(`from=${encodeURIComponent('2026-04-24T09:00:00+07:00')}&calendarDays=3`);
    expect(res.json()).toEqual({ dueAt: '2026-04-28T17:00:00+07:00' });
    // Received on a Saturday, it counts from the next opening (Tue 28/4): + 2 days = Thu 30/4,
    // Reunification Day, and the break runs to Sun 3/5: Mon 4/5.
    const weekend = await due(`from=${encodeURIComponent('2026-04-25T09:00:00+07:00')}&calendarDays=2`);
    expect(weekend.json().dueAt.slice(0, 10)).toBe('2026-05-04');
  });

  it('counts working hours over lunch', async () => {
    const res = await due(`from=${encodeURIComponent('2026-03-02T10:30:00+07:00')}&workingHours=2`);
    expect(res.json()).toEqual({ dueAt: '2026-03-02T14:30:00+07:00' });
  });

  it.each([
    ['workingDays=3', 400, 'unitId missing', '/api/calendar/due?workingDays=3'],
    ['', 400, 'no amount', undefined],
    ['workingDays=1&calendarDays=1', 400, 'two amounts', undefined],
    ['workingDays=-1', 400, 'negative', undefined],
    ['workingDays=99999', 400, 'huge', undefined],
    ['workingDays=1&from=2026-13-45', 400, 'malformed date', undefined],
    ['workingDays=1&from=yesterday', 400, 'malformed date', undefined],
  ])('answers 400 for %s (%s)', async (query, status, _why, url) => {
    const res = url ? await t.app.inject({ url }) : await due(query);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  // Found by tests/api/fuzz.test.ts: both were a RangeError of the calendar, answered 500.
  it.each([
    ['calendarDays=0.5', 'querystring.calendarDays'],
    ['calendarDays=1e-300', 'querystring.calendarDays'],
    [`calendarDays=3650&from=${encodeURIComponent('9999-12-31T23:59:59Z')}`, 'querystring.from'],
    [`workingDays=1&from=${encodeURIComponent('0001-01-01T00:00:00Z')}`, 'querystring.from'],
  ])('answers 400 naming the field for %s, which the calendar cannot count', async (query, field) => {
    const res = await due(query);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: field })]);
  });

  it('answers 404 for an unknown unit', async () => {
    const res = await t.app.inject({ url: '/api/calendar/due?unitId=999999&workingDays=1' });
    expect(res.statusCode).toBe(404);
  });
});

describe('holidays', () => {
  it('lists the 2026 days off including Tết and the make-up Saturdays', async () => {
    const res = await t.app.inject({ url: '/api/holidays?year=2026' });
    expect(res.statusCode).toBe(200);
    const days = (res.json() as { items: { date: string; kind: string }[] }).items;
    expect(days.find((d) => d.date === '2026-02-17')?.kind).toBe('holiday');
    expect(days.find((d) => d.date === '2026-01-10')?.kind).toBe('working_day');
    expect(days.every((d) => d.date.startsWith('2026-'))).toBe(true);
  });

  it('lets a province administrator add a day off, which moves due dates at once', async () => {
    const headers = await signIn(t.app, 'admin.phutho');
    const before = await due(`from=${encodeURIComponent('2026-11-23T08:00:00+07:00')}&workingDays=1`);
    expect(before.json().dueAt).toBe('2026-11-24T08:00:00+07:00');

    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/holidays/2026-11-24',
      headers,
      payload: { kind: 'holiday', name: 'Ngày Văn hóa Việt Nam' },
    });
    expect(put.statusCode).toBe(200);
    const after = await due(`from=${encodeURIComponent('2026-11-23T08:00:00+07:00')}&workingDays=1`);
    expect(after.json().dueAt).toBe('2026-11-25T08:00:00+07:00');

    const del = await t.app.inject({ method: 'DELETE', url: '/api/holidays/2026-11-24', headers });
    expect(del.statusCode).toBe(204);
    const again = await due(`from=${encodeURIComponent('2026-11-23T08:00:00+07:00')}&workingDays=1`);
    expect(again.json().dueAt).toBe('2026-11-24T08:00:00+07:00');
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/api/holidays/2026-11-24', headers })).statusCode,
    ).toBe(404);
  });

  it('refuses calendar changes without a session (401), by other roles (403), and without CSRF (403)', async () => {
    const body = { kind: 'holiday', name: 'x' };
    const anonymous = await t.app.inject({ method: 'PUT', url: '/api/holidays/2026-12-01', payload: body });
    expect(anonymous.statusCode).toBe(401);
    const reception = await signIn(t.app, 'tiepnhan.tanson');
    const wrongRole = await t.app.inject({
      method: 'PUT',
      url: '/api/holidays/2026-12-01',
      headers: reception,
      payload: body,
    });
    expect(wrongRole.statusCode).toBe(403);
    const admin = await signIn(t.app, 'admin.phutho');
    const noCsrf = await t.app.inject({
      method: 'PUT',
      url: '/api/holidays/2026-12-01',
      headers: { cookie: admin.cookie },
      payload: body,
    });
    expect(noCsrf.statusCode).toBe(403);
    const days = (await t.app.inject({ url: '/api/holidays?year=2026' })).json() as {
      items: { date: string }[];
    };
    expect(days.items.some((d) => d.date === '2026-12-01')).toBe(false);
  });

  it('rejects malformed dates and bodies with 400', async () => {
    const headers = await signIn(t.app, 'admin.phutho');
    for (const [url, payload] of [
      ['/api/holidays/2026-02-30', { kind: 'holiday', name: 'x' }],
      ['/api/holidays/tomorrow', { kind: 'holiday', name: 'x' }],
      ['/api/holidays/2026-12-01', { kind: 'party', name: 'x' }],
      ['/api/holidays/2026-12-01', { kind: 'holiday', name: '' }],
      ['/api/holidays/2026-12-01', { kind: 'holiday', name: 'x', extra: 1 }],
    ] as const) {
      const res = await t.app.inject({ method: 'PUT', url, headers, payload });
      expect(res.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(400);
    }
    expect((await t.app.inject({ url: '/api/holidays?year=abc' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/holidays' })).statusCode).toBe(400);
  });
});
