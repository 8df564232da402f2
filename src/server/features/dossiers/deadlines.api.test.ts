// Deadlines through the lifecycle, at fixed instants: holidays, a paused supplement, an apology,
// and an inter-level dossier counted in the resolving unit's calendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildApplicant,
  findDemoProcedure,
  staffOf,
  unitIdByName,
} from '../../../../tests/support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import type { Staff } from '../auth/staff.ts';
import { CalendarCache } from '../calendar/calendar-cache.ts';
import { loadDossierView } from './dossier-view.ts';
import { receiveAtCounter } from './receive-at-counter.ts';
import { runDossierAction } from './run-dossier-action.ts';

let d: TestDatabase;
let calendars: CalendarCache;
let reception: Staff;
let leader: Staff;
let threeDay: { id: number; documents: { id: number; required: boolean }[] };

const at = (s: string) => new Date(s);

beforeAll(async () => {
  d = await createTestDatabase();
  calendars = new CalendarCache(d.db);
  reception = await staffOf(d.db, 'tiepnhan.thachkiet');
  leader = await staffOf(d.db, 'lanhdao.thachkiet');
  const p = await d.db
    .selectFrom('procedures')
    .select('id')
    .where('level', '=', 'commune')
    .where('receiving_level', 'is', null)
    .where('processing_time_unit', '=', 'working_days')
    .where('processing_time', '=', '3')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const documents = await d.db
    .selectFrom('procedure_documents')
    .select(['id', 'required'])
    .where('procedure_id', '=', p.id)
    .execute();
  threeDay = { id: p.id, documents };
  // Same-day online times would shorten nothing at the counter; make sure the test is about 3 days.
  await d.db.updateTable('procedures').set({ online_processing_time: null }).where('id', '=', p.id).execute();
});
afterAll(() => d.close());

async function receive(now: Date, procedure = threeDay, staff = reception) {
  const body = {
    procedureId: procedure.id,
    channel: 'counter' as const,
    applicant: {
      ...buildApplicant(),
      type: 'citizen' as const,
      language: 'vi' as const,
      idNumber: '025190012345',
      phone: '0912345678',
    },
    documents: procedure.documents.filter((x) => x.required).map((x) => ({ componentId: x.id })),
  };
  const { code } = await receiveAtCounter({ db: d.db, calendars, staff, body, now });
  return code;
}
const view = (code: string, staff = reception) => loadDossierView({ db: d.db, calendars, staff, code });
async function act(
  code: string,
  action: Parameters<typeof runDossierAction>[0]['action'],
  now: Date,
  body: Record<string, unknown> = {},
  staff = reception,
) {
  const { version } = await view(code, staff);
  return runDossierAction({ db: d.db, calendars, staff, code, action, body: { version, ...body }, now });
}

describe('deadlines', () => {
  it('counts 3 working days across the Tết 2026 break', async () => {
    const code = await receive(at('2026-02-12T10:00:00+07:00'));
    expect((await view(code)).dueAt).toBe('2026-02-24T10:00:00+07:00');
  });

  it('counts a reception after closing time from the next morning', async () => {
    const code = await receive(at('2026-03-06T17:30:00+07:00')); // Friday evening
    expect((await view(code)).dueAt).toBe('2026-03-12T07:30:00+07:00');
  });

  it('pauses the clock while waiting for a supplement and moves the deadline by the wait', async () => {
    const code = await receive(at('2026-03-02T08:00:00+07:00'));
    expect((await view(code)).dueAt).toBe('2026-03-05T08:00:00+07:00');
    await act(code, 'request-supplement', at('2026-03-02T10:00:00+07:00'), {
      items: ['Bản sao giấy khai sinh'],
      reason: 'Thiếu',
    });
    const paused = await view(code);
    expect(paused.status).toBe('awaiting_supplement');
    expect(paused.remainingWorkingMinutes).toBe(3 * 450 - 120);
    // Waited Mon 10:00 → Wed 10:00: exactly two working days (900 working minutes).
    await act(code, 'receive-supplement', at('2026-03-04T10:00:00+07:00'));
    const resumed = await view(code);
    expect(resumed.status).toBe('in_progress');
    expect(resumed.dueAt).toBe('2026-03-09T08:00:00+07:00');
    expect(resumed.appointmentAt).toBe('2026-03-09T08:00:00+07:00');
    const event = resumed.events.find((e) => e.action === 'receive-supplement');
    expect(event?.data).toMatchObject({ pausedWorkingMinutes: 900 });
  });

  it('counts a dossier asked twice for a supplement as late, even when finished early', async () => {
    const code = await receive(at('2026-03-02T08:00:00+07:00'));
    for (const [ask, give] of [
      ['2026-03-02T09:00:00+07:00', '2026-03-02T10:00:00+07:00'],
      ['2026-03-02T11:00:00+07:00', '2026-03-02T14:00:00+07:00'],
    ] as const) {
      await act(code, 'request-supplement', at(ask), { items: ['Tờ khai'], reason: 'Thiếu chữ ký' });
      await act(code, 'receive-supplement', at(give));
    }
    await act(code, 'finish', at('2026-03-02T15:00:00+07:00'));
    const finished = await view(code);
    expect(finished.supplementCount).toBe(2);
    expect(finished.finishClass).toBe('late');
  });

  it('classifies results early, on time and late by the due day', async () => {
    const early = await receive(at('2026-03-02T08:00:00+07:00'));
    await act(early, 'finish', at('2026-03-04T16:00:00+07:00'));
    expect((await view(early)).finishClass).toBe('early');
    const onTime = await receive(at('2026-03-02T08:00:00+07:00'));
    await act(onTime, 'finish', at('2026-03-05T16:00:00+07:00')); // due 05/03 08:00, same day
    expect((await view(onTime)).finishClass).toBe('on_time');
    const late = await receive(at('2026-03-02T08:00:00+07:00'));
    await act(late, 'finish', at('2026-03-06T08:00:00+07:00'));
    expect((await view(late)).finishClass).toBe('late');
  });

  it('lets the agency apologise once, before the appointment, with a later date; the legal deadline stays', async () => {
    const code = await receive(at('2026-03-02T08:00:00+07:00'));
    await act(
      code,
      'apologize',
      at('2026-03-04T09:00:00+07:00'),
      { reason: 'Cần xác minh thêm', newDueAt: '2026-03-10T16:00:00+07:00' },
      leader,
    );
    const v = await view(code);
    expect(v.appointmentAt).toBe('2026-03-10T16:00:00+07:00');
    expect(v.dueAt).toBe('2026-03-05T08:00:00+07:00');
    await expect(
      act(
        code,
        'apologize',
        at('2026-03-04T10:00:00+07:00'),
        { reason: 'Lần hai', newDueAt: '2026-03-12T16:00:00+07:00' },
        leader,
      ),
    ).rejects.toMatchObject({ status: 409 });
    await act(code, 'finish', at('2026-03-09T10:00:00+07:00'), {}, leader);
    expect((await view(code)).finishClass).toBe('late');

    const tooLate = await receive(at('2026-03-02T08:00:00+07:00'));
    await expect(
      act(
        tooLate,
        'apologize',
        at('2026-03-06T09:00:00+07:00'),
        { reason: 'Trễ', newDueAt: '2026-03-10T16:00:00+07:00' },
        leader,
      ),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      act(
        tooLate,
        'apologize',
        at('2026-03-03T09:00:00+07:00'),
        { reason: 'Sớm hơn', newDueAt: '2026-03-04T16:00:00+07:00' },
        leader,
      ),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('counts an inter-level dossier in the resolving district’s calendar', async () => {
    const inter = await findDemoProcedure(d.db, { interLevel: true });
    const district = await unitIdByName(d.db, 'huyện Tân Sơn');
    // The district follows its own calendar with an extra day off on Tue 3/3/2026.
    const { id: calendarId } = await d.db
      .insertInto('calendars')
      .values({
        code: 'TANSON',
        name: 'Lịch huyện Tân Sơn',
        periods: JSON.stringify([
          { start: '07:30', end: '11:30' },
          { start: '13:30', end: '17:00' },
        ]),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await d.db
      .insertInto('calendar_days')
      .values({ calendar_id: calendarId, date: '2026-03-03', kind: 'holiday', name: 'Nghỉ địa phương' })
      .execute();
    await d.db.updateTable('units').set({ calendar_id: calendarId }).where('id', '=', district).execute();
    const withDistrictCalendar = await receive(at('2026-03-02T08:00:00+07:00'), inter);
    const v = await view(withDistrictCalendar);
    expect(v.resolvingUnitId).toBe(district);
    const procedure = await d.db
      .selectFrom('procedures')
      .select(['processing_time', 'processing_time_unit'])
      .where('id', '=', inter.id)
      .executeTakeFirstOrThrow();
    expect(procedure.processing_time_unit).toBe('working_days');
    const days = Number(procedure.processing_time);
    // One more calendar day than the same count without the district's day off.
    const expected = new Date(at('2026-03-02T08:00:00+07:00'));
    let remaining = days;
    while (remaining > 0) {
      expected.setUTCDate(expected.getUTCDate() + 1);
      const local = new Date(expected.getTime() + 7 * 3600_000);
      const weekday = local.getUTCDay();
      const iso = local.toISOString().slice(0, 10);
      if (
        weekday !== 0 &&
        weekday !== 6 &&
        iso !== '2026-03-03' &&
        !['2026-04-27', '2026-04-30', '2026-05-01'].includes(iso)
      )
        remaining--;
    }
    expect(new Date(v.dueAt ?? '').getTime()).toBe(expected.getTime());
  });
});

describe('work-list filters for the report drill-down', () => {
  it('finds dossiers by reception and finish dates, finish class, field and sub-units', async () => {
    const { listDossiers } = await import('./list-dossiers.ts');
    const code = await receive(at('2026-06-01T08:00:00+07:00'));
    await act(code, 'finish', at('2026-06-02T09:00:00+07:00'));
    const district = await unitIdByName(d.db, 'huyện Tân Sơn');
    const leader = await staffOf(d.db, 'lanhdao.tanson');
    const page = { page: 1, pageSize: 200 };
    const codes = async (filter: Record<string, unknown>, staff = leader) =>
      (await listDossiers({ db: d.db, calendars, staff, filter: { ...page, ...filter } })).items.map(
        (i) => i.code,
      );
    expect(
      await codes({
        unitId: district,
        includeSubunits: true,
        finishedFrom: '2026-06-02',
        finishedTo: '2026-06-02',
        finishClass: 'early',
      }),
    ).toContain(code);
    expect(
      await codes({
        unitId: district,
        includeSubunits: true,
        finishedFrom: '2026-06-02',
        finishedTo: '2026-06-02',
        finishClass: 'late',
      }),
    ).not.toContain(code);
    expect(
      await codes({
        unitId: district,
        includeSubunits: true,
        receivedFrom: '2026-06-01',
        receivedTo: '2026-06-01',
      }),
    ).toContain(code);
    expect(
      await codes({
        unitId: district,
        includeSubunits: true,
        receivedFrom: '2026-06-02',
        receivedTo: '2026-06-30',
      }),
    ).not.toContain(code);
    expect(
      await codes({ unitId: district, finishedFrom: '2026-06-02', finishedTo: '2026-06-02' }),
    ).not.toContain(code);
    const field = await d.db
      .selectFrom('procedures')
      .select('field_id')
      .where('id', '=', threeDay.id)
      .executeTakeFirstOrThrow();
    expect(
      await codes({ unitId: district, includeSubunits: true, fieldId: field.field_id, finishClass: 'early' }),
    ).toContain(code);
    expect(
      await codes({
        unitId: district,
        includeSubunits: true,
        fieldId: field.field_id + 1000,
        finishClass: 'early',
      }),
    ).toEqual([]);
  });
});
