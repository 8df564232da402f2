// Supplements (Decree 118/2025 Art. 11): asking pauses the clock; receiving resumes it and moves
// the deadlines by the working time spent waiting. Asking twice is allowed but makes it late.
import { addWorkingMinutes, workingMinutesBetween } from '../../../../domain/calendar/index.ts';
import { attachDocuments } from '../dossier-documents.ts';
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

export const receiveSupplement: ActionHandler<ActionBody<'receive-supplement'>> = async ({
  tx,
  dossier,
  spec,
  now,
  body,
}) => {
  const pausedAt = dossier.paused_at ?? now;
  const paused = Math.max(0, workingMinutesBetween(spec, pausedAt, now));
  const shift = (d: Date | null) => (d ? addWorkingMinutes(spec, d, paused) : null);
  if (body.documents?.length) {
    await attachDocuments(tx, {
      dossierId: dossier.id,
      procedureId: dossier.procedure_id,
      documents: body.documents,
      source: 'supplement',
    });
  }
  return {
    patch: {
      paused_at: null,
      due_at: shift(dossier.due_at),
      appointment_at: shift(dossier.appointment_at),
      step_due_at: shift(dossier.step_due_at),
    },
    data: { pausedWorkingMinutes: paused, documents: body.documents?.length ?? 0 },
    isPublic: true,
  };
};
