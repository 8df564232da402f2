import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApplicant, unitIdByName } from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { uploadFile } from '../../../../tests/support/uploads.ts';

let t: TestApp;
let thachKiet: number;
let online: { id: number; documents: { id: number; required: boolean }[] };
beforeAll(async () => {
  t = await createTestApp();
  thachKiet = await unitIdByName(t.database.db, 'Thạch Kiệt');
  const p = await t.database.db
    .selectFrom('procedures as p')
    .innerJoin('unit_procedures as up', 'up.procedure_id', 'p.id')
    .select('p.id')
    .where('up.unit_id', '=', thachKiet)
    .where('p.online_level', '=', 'full')
    .where('p.processing_time_unit', '=', 'working_days')
    .where('p.processing_time', '>', '0')
    .orderBy('p.id')
    .executeTakeFirstOrThrow();
  const documents = await t.database.db
    .selectFrom('procedure_documents')
    .select(['id', 'required'])
    .where('procedure_id', '=', p.id)
    .execute();
  online = { id: p.id, documents };
});
afterAll(() => t.close());

async function submission(extra: Record<string, unknown> = {}) {
  const documents = [];
  for (const d of online.documents.filter((x) => x.required))
    documents.push({ componentId: d.id, fileId: await uploadFile(t.app) });
  return {
    procedureId: online.id,
    unitId: thachKiet,
    applicant: buildApplicant({ name: 'Trần Văn Bình' }),
    documents,
    ...extra,
  };
}
const submit = async (payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/dossiers', payload: payload as object });
const lookup = (code: string, key: string) =>
  t.app.inject({ url: `/api/lookup/${encodeURIComponent(code)}?key=${encodeURIComponent(key)}` });
const count = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('dossiers')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('online submission', () => {
  it('answers the code and lookup key once, and waits in the commune’s "to receive" list', async () => {
    const res = await submit(await submission());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'submitted',
      code: expect.stringMatching(/-\d{6}-\d{4}$/),
      lookupKey: expect.stringMatching(/^[0-9A-Z]{16}$/),
    });
    expect(body.appointmentEstimate).toMatch(/\+07:00$/);
    const reception = await signIn(t.app, 'tiepnhan.thachkiet');
    const list = await t.app.inject({
      url: '/api/dossiers?list=to-receive',
      headers: { cookie: reception.cookie },
    });
    expect(list.json().items.map((i: { code: string }) => i.code)).toContain(body.code);
    const outbox = await t.database.db
      .selectFrom('outbox')
      .select('topic')
      .where('topic', '=', 'dossier.submitted')
      .execute();
    expect(outbox.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'a document without its file',
      async () => ({
        ...(await submission()),
        documents: online.documents.filter((d) => d.required).map((d) => ({ componentId: d.id })),
      }),
      400,
    ],
    ['no documents', async () => ({ ...(await submission()), documents: [] }), 400],
    [
      'a malformed ID number',
      async () => ({ ...(await submission()), applicant: buildApplicant({ idNumber: 'abc' }) }),
      400,
    ],
    [
      'a malformed phone',
      async () => ({ ...(await submission()), applicant: buildApplicant({ phone: '123' }) }),
      400,
    ],
    ['an unknown unit', async () => ({ ...(await submission()), unitId: 999999 }), 400],
    [
      'an unknown file id',
      async () => ({
        ...(await submission()),
        documents: online.documents
          .filter((d) => d.required)
          .map((d) => ({ componentId: d.id, fileId: '00000000-0000-4000-8000-000000000000' })),
      }),
      400,
    ],
  ])('refuses %s with %d and creates nothing', async (_why, build, status) => {
    const before = await count();
    const res = await submit(await build());
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await count()).toBe(before);
  });

  it('refuses procedures that are not offered online', async () => {
    const offline = await t.database.db
      .selectFrom('procedures as p')
      .innerJoin('unit_procedures as up', 'up.procedure_id', 'p.id')
      .select('p.id')
      .where('up.unit_id', '=', thachKiet)
      .where('p.online_level', '=', 'none')
      .executeTakeFirst();
    if (!offline) return;
    const res = await submit({ ...(await submission()), procedureId: offline.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.procedureId');
  });
});

describe('lookup', () => {
  it('shows the status, the public timeline and the masked name, and no personal data', async () => {
    const { code, lookupKey } = (
      await submit(await submission({ note: 'Ghi chú riêng của công dân' }))
    ).json();
    const res = await lookup(code, lookupKey);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ code, status: 'submitted', portalStatus: 1, applicantName: 'T. V. Bình' });
    expect(body.statusText.vi).toBe('Đã nộp trực tuyến, chờ tiếp nhận');
    expect(body.timeline.map((e: { action: string }) => e.action)).toEqual(['submit']);
    const raw = res.body;
    for (const secret of ['Trần Văn Bình', '0912345678', 'huong@example.vn', '02519', 'Ghi chú riêng'])
      expect(raw).not.toContain(secret);
    expect(await lookup(code, lookupKey.toLowerCase()).then((r) => r.statusCode)).toBe(200);
  });

  it('answers a wrong key and an unknown code with the same 404', async () => {
    const { code, lookupKey } = (await submit(await submission())).json();
    const wrong = await lookup(code, `${lookupKey.slice(0, -1)}${lookupKey.endsWith('A') ? 'B' : 'A'}`);
    const unknown = await lookup('000.00.00.X99-200101-0001', lookupKey);
    const empty = await t.app.inject({ url: `/api/lookup/${code}` });
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.body).toBe(unknown.body);
    expect(empty.statusCode).toBe(400);
  });

  it('limits lookups per client (429)', async () => {
    const limited = await createTestApp({ RATE_LIMIT_LOOKUP_PER_MINUTE: '5' });
    try {
      const statuses: number[] = [];
      // A forged X-Forwarded-For does not make a new client: no proxy is trusted by default.
      for (let i = 0; i < 8; i++) {
        const res = await limited.app.inject({
          url: `/api/lookup/X-260101-0001?key=GUESS${i}`,
          headers: { 'x-forwarded-for': `203.0.113.${i}` },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
      expect(statuses.slice(5)).toEqual([429, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('supplement online and rating', () => {
  it('lets the applicant answer a supplement request from the lookup page, then rate the result once', async () => {
    const { code, lookupKey } = (await submit(await submission())).json();
    const reception = await signIn(t.app, 'tiepnhan.thachkiet');
    const act = async (action: string, body: Record<string, unknown> = {}) => {
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
      return res.json();
    };
    const supplementBody = async () => ({
      documents: [{ componentId: online.documents[0]?.id, fileId: await uploadFile(t.app, 'bo-sung.png') }],
    });
    const early = await t.app.inject({
      method: 'POST',
      url: `/api/lookup/${code}/supplement?key=${lookupKey}`,
      payload: await supplementBody(),
    });
    expect(early.statusCode).toBe(409);

    await act('accept');
    await act('request-supplement', {
      items: ['Bản sao giấy chứng sinh có chứng thực'],
      reason: 'Bản chụp không rõ',
    });
    const asked = (await lookup(code, lookupKey)).json();
    expect(asked.status).toBe('awaiting_supplement');
    expect(asked.request).toEqual({
      items: ['Bản sao giấy chứng sinh có chứng thực'],
      reason: 'Bản chụp không rõ',
    });

    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/lookup/${code}/supplement?key=${lookupKey}`,
      payload: await supplementBody(),
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json().status).toBe('in_progress');
    const staffView = (
      await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: reception.cookie } })
    ).json();
    expect(staffView.documents.some((d: { source: string }) => d.source === 'supplement')).toBe(true);
    expect(staffView.events.at(-1).action).toBe('supplement-submitted');

    const unfinished = await t.app.inject({
      method: 'POST',
      url: `/api/lookup/${code}/rating?key=${lookupKey}`,
      payload: { score: 'satisfied' },
    });
    expect(unfinished.statusCode).toBe(409);
    await act('finish');
    const rate = await t.app.inject({
      method: 'POST',
      url: `/api/lookup/${code}/rating?key=${lookupKey}`,
      payload: { score: 'dissatisfied', comment: 'Chờ lâu', criteria: { staffAttitude: 'good' } },
    });
    expect(rate.statusCode).toBe(201);
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/lookup/${code}/rating?key=${lookupKey}`,
      payload: { score: 'very_satisfied' },
    });
    expect(twice.statusCode).toBe(409);
    expect((await lookup(code, lookupKey)).json()).toMatchObject({
      canRate: false,
      rating: { score: 'dissatisfied' },
    });
    // The unit's leader sees the dissatisfied rating; a reception officer may not read ratings.
    const leader = await signIn(t.app, 'lanhdao.thachkiet');
    const ratings = await t.app.inject({
      url: '/api/ratings?score=dissatisfied',
      headers: { cookie: leader.cookie ?? '' },
    });
    expect(ratings.statusCode).toBe(200);
    expect(ratings.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ code, score: 'dissatisfied', comment: 'Chờ lâu' })]),
    );
    const sibling = await signIn(t.app, 'lanhdao.kimthuong');
    const other = await t.app.inject({ url: '/api/ratings', headers: { cookie: sibling.cookie ?? '' } });
    expect(other.json().items.map((r: { code: string }) => r.code)).not.toContain(code);
    expect(
      (await t.app.inject({ url: '/api/ratings', headers: { cookie: reception.cookie ?? '' } })).statusCode,
    ).toBe(403);
    const wrongKey = await t.app.inject({
      method: 'POST',
      url: `/api/lookup/${code}/rating?key=WRONGKEY00000000`,
      payload: { score: 'satisfied' },
    });
    expect(wrongKey.statusCode).toBe(404);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/lookup/${code}/rating?key=${lookupKey}`,
      payload: { score: 'meh' },
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('a browser where an officer is signed in', () => {
  it('still lets a citizen upload and submit without the officer’s CSRF token', async () => {
    const officer = await signIn(t.app, 'tiepnhan.thachkiet');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      headers: { cookie: officer.cookie ?? '' },
      payload: await submission(),
    });
    expect(res.statusCode).toBe(201);
    const staffOnly = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: officer.cookie ?? '' },
    });
    expect(staffOnly.statusCode).toBe(403);
  });

  it('tells a refused applicant why, on the lookup page', async () => {
    const { code, lookupKey } = (await submit(await submission())).json();
    const reception = await signIn(t.app, 'tiepnhan.thachkiet');
    const v = (
      await t.app.inject({ url: `/api/dossiers/${code}`, headers: { cookie: reception.cookie ?? '' } })
    ).json();
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${code}/actions/refuse`,
      headers: reception,
      payload: { version: v.version, reasons: ['Không thuộc thẩm quyền của xã'] },
    });
    expect(refused.statusCode).toBe(200);
    const view = (await lookup(code, lookupKey)).json();
    expect(view).toMatchObject({
      status: 'refused',
      reasons: ['Không thuộc thẩm quyền của xã'],
      procedureId: online.id,
    });
  });
});
