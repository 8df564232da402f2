// Supplements (Decree 118/2025 Art. 11): asking pauses the clock; receiving resumes it and moves
// the deadlines by the working time spent waiting. Asking twice is allowed but makes it late.
import {
  addWorkingMinutes,
  type CalendarSpec,
  workingMinutesBetween,
} from '../../../../domain/calendar/index.ts';
import { attachDocuments } from '../dossier-documents.ts';
import type { DossierRow } from '../dossier-repository.ts';
import type { ActionBody } from './action-schemas.ts';
import type { ActionHandler } from './action-types.ts';

export const requestSupplement: ActionHandler<ActionBody<'request-supplement'>> = ({
  dossier,
  now,
  body,
}) => {
  const count = dossier.supplement_count + 1;
  return {
    patch: { paused_at: now, supplement_count: count, is_forced_late: dossier.is_forced_late || count >= 2 },
    data: { items: body.items, reason: body.reason, requestNumber: count },
    isPublic: true,
    notify: ['dossier.supplement-requested'],
  };
};

/** The clock resumes: every deadline moves by the working time spent waiting. */
export function resumeAfterSupplement(
  spec: CalendarSpec,
  d: Pick<DossierRow, 'paused_at' | 'due_at' | 'appointment_at' | 'step_due_at'>,
  now: Date,
) {
  const paused = Math.max(0, workingMinutesBetween(spec, d.paused_at ?? now, now));
  const shift = (x: Date | null) => (x ? addWorkingMinutes(spec, x, paused) : null);
  return {
    pausedWorkingMinutes: paused,
    patch: {
      paused_at: null,
      due_at: shift(d.due_at),
      appointment_at: shift(d.appointment_at),
      step_due_at: shift(d.step_due_at),
    },
  };
}

export const receiveSupplement: ActionHandler<ActionBody<'receive-supplement'>> = async ({
  tx,
  dossier,
  spec,
  now,
  body,
}) => {
  if (body.documents?.length) {
    await attachDocuments(tx, {
      dossierId: dossier.id,
      procedureId: dossier.procedure_id,
      documents: body.documents,
      source: 'supplement',
    });
  }
  const resumed = resumeAfterSupplement(spec, dossier, now);
  return {
    patch: resumed.patch,
    data: { pausedWorkingMinutes: resumed.pausedWorkingMinutes, documents: body.documents?.length ?? 0 },
    isPublic: true,
  };
};
