import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterBody, findDemoProcedure, unitIdByName } from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';

let t: TestApp;
let communeProcedure: Awaited<ReturnType<typeof findDemoProcedure>>;
let reception: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  communeProcedure = await findDemoProcedure(t.database.db, { level: 'commune' });
  reception = await signIn(t.app, 'tiepnhan.thachkiet');
});
afterAll(() => t.close());

const receive = (headers: Record<string, string>, payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/counter/dossiers', headers, payload: payload as object });
const count = async (table: 'dossiers' | 'dossier_events' | 'outbox') =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('POST /api/counter/dossiers', () => {
  it('receives at once: 201 with the code, due date, first event and an outbox row', async () => {
    const res = await receive(reception, counterBody(communeProcedure, { note: 'Nộp trực tiếp' }));
    expect(res.statusCode).toBe(201);
    const d = res.json();
    const unit = await t.database.db
      .selectFrom('units')
      .select(['id', 'code'])
      .where('name', 'like', '%Thạch Kiệt%')
      .executeTakeFirstOrThrow();
    expect(d.code).toMatch(new RegExp(`^${unit.code.replaceAll('.', '\\.')}-\\d{6}-\\d{4}$`));
    expect(d).toMatchObject({
      status: 'received',
      portalStatus: 2,
      version: 1,
      channel: 'counter',
      receivingUnitId: unit.id,
      resolvingUnitId: unit.id,
      procedureId: communeProcedure.id,
      step: 1,
    });
    expect(d.receivedAt).toMatch(/\+07:00$/);
    expect(d.dueAt).toMatch(/\+07:00$/);
    expect(new Date(d.dueAt).getTime()).toBeGreaterThanOrEqual(new Date(d.receivedAt).getTime());
    expect(d.events).toHaveLength(1);
    expect(d.events[0]).toMatchObject({ action: 'receive', toStatus: 'received', note: 'Nộp trực tiếp' });
    expect(d.documents.length).toBe(communeProcedure.documents.filter((x) => x.required).length);
    expect(d.allowedActions).toContain('forward');
    expect(d.lookupKey).toMatch(/^[0-9A-Z]{16}$/);
    const outbox = await t.database.db
      .selectFrom('outbox')
      .selectAll()
      .where('topic', '=', 'dossier.received')
      .execute();
    expect(outbox.some((o) => (o.payload as { code: string }).code === d.code)).toBe(true);
  });

  it('numbers each unit’s dossiers of a day 0001, 0002, … without gaps', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 3; i++)
      codes.push((await receive(reception, counterBody(communeProcedure))).json().code);
    const seq = codes.map((c) => Number(c.split('-').at(-1)));
    expect(seq[1]).toBe((seq[0] ?? 0) + 1);
    expect(seq[2]).toBe((seq[0] ?? 0) + 2);
  });

  it('sends an inter-level dossier to the district as its resolving unit', async () => {
    const inter = await findDemoProcedure(t.database.db, { interLevel: true });
    const res = await receive(reception, counterBody(inter));
    expect(res.statusCode).toBe(201);
    expect(res.json().resolvingUnitId).toBe(await unitIdByName(t.database.db, 'huyện Tân Sơn'));
    expect(res.json().currentUnitId).toBe(await unitIdByName(t.database.db, 'Thạch Kiệt'));
  });

  it('refuses without a session (401), for other roles (403), and at another unit (403)', async () => {
    const before = await count('dossiers');
    expect((await receive({}, counterBody(communeProcedure))).statusCode).toBe(401);
    const specialist = await signIn(t.app, 'chuyenvien.thachkiet');
    expect((await receive(specialist, counterBody(communeProcedure))).statusCode).toBe(403);
    const kimThuong = await unitIdByName(t.database.db, 'Kim Thượng');
    expect((await receive(reception, counterBody(communeProcedure, { unitId: kimThuong }))).statusCode).toBe(
      403,
    );
    const admin = await signIn(t.app, 'admin.phutho');
    expect((await receive(admin, counterBody(communeProcedure))).statusCode).toBe(403);
    expect(await count('dossiers')).toBe(before);
  });

  it.each([
    [
      'a malformed ID number',
      { applicant: { name: 'Hà Văn Sơn', idNumber: '12', phone: '0912345678' } },
      'body.applicant.idNumber',
    ],
    [
      'a malformed phone',
      { applicant: { name: 'Hà Văn Sơn', idNumber: '025190012345', phone: '12345' } },
      'body.applicant.phone',
    ],
    ['an unknown channel', { channel: 'pigeon' }, 'body.channel'],
    ['an oversized note', { note: 'x'.repeat(2001) }, 'body.note'],
    ['an unknown field', { colour: 'red' }, 'body'],
    ['a procedure id that is not a number', { procedureId: 'abc' }, 'body.procedureId'],
  ])('answers 400 for %s and changes nothing', async (_why, patch, path) => {
    const before = await Promise.all([count('dossiers'), count('dossier_events'), count('outbox')]);
    const res = await receive(reception, { ...counterBody(communeProcedure), ...patch });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((res.json().errors as { path: string }[]).some((e) => e.path.startsWith(path))).toBe(true);
    expect(await Promise.all([count('dossiers'), count('dossier_events'), count('outbox')])).toEqual(before);
  });

  it('answers 400 when required documents are missing, a component belongs elsewhere, or the unit does not offer the procedure', async () => {
    const before = await count('dossiers');
    const missing = await receive(reception, { ...counterBody(communeProcedure), documents: [] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().detail).toContain('Required documents are missing');
    const foreign = await receive(reception, {
      ...counterBody(communeProcedure),
      documents: [...counterBody(communeProcedure).documents, { componentId: 999999 }],
    });
    expect(foreign.statusCode).toBe(400);
    const district = await findDemoProcedure(t.database.db, { level: 'district' });
    const notOffered = await receive(reception, counterBody(district));
    expect(notOffered.statusCode).toBe(400);
    expect(notOffered.json().errors[0].path).toBe('body.procedureId');
    const unknownFile = await receive(reception, {
      ...counterBody(communeProcedure),
      documents: counterBody(communeProcedure).documents.map((d) => ({
        ...d,
        fileId: '00000000-0000-4000-8000-000000000000',
      })),
    });
    expect(unknownFile.statusCode).toBe(400);
    expect(await count('dossiers')).toBe(before);
  });
});
