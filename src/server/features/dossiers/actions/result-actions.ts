// The end of processing: the result is ready (early / on time / late by the calendar), or the
// application is rejected with reasons; either way the result goes back to the receiving counter.
import { classifyFinish } from '../../../../domain/calendar/index.ts';
import type { ActionBody } from './action-schemas.ts';
import type { ActionContext, ActionHandler, ActionOutcome } from './action-types.ts';

function finished(ctx: ActionContext<unknown>): ActionOutcome {
  const { dossier, spec, now } = ctx;
  // A second supplement request makes the dossier count as late (Decree 118/2025 Art. 11).
  const finishClass =
    dossier.is_forced_late || !dossier.due_at ? 'late' : classifyFinish(spec, now, dossier.due_at);
  // An inter-level result goes back to the receiving unit's desk: its hand-back step, if the template has one.
  const current = dossier.step ?? 0;
  const handBack =
    dossier.receiving_unit_id !== dossier.resolving_unit_id
      ? ctx.steps.find((s) => s.position > current && s.at_unit === 'receiving')
      : undefined;
  return {
    patch: {
      ...(handBack ? { step: handBack.position, step_started_at: now } : {}),
      finished_at: now,
      finish_class: finishClass,
      current_unit_id: dossier.receiving_unit_id,
      step_due_at: null,
      assignee_id: null,
      department: null,
    },
    closesStep: dossier.step_due_at !== null,
    data: { finishClass },
    isPublic: true,
  };
}

export const finishDossier: ActionHandler<ActionBody<'finish'>> = (ctx) => {
  const outcome = finished(ctx);
  return {
    ...outcome,
    patch: { ...outcome.patch, decision: ctx.dossier.decision ?? 'approved' },
    data: { ...outcome.data, resultName: ctx.body.resultName ?? null },
    notify: ['dossier.result-ready'],
  };
};

export const rejectDossier: ActionHandler<ActionBody<'reject'>> = (ctx) => {
  const outcome = finished(ctx);
  return {
    ...outcome,
    patch: { ...outcome.patch, decision: 'rejected' },
    data: { ...outcome.data, reasons: ctx.body.reasons },
    notify: ['dossier.rejected'],
  };
};
