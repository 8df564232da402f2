// Counter reception (API.md POST /api/counter/dossiers): received at once, the clock starts, the
// receipt and appointment slip can be printed.
import { z } from 'zod';
import { Applicant } from '../../../domain/dossier/applicant.ts';
import type { Db } from '../../db/database.ts';
import { ForbiddenError } from '../../http/problem.ts';
import type { Staff } from '../auth/staff.ts';
import type { CalendarCache } from '../calendar/calendar-cache.ts';
import { DocumentRefs } from './actions/action-schemas.ts';
import { prepareNewDossier, writeNewDossier } from './create-dossier.ts';
import { dossierDueAt, stepDueAt } from './dossier-deadlines.ts';
import { defaultReceptionUnit, mayReceiveAt } from './dossier-policy.ts';

export const CounterReception = z.strictObject({
  procedureId: z.number().int().min(1).max(2_147_483_647),
  unitId: z.number().int().min(1).max(2_147_483_647).optional(),
  channel: z.enum(['counter', 'post']),
  applicant: Applicant,
  documents: DocumentRefs,
  note: z.string().trim().max(2000).optional(),
});
export type CounterReception = z.infer<typeof CounterReception>;

export async function receiveAtCounter(input: {
  db: Db;
  calendars: CalendarCache;
  staff: Staff;
  body: CounterReception;
  now?: Date;
}): Promise<{ code: string }> {
  const { db, calendars, staff, body } = input;
  const unitId = body.unitId ?? defaultReceptionUnit(staff);
  if (unitId === undefined || !mayReceiveAt(staff, unitId)) {
    throw new ForbiddenError('Only a reception officer of that unit receives dossiers there.');
  }
  const now = input.now ?? new Date();
  // One connection for the checks, the code and the transaction (never a second one while the
  // transaction holds the first: the pool would starve under load).
  return db.connection().execute(async (conn) => {
    const prepared = await prepareNewDossier(conn, calendars, {
      procedureId: body.procedureId,
      unitId,
      channel: body.channel,
      applicant: body.applicant,
      documents: body.documents,
      now,
    });
    const spec = prepared.resolvingCalendar;
    const due = dossierDueAt(spec, prepared.procedure, body.channel, now);
    // One statement: the dossier, its documents, event, outbox rows and statistics, atomically.
    const created = await writeNewDossier(conn, prepared, {
      status: 'received',
      fields: {
        received_at: now,
        due_at: due,
        appointment_at: due,
        step: 1,
        step_started_at: now,
        step_due_at: stepDueAt(spec, prepared.steps, 1, now),
      },
      event: {
        action: 'receive',
        toStep: 1,
        actor: { id: staff.id, fullName: staff.fullName },
        note: body.note ?? null,
        data: { channel: body.channel },
      },
      topics: ['dossier.received'],
    });
    return { code: created.code };
  });
}
