import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterBody, findDemoProcedure, unitIdByName } from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';

let t: TestApp;
const headers: Record<string, Record<string, string>> = {};
let inter: Awaited<ReturnType<typeof findDemoProcedure>>;
let district: number;
let commune: number;

beforeAll(async () => {
  t = await createTestApp();
  inter = await findDemoProcedure(t.database.db, { interLevel: true });
  district = await unitIdByName(t.database.db, 'huyện Tân Sơn');
  commune = await unitIdByName(t.database.db, 'Thạch Kiệt');
  for (const u of [
    'tiepnhan.thachkiet',
    'chuyenvien.thachkiet',
    'tiepnhan.kimthuong',
    'lanhdao.tanson',
    'chuyenvien.tanson',
    'tiepnhan.tanson',
    'tiepnhan.vomieu',
  ]) {
    headers[u] = await signIn(t.app, u);
  }
});
afterAll(() => t.close());

const as = (user: string) => headers[user] ?? {};
const get = (user: string, code: string) => t.app.inject({ url: `/api/dossiers/${code}`, headers: as(user) });
async function act(user: string, code: string, action: string, body: Record<string, unknown> = {}) {
  const current = await get(user, code);
  const version = current.statusCode === 200 ? current.json().version : 1;
  return t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${code}/actions/${action}`,
    headers: as(user),
    payload: { version, ...body },
  });
}
async function receiveInter(): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/counter/dossiers',
    headers: as('tiepnhan.thachkiet'),
    payload: counterBody(inter),
  });
  expect(res.statusCode).toBe(201);
  return res.json().code;
}
const userId = async (username: string) =>
  (
    await t.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow()
  ).id;

describe('an inter-level dossier: commune receives, district resolves, commune hands back', () => {
  it('walks through every hand-off and records each on the control sheet', async () => {
    const code = await receiveInter();
    const transfer = await act('tiepnhan.thachkiet', code, 'transfer', {
      unitId: district,
      note: 'Chuyển UBND huyện',
    });
    expect(transfer.statusCode).toBe(200);
    // The template says which steps the district works: the dossier lands on the first of them.
    expect(transfer.json()).toMatchObject({ status: 'in_progress', currentUnitId: district });
    expect(transfer.json().stepName).toBe('Tiếp nhận hồ sơ liên thông từ xã');

    // At the district: the leader assigns a specialist, who forwards; the leader approves.
    const specialistId = await userId('chuyenvien.tanson');
    const assign = await act('lanhdao.tanson', code, 'assign', { assigneeId: specialistId });
    expect(assign.statusCode).toBe(200);
    expect(assign.json().assigneeId).toBe(specialistId);
    const mine = await t.app.inject({ url: '/api/dossiers?list=mine', headers: as('chuyenvien.tanson') });
    expect(mine.json().items.map((i: { code: string }) => i.code)).toContain(code);

    const steps = assign.json().steps.length as number;
    let view = assign.json();
    while (view.step < steps - 1) {
      const who = view.steps[view.step]?.role === 'leader' ? 'lanhdao.tanson' : 'chuyenvien.tanson';
      const res = await act(who, code, who === 'lanhdao.tanson' ? 'approve' : 'forward');
      expect(res.statusCode, res.body).toBe(200);
      view = res.json();
    }
    const finish = await act('lanhdao.tanson', code, 'finish', { resultName: 'Giấy chứng nhận' });
    expect(finish.statusCode, finish.body).toBe(200);
    expect(finish.json()).toMatchObject({ status: 'result_ready', portalStatus: 9, currentUnitId: commune });
    expect(finish.json().stepName).toBe('Trả kết quả cho người nộp');
    expect(['early', 'on_time']).toContain(finish.json().finishClass);

    // The commune's counter hands the result back.
    const toDeliver = await t.app.inject({
      url: '/api/dossiers?list=to-deliver',
      headers: as('tiepnhan.thachkiet'),
    });
    expect(toDeliver.json().items.map((i: { code: string }) => i.code)).toContain(code);
    const deliver = await act('tiepnhan.thachkiet', code, 'deliver', {
      method: 'counter',
      recipientName: 'Nguyễn Thị Hương',
    });
    expect(deliver.statusCode).toBe(200);
    const done = deliver.json();
    expect(done).toMatchObject({ status: 'delivered', portalStatus: 10, allowedActions: [] });
    const actions = done.events.map((e: { action: string }) => e.action);
    expect(actions[0]).toBe('receive');
    expect(actions).toContain('transfer');
    expect(actions).toContain('assign');
    expect(actions.slice(-2)).toEqual(['finish', 'deliver']);
    expect(done.events.find((e: { action: string }) => e.action === 'transfer')).toMatchObject({
      fromUnitName: expect.stringContaining('Thạch Kiệt'),
      toUnitName: expect.stringContaining('Tân Sơn'),
      stepClass: expect.stringMatching(/early|on_time/),
    });
    for (const e of done.events) expect(e.actorName).toBeTruthy();
  });
});

describe('visibility and permissions', () => {
  it('hides a commune’s dossier from other communes (404, not 403) and shows it to the district leader', async () => {
    const code = await receiveInter();
    expect((await get('tiepnhan.kimthuong', code)).statusCode).toBe(404);
    expect((await get('tiepnhan.vomieu', code)).statusCode).toBe(404);
    expect((await act('tiepnhan.kimthuong', code, 'transfer', { unitId: district })).statusCode).toBe(404);
    expect((await get('lanhdao.tanson', code)).statusCode).toBe(200);
    const list = await t.app.inject({ url: '/api/dossiers', headers: as('tiepnhan.kimthuong') });
    expect(list.json().items.map((i: { code: string }) => i.code)).not.toContain(code);
    expect((await t.app.inject({ url: `/api/dossiers/${code}` })).statusCode).toBe(401);
  });

  it('lets only the roles of the holding unit act (403), and lists exactly those actions', async () => {
    const code = await receiveInter();
    const view = (await get('chuyenvien.thachkiet', code)).json();
    expect(view.allowedActions).not.toContain('deliver');
    expect(view.allowedActions).not.toContain('approve');
    expect((await act('chuyenvien.thachkiet', code, 'approve')).statusCode).toBe(409); // no approval while received
    expect((await act('chuyenvien.thachkiet', code, 'withdraw')).statusCode).toBe(403);
    const reception = (await get('tiepnhan.thachkiet', code)).json();
    expect(reception.allowedActions).toEqual(
      expect.arrayContaining(['transfer', 'forward', 'request-supplement', 'withdraw']),
    );
  });
});

describe('conflicts', () => {
  it('answers a stale version with 409, the current version and the allowed actions; nothing changes', async () => {
    const code = await receiveInter();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${code}/actions/transfer`,
      headers: as('tiepnhan.thachkiet'),
      payload: { version: 7, unitId: district },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      status: 409,
      version: 1,
      dossierStatus: 'received',
      allowedActions: expect.arrayContaining(['transfer']),
    });
    expect((await get('tiepnhan.thachkiet', code)).json()).toMatchObject({
      version: 1,
      currentUnitId: commune,
    });
  });

  it('answers an action the status does not allow with 409', async () => {
    const code = await receiveInter();
    const res = await act('tiepnhan.thachkiet', code, 'deliver', { method: 'counter' });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('not allowed');
  });

  it('lets exactly one of two officers acting at once win; the other gets 409; no event is lost', async () => {
    const code = await receiveInter();
    const version = (await get('tiepnhan.thachkiet', code)).json().version;
    const attempt = (action: string, body: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/dossiers/${code}/actions/${action}`,
        headers: as('tiepnhan.thachkiet'),
        payload: { version, ...body },
      });
    const results = await Promise.all([
      attempt('transfer', { unitId: district }),
      attempt('request-supplement', { items: ['Bản sao CCCD'], reason: 'Thiếu giấy tờ' }),
      attempt('withdraw', { reason: 'Công dân rút' }),
      attempt('forward', {}),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409]);
    const events = (await get('tiepnhan.thachkiet', code)).json().events;
    expect(events).toHaveLength(2);
  });
});

describe('bad input', () => {
  it.each([
    ['an unknown action', 'fly', { version: 1 }, 400],
    ['a missing version', 'transfer', { unitId: 1 }, 400],
    ['a version that is not a number', 'transfer', { version: 'one', unitId: 1 }, 400],
    ['an oversized note', 'withdraw', { version: 1, note: 'x'.repeat(2001) }, 400],
    ['refuse without reasons', 'refuse', { version: 1, reasons: [] }, 400],
    ['an unknown field', 'withdraw', { version: 1, colour: 'red' }, 400],
  ])('answers %s with %d and changes nothing', async (_why, action, payload, status) => {
    const code = await receiveInter();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${code}/actions/${action}`,
      headers: as('tiepnhan.thachkiet'),
      payload,
    });
    expect(res.statusCode).toBe(status);
    expect((await get('tiepnhan.thachkiet', code)).json()).toMatchObject({ version: 1, status: 'received' });
  });

  it('answers 400 for a transfer to an unrelated unit and 404 for unknown or malformed codes', async () => {
    const code = await receiveInter();
    const kimThuong = await unitIdByName(t.database.db, 'Kim Thượng');
    expect((await act('tiepnhan.thachkiet', code, 'transfer', { unitId: kimThuong })).statusCode).toBe(400);
    expect((await get('tiepnhan.thachkiet', '000.00.00.X00-260101-0001')).statusCode).toBe(404);
    expect((await get('tiepnhan.thachkiet', 'DROP TABLE')).statusCode).toBe(400);
  });

  it('keeps the history append-only, even for the database owner', async () => {
    await expect(
      t.database.db.updateTable('dossier_events').set({ note: 'rewritten' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.database.db.deleteFrom('dossier_events').execute()).rejects.toThrow(/append-only/);
  });
});

describe('actions offered by the step position', () => {
  it('offers no return on the first step, and no forward or approve on the last', async () => {
    const code = await receiveInter();
    const first = (await get('tiepnhan.thachkiet', code)).json();
    expect(first.step).toBe(1);
    expect(first.allowedActions).not.toContain('return');
    expect(first.allowedActions).toContain('forward');
    let view = first;
    while (view.step < view.steps.length) {
      const res = await act('tiepnhan.thachkiet', code, 'forward');
      if (res.statusCode !== 200) break;
      view = res.json();
    }
    const last = (await get('lanhdao.tanson', code)).json();
    if (last.step === last.steps.length) {
      expect(last.allowedActions).not.toContain('forward');
      expect(last.allowedActions).not.toContain('approve');
      expect(last.allowedActions).not.toContain('transfer');
    }
  });

  it('signs in again with a live session cookie and no CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: as('tiepnhan.thachkiet').cookie ?? '' },
      payload: { username: 'tiepnhan.thachkiet', password: 'motcua-demo-2026' },
    });
    expect(res.statusCode).toBe(200);
  });
});
