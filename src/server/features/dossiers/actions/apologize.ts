// A late dossier (Circular 03/2025 Appendix I, apology slip): before the due date, the agency
// apologises with the reason and sets a new appointment, once. The legal deadline stays, so the
// dossier still counts as late if it finishes after it.
import { formatInstant } from '../../../../domain/time/format-instant.ts';
import { BadRequestError, ConflictError } from '../../../http/problem.ts';
import type { ActionBody } from './action-schemas.ts';
import type { ActionHandler } from './action-types.ts';

export const apologize: ActionHandler<ActionBody<'apologize'>> = ({ dossier, spec, now, body }) => {
  if (dossier.apology_count >= 1) throw new ConflictError('The appointment may be reset only once.');
  const current = dossier.appointment_at ?? dossier.due_at;
  if (current && now >= current) {
    throw new ConflictError('The apology must be sent before the appointment date.');
  }
  const newDueAt = new Date(body.newDueAt);
  if (current && newDueAt <= current) {
    throw new BadRequestError('the new appointment must be after the current one', [
      { path: 'body.newDueAt', message: 'must be after the current appointment' },
    ]);
  }
  return {
    patch: { appointment_at: newDueAt, apology_count: dossier.apology_count + 1 },
    data: {
      reason: body.reason,
      previousAppointment: current ? formatInstant(current, spec.timeZone) : null,
      newDueAt: formatInstant(newDueAt, spec.timeZone),
    },
    isPublic: true,
    notify: ['dossier.apology'],
  };
};
