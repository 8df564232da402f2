// A hand-built history through the real pipeline (counter reception, online acceptance, every
// action, with the clock set), read back through GET /api/stats/report after each step: each
// column of Biểu 06 moves as it should.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApplicant, staffOf, unitIdByName } from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { countKeys } from '../../../domain/stats/report-columns.ts';
import type { Staff } from '../auth/staff.ts';
import { CalendarCache } from '../calendar/calendar-cache.ts';
import { prepareNewDossier, writeNewDossier } from '../dossiers/create-dossier.ts';
import { receiveAtCounter } from '../dossiers/receive-at-counter.ts';
import { runDossierAction } from '../dossiers/run-dossier-action.ts';

let t: TestApp;
let calendars: CalendarCache;
let officer: Staff;
let leader: Staff;
let commune: number;
let district: number;
let procedure: { id: number; documents: { componentId: number }[] };
let headers: Record<string, string>;
const FROM = '2026-03-02';
const TO = '2026-03-13';
/** A Vietnam wall time. */
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  calendars = new CalendarCache(db);
  officer = await staffOf(db, 'tiepnhan.thachkiet');
  leader = await staffOf(db, 'lanhdao.thachkiet');
  commune = await unitIdByName(db, 'Thạch Kiệt');
  district = await unitIdByName(db, 'huyện Tân Sơn');
  // A commune procedure of three working days, offered online, resolved at the commune.
  const p = await db
    .selectFrom('procedures as p')
    .innerJoin('unit_procedures as up', 'up.procedure_id', 'p.id')
    .select('p.id')
    .where('up.unit_id', '=', commune)
    .where('p.level', '=', 'commune')
    .where('p.receiving_level', 'is', null)
    .where('p.processing_time_unit', '=', 'working_days')
    .where(sql<boolean>`p.processing_time = 3`)
    .where('p.online_processing_time', 'is', null)
    .where('p.online_level', '!=', 'none')
    .orderBy('p.id')
    .executeTakeFirstOrThrow();
  const documents = await db
    .selectFrom('procedure_documents')
    .select('id')
    .where('procedure_id', '=', p.id)
    .where('required', '=', true)
    .execute();
  procedure = { id: p.id, documents: documents.map((d) => ({ componentId: d.id })) };
  headers = await signIn(t.app, 'tiepnhan.thachkiet');
});
afterAll(() => t.close());

async function receive(channel: 'counter' | 'post', when: string): Promise<string> {
  const { code } = await receiveAtCounter({
    db: t.database.db,
    calendars,
    staff: officer,
    body: {
      procedureId: procedure.id,
      channel,
      applicant: buildApplicant() as never,
      documents: procedure.documents,
    },
    now: at(when),
  });
  return code;
}

async function submitOnline(when: string): Promise<string> {
  const db = t.database.db;
  const prepared = await prepareNewDossier(db, calendars, {
    procedureId: procedure.id,
    unitId: commune,
    channel: 'online',
    applicant: { ...buildApplicant(), type: 'citizen', language: 'vi' } as never,
    documents: procedure.documents,
    now: at(when),
  });
  const created = await writeNewDossier(db, prepared, {
    status: 'submitted',
    fields: {},
    event: { action: 'submit', toStep: null, actor: null, note: null, data: { channel: 'online' } },
    topics: [],
  });
  return created.code;
}

async function act(
  code: string,
  action: string,
  when: string,
  body: Record<string, unknown> = {},
  staff = officer,
) {
  const { version } = await t.database.db
    .selectFrom('dossiers')
    .select('version')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  await runDossierAction({
    db: t.database.db,
    calendars,
    staff,
    code,
    action: action as never,
    body: { version, ...body },
    now: at(when),
  });
}

async function dueDay(code: string): Promise<string> {
  const { due_at } = await t.database.db
    .selectFrom('dossiers')
    .select('due_at')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return new Date((due_at as Date).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

type Row = Record<string, number | string | null>;
async function report(query: string, as = headers): Promise<{ items: Row[]; total: Row }> {
  const res = await t.app.inject({ url: `/api/stats/report?${query}`, headers: as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const total = async () =>
  (await report(`unitId=${commune}&from=${FROM}&to=${TO}&includeSubunits=false`)).total;

const columns = countKeys;

/** Runs a step and checks exactly which columns of the period moved, and by how much. */
async function expectMove(
  step: () => Promise<unknown>,
  moves: Partial<Record<(typeof columns)[number], number>>,
) {
  const before = await total();
  await step();
  const after = await total();
  const moved = Object.fromEntries(
    columns.flatMap((c) => (after[c] === before[c] ? [] : [[c, Number(after[c]) - Number(before[c])]])),
  );
  expect(moved).toEqual(moves);
  // (3) = (4)+(5)+(6), (7) = (8)+(9)+(10), (11) = (12)+(13), (3) = (7)+(11)+withdrawn
  const n = (c: (typeof columns)[number]) => Number(after[c]);
  expect(n('receivedTotal')).toBe(n('receivedOnline') + n('receivedDirect') + n('carriedOver'));
  expect(n('resolvedTotal')).toBe(n('resolvedEarly') + n('resolvedOnTime') + n('resolvedLate'));
  expect(n('pendingTotal')).toBe(n('pendingWithinDeadline') + n('pendingOverdue'));
  expect(n('receivedTotal')).toBe(n('resolvedTotal') + n('pendingTotal') + n('withdrawn'));
}

describe('GET /api/stats/report over a hand-built history (period 2026-03-02 – 2026-03-13)', () => {
  const codes: Record<string, string> = {};

  it('moves each column as the dossiers move', async () => {
    // Received before the period, still open at its start and due before its end.
    await expectMove(async () => (codes.d1 = await receive('counter', '2026-02-24 09:00')), {
      receivedTotal: 1,
      carriedOver: 1,
      pendingTotal: 1,
      pendingOverdue: 1,
    });
    await expectMove(() => act(codes.d1 ?? '', 'finish', '2026-03-03 10:00'), {
      resolvedTotal: 1,
      resolvedLate: 1,
      pendingTotal: -1,
      pendingOverdue: -1,
    });
    // At the counter on the first day; finished on its due day.
    await expectMove(async () => (codes.d2 = await receive('counter', '2026-03-02 08:00')), {
      receivedTotal: 1,
      receivedDirect: 1,
      pendingTotal: 1,
      pendingOverdue: 1,
    });
    await expectMove(async () => act(codes.d2 ?? '', 'finish', `${await dueDay(codes.d2 ?? '')} 08:00`), {
      resolvedTotal: 1,
      resolvedOnTime: 1,
      pendingTotal: -1,
      pendingOverdue: -1,
    });
    // By post; a supplement asked before the due day pauses the clock: within deadline while it waits.
    await expectMove(async () => (codes.d3 = await receive('post', '2026-03-02 14:00')), {
      receivedTotal: 1,
      receivedDirect: 1,
      pendingTotal: 1,
      pendingOverdue: 1,
    });
    await expectMove(
      () =>
        act(codes.d3 ?? '', 'request-supplement', '2026-03-03 09:00', {
          items: ['Bản sao'],
          reason: 'Thiếu',
        }),
      { pendingWithinDeadline: 1, pendingOverdue: -1 },
    );
    // Online: nothing counts until an officer accepts it; then finished early.
    await expectMove(async () => (codes.d4 = await submitOnline('2026-03-04 20:00')), {});
    await expectMove(() => act(codes.d4 ?? '', 'accept', '2026-03-05 08:00'), {
      receivedTotal: 1,
      receivedOnline: 1,
      pendingTotal: 1,
      pendingOverdue: 1,
    });
    await expectMove(() => act(codes.d4 ?? '', 'finish', '2026-03-05 15:00'), {
      resolvedTotal: 1,
      resolvedEarly: 1,
      pendingTotal: -1,
      pendingOverdue: -1,
    });
    // Refused at reception: counted apart, never received.
    await expectMove(async () => (codes.d5 = await submitOnline('2026-03-05 07:00')), {});
    await expectMove(
      () => act(codes.d5 ?? '', 'refuse', '2026-03-05 09:00', { reasons: ['Sai thẩm quyền'] }),
      {
        refused: 1,
      },
    );
    // Withdrawn by the applicant.
    await expectMove(async () => (codes.d6 = await receive('counter', '2026-03-06 09:00')), {
      receivedTotal: 1,
      receivedDirect: 1,
      pendingTotal: 1,
      pendingOverdue: 1,
    });
    await expectMove(
      () => act(codes.d6 ?? '', 'withdraw', '2026-03-09 09:00', { reason: 'Không có nhu cầu' }),
      {
        withdrawn: 1,
        pendingTotal: -1,
        pendingOverdue: -1,
      },
    );
    // Received near the end: due after the last day, within deadline.
    await expectMove(async () => (codes.d7 = await receive('counter', '2026-03-12 16:00')), {
      receivedTotal: 1,
      receivedDirect: 1,
      pendingTotal: 1,
      pendingWithinDeadline: 1,
    });
    // After the period: nothing in it moves — not a reception, not the supplement's return.
    await expectMove(async () => (codes.d8 = await receive('counter', '2026-03-16 09:00')), {});
    await expectMove(() => act(codes.d3 ?? '', 'receive-supplement', '2026-03-16 10:00'), {});
    // Apologising sets a new appointment, not a new legal due date: nothing moves.
    await expectMove(
      () =>
        act(
          codes.d7 ?? '',
          'apologize',
          '2026-03-13 09:00',
          {
            reason: 'Chờ xác minh',
            newDueAt: '2026-03-30T10:00:00+07:00',
          },
          leader,
        ),
      {},
    );

    expect(await total()).toMatchObject({
      receivedTotal: 6,
      receivedOnline: 1,
      receivedDirect: 4,
      carriedOver: 1,
      resolvedTotal: 3,
      resolvedEarly: 1,
      resolvedOnTime: 1,
      resolvedLate: 1,
      pendingTotal: 2,
      pendingWithinDeadline: 2,
      pendingOverdue: 0,
      refused: 1,
      withdrawn: 1,
      onlineRate: 1 / 5,
      onTimeRate: 2 / 3,
    });
  });

  it('rolls the commune up into the district report and shows the same numbers by procedure and field', async () => {
    const { key: _key, name: _name, id: _id, ...own } = await total();
    const districtLeader = await signIn(t.app, 'lanhdao.tanson');
    const byUnit = await report(`unitId=${district}&from=${FROM}&to=${TO}`, districtLeader);
    expect(byUnit.items[0]).toMatchObject({ id: district, receivedTotal: 0 });
    expect(byUnit.items.find((r) => r.id === commune)).toMatchObject({ ...own, id: commune });
    expect(byUnit.items.length).toBe(18); // the district and its 17 communes
    expect(byUnit.total).toMatchObject(own);
    const byProcedure = await report(
      `unitId=${district}&from=${FROM}&to=${TO}&groupBy=procedure`,
      districtLeader,
    );
    expect(byProcedure.items).toHaveLength(1);
    expect(byProcedure.items[0]).toMatchObject({ id: procedure.id, receivedTotal: own.receivedTotal });
    const byField = await report(`unitId=${commune}&from=${FROM}&to=${TO}&groupBy=field`);
    expect(byField.total).toMatchObject(own);
  });

  it('carries the open dossiers into the next period, one day later', async () => {
    const next = await report(`unitId=${commune}&from=2026-03-14&to=2026-03-20&includeSubunits=false`);
    expect(next.total).toMatchObject({ carriedOver: 2, receivedDirect: 1, receivedTotal: 3 });
  });

  it('counts a dissatisfied rating in the satisfaction rate of the period it was given in', async () => {
    const d2 = await t.database.db
      .selectFrom('dossiers')
      .select('id')
      .where('code', '=', codes.d2 ?? '')
      .executeTakeFirstOrThrow();
    await t.database.db
      .insertInto('dossier_ratings')
      .values({ dossier_id: d2.id, score: 'dissatisfied', created_at: at('2026-03-10 09:00') })
      .execute();
    // 1 − late (1/3) − dissatisfied (1/3)
    expect((await total()).satisfactionRate).toBeCloseTo(1 / 3, 10);
  });

  it('gives the same report after stats_rebuild() recounts everything from the dossiers', async () => {
    const query = `unitId=${commune}&from=${FROM}&to=${TO}&groupBy=procedure`;
    const before = await report(query);
    await sql`select stats_rebuild()`.execute(t.database.db);
    expect(await report(query)).toEqual(before);
  });
});
