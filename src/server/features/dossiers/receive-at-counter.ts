// Counter reception (API.md POST /api/counter/dossiers): received at once, the clock starts, the
// receipt and appointment slip can be printed.
import { z } from 'zod';
import { Applicant } from '../../../domain/dossier/applicant.ts';
import type { Db } from '../../db/database.ts';
import { ForbiddenError } from '../../http/problem.ts';
import type { Staff } from '../auth/staff.ts';
import type { CalendarCache } from '../calendar/calendar-cache.ts';
import { countNewDossier } from '../stats/apply-stats-change.ts';
import { DocumentRefs } from './actions/action-schemas.ts';
import { insertNewDossier } from './create-dossier.ts';
import { dossierDueAt, stepDueAt } from './dossier-deadlines.ts';
import { defaultReceptionUnit, mayReceiveAt } from './dossier-policy.ts';
import { findProcedureSteps } from './dossier-repository.ts';
import { writeOutbox } from './outbox-writer.ts';

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
  return db.transaction().execute(async (tx) => {
    const created = await insertNewDossier(
      tx,
      calendars,
      {
        procedureId: body.procedureId,
        unitId,
        channel: body.channel,
        applicant: body.applicant,
        documents: body.documents,
        now,
      },
      {
        status: 'received',
        fields: async ({ procedure, resolvingUnitId }) => {
          const spec = await calendars.getForUnit(resolvingUnitId, tx);
          const steps = await findProcedureSteps(tx, procedure.id);
          const due = dossierDueAt(spec, procedure, body.channel, now);
          return {
            received_at: now,
            due_at: due,
            appointment_at: due,
            step: 1,
            step_started_at: now,
            step_due_at: stepDueAt(spec, steps, 1, now),
          };
        },
      },
    );
    await countNewDossier(tx, created.id, { now });
    await tx
      .insertInto('dossier_events')
      .values({
        dossier_id: created.id,
        at: now,
        action: 'receive',
        from_status: null,
        to_status: 'received',
        to_step: 1,
        to_unit_id: unitId,
        actor_id: staff.id,
        actor_name: staff.fullName,
        note: body.note ?? null,
        data: JSON.stringify({ channel: body.channel }),
        is_public: true,
      })
      .execute();
    await writeOutbox(tx, {
      dossierId: created.id,
      code: created.code,
      topics: ['dossier.received'],
      assigneeId: null,
    });
    return { code: created.code };
  });
}
