// At the counter: accept an online dossier (the clock starts), refuse it, hand the result back, or
// record the applicant's withdrawal.
import { classifyFinish } from '../../../../domain/calendar/index.ts';
import { dossierDueAt, stepDueAt } from '../dossier-deadlines.ts';
import { findProcedureForDossier } from '../dossier-repository.ts';
import type { ActionBody } from './action-schemas.ts';
import type { ActionHandler } from './action-types.ts';

export const acceptDossier: ActionHandler<ActionBody<'accept'>> = async ({
  tx,
  dossier,
  steps,
  spec,
  now,
}) => {
  const procedure = await findProcedureForDossier(tx, dossier.procedure_id);
  if (!procedure) throw new Error(`procedure ${dossier.procedure_id} vanished`);
  const due = dossierDueAt(spec, procedure, dossier.channel, now);
  return {
    patch: {
      received_at: now,
      due_at: due,
      appointment_at: due,
      step: 1,
      step_started_at: now,
      step_due_at: stepDueAt(spec, steps, 1, now),
    },
    isPublic: true,
    notify: ['dossier.received'],
  };
};

export const refuseDossier: ActionHandler<ActionBody<'refuse'>> = ({ now, body }) => ({
  patch: { closed_at: now },
  data: { reasons: body.reasons },
  isPublic: true,
  notify: ['dossier.refused'],
});

export const deliverResult: ActionHandler<ActionBody<'deliver'>> = ({ now, body }) => ({
  patch: {
    delivered_at: now,
    delivery: JSON.stringify({ method: body.method, recipientName: body.recipientName ?? null }),
    step_due_at: null,
  },
  data: { method: body.method, recipientName: body.recipientName ?? null },
  isPublic: true,
  notify: ['dossier.delivered'],
});

/** The applicant withdraws before a decision: processing stops (a stop notice is issued). */
export const withdrawDossier: ActionHandler<ActionBody<'withdraw'>> = ({ dossier, spec, now, body }) => ({
  patch: { closed_at: now, step_due_at: null, paused_at: null },
  closesStep: dossier.step_due_at !== null,
  data: {
    reason: body.reason ?? null,
    stepClass: dossier.step_due_at ? classifyFinish(spec, now, dossier.step_due_at) : null,
  },
  isPublic: true,
  notify: ['dossier.withdrawn'],
});
