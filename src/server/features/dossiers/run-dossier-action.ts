// The pipeline every staff action on a dossier goes through, in one transaction: lock the row,
// check visibility (404), version and status (409), role (403); apply the action's rules; write the
// dossier, an append-only event and the outbox rows.
import { classifyFinish } from '../../../domain/calendar/index.ts';
import { type DossierAction, isActionAllowed, nextStatus } from '../../../domain/dossier/lifecycle.ts';
import type { Db } from '../../db/database.ts';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from '../../http/problem.ts';
import type { Staff } from '../auth/staff.ts';
import type { CalendarCache } from '../calendar/calendar-cache.ts';
import { applyStatsChange } from '../stats/apply-stats-change.ts';
import { actionBodies } from './actions/action-schemas.ts';
import type { ActionHandler } from './actions/action-types.ts';
import { apologize } from './actions/apologize.ts';
import {
  approveDossier,
  assignDossier,
  forwardDossier,
  returnDossier,
  transferDossier,
} from './actions/processing-actions.ts';
import { acceptDossier, deliverResult, refuseDossier, withdrawDossier } from './actions/reception-actions.ts';
import { finishDossier, rejectDossier } from './actions/result-actions.ts';
import { receiveSupplement, requestSupplement } from './actions/supplement-actions.ts';
import { availableActions, canSeeDossier, mayTakeAction } from './dossier-policy.ts';
import { type DossierRow, findDossierRow, findProcedureSteps } from './dossier-repository.ts';
import { writeOutbox } from './outbox-writer.ts';

// biome-ignore lint/suspicious/noExplicitAny: each handler takes its own action's body, checked by actionBodies
const handlers: Record<DossierAction, ActionHandler<any>> = {
  accept: acceptDossier,
  refuse: refuseDossier,
  assign: assignDossier,
  transfer: transferDossier,
  forward: forwardDossier,
  return: returnDossier,
  'request-supplement': requestSupplement,
  'receive-supplement': receiveSupplement,
  approve: approveDossier,
  reject: rejectDossier,
  finish: finishDossier,
  deliver: deliverResult,
  apologize,
  withdraw: withdrawDossier,
};

export const scopeOf = (d: DossierRow) => ({
  status: d.status,
  receivingUnitId: d.receiving_unit_id,
  resolvingUnitId: d.resolving_unit_id,
  currentUnitId: d.current_unit_id,
});

export async function runDossierAction(input: {
  db: Db;
  calendars: CalendarCache;
  staff: Staff;
  code: string;
  action: DossierAction;
  body: unknown;
  now?: Date;
}): Promise<{ code: string; version: number }> {
  const { db, staff, action } = input;
  const parsed = actionBodies[action].safeParse(input.body ?? {});
  if (!parsed.success) {
    throw new BadRequestError(
      `Invalid body for ${action}.`,
      parsed.error.issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message })),
    );
  }
  const body = parsed.data;
  return db.transaction().execute(async (tx) => {
    const dossier = await findDossierRow(tx, input.code, { forUpdate: true });
    if (!dossier || !canSeeDossier(staff, scopeOf(dossier)))
      throw new NotFoundError(`No dossier ${input.code}.`);
    const conflict = (detail: string) =>
      new ConflictError(detail, {
        allowedActions: availableActions(staff, scopeOf(dossier)),
        version: dossier.version,
        dossierStatus: dossier.status,
      });
    if (body.version !== dossier.version) {
      throw conflict(`The dossier changed (version ${dossier.version}, not ${body.version}); reload it.`);
    }
    if (!isActionAllowed(dossier.status, action))
      throw conflict(`${action} is not allowed while ${dossier.status}.`);
    if (!mayTakeAction(staff, scopeOf(dossier), action)) {
      throw new ForbiddenError(`Your roles do not allow ${action} on this dossier.`);
    }
    const now = input.now ?? new Date();
    const spec = await input.calendars.getForUnit(dossier.resolving_unit_id, tx);
    const steps = await findProcedureSteps(tx, dossier.procedure_id);
    const outcome = await handlers[action]({ tx, staff, dossier, steps, spec, now, body });
    const toStatus = nextStatus(dossier.status, action);
    const patch = outcome.patch;

    const updated = await tx
      .updateTable('dossiers')
      .set({ ...patch, status: toStatus, version: dossier.version + 1, updated_at: now })
      .where('id', '=', dossier.id)
      .where('version', '=', dossier.version)
      .returning(['version', 'current_unit_id', 'step'])
      .executeTakeFirst();
    if (!updated) throw conflict('The dossier changed meanwhile; reload it.');
    await applyStatsChange(
      tx,
      dossier,
      { ...dossier, ...patch, status: toStatus },
      { now, timeZone: spec.timeZone },
    );

    await tx
      .insertInto('dossier_events')
      .values({
        dossier_id: dossier.id,
        at: now,
        action,
        from_status: dossier.status,
        to_status: toStatus,
        from_step: dossier.step,
        to_step: updated.step,
        from_unit_id: dossier.current_unit_id,
        to_unit_id: updated.current_unit_id,
        actor_id: staff.id,
        actor_name: staff.fullName,
        to_assignee_id: outcome.toAssigneeId ?? null,
        note: body.note ?? null,
        data: outcome.data ? JSON.stringify(outcome.data) : null,
        step_due_at: outcome.closesStep ? dossier.step_due_at : null,
        step_class:
          outcome.closesStep && dossier.step_due_at ? classifyFinish(spec, now, dossier.step_due_at) : null,
        is_public: outcome.isPublic ?? false,
      })
      .execute();
    await writeOutbox(tx, {
      dossierId: dossier.id,
      code: dossier.code,
      topics: outcome.notify ?? [],
      assigneeId: outcome.toAssigneeId ?? null,
      data: outcome.data,
    });
    return { code: dossier.code, version: updated.version };
  });
}
