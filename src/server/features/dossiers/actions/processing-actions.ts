// Moving a dossier through its steps: assign, forward, return, approve, and transfer to another
// unit (liên thông: the commune receives, the district resolves).
import { sql } from 'kysely';
import { BadRequestError, ConflictError } from '../../../http/problem.ts';
import { stepDueAt } from '../dossier-deadlines.ts';
import type { Tx } from '../dossier-repository.ts';
import type { ActionBody } from './action-schemas.ts';
import type { ActionContext, ActionHandler, ActionOutcome } from './action-types.ts';

/** An assignee must be an active staff member of the unit that will hold the dossier. */
async function assertAssignable(tx: Tx, userId: number, unitId: number): Promise<void> {
  const found = await tx
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select('u.id')
    .where('r.user_id', '=', userId)
    .where('r.unit_id', '=', unitId)
    .where('u.is_disabled', '=', false)
    .executeTakeFirst();
  if (!found) {
    throw new BadRequestError(`user ${userId} is not a staff member of unit ${unitId}`, [
      { path: 'body.assigneeId', message: 'not a staff member of that unit' },
    ]);
  }
}

/** Closes the current step and starts `position` (with its own deadline). */
function moveToStep(
  ctx: ActionContext<{ assigneeId?: number | undefined; department?: string | undefined }>,
  position: number,
): ActionOutcome {
  const { steps, spec, now, body } = ctx;
  const step = steps.find((s) => s.position === position);
  return {
    patch: {
      step: position,
      step_started_at: now,
      step_due_at: stepDueAt(spec, steps, position, now),
      assignee_id: body.assigneeId ?? null,
      department: body.department ?? step?.department ?? null,
    },
    closesStep: true,
    toAssigneeId: body.assigneeId ?? null,
    data: { stepName: step?.name ?? null },
    notify: body.assigneeId ? ['staff.assigned'] : [],
  };
}

function nextPosition(ctx: ActionContext<unknown>): number {
  const current = ctx.dossier.step ?? 0;
  const next = ctx.steps.find((s) => s.position > current);
  if (!next) throw new ConflictError('This is the last step: finish the dossier instead.');
  return next.position;
}

export const assignDossier: ActionHandler<ActionBody<'assign'>> = async (ctx) => {
  const { tx, dossier, body } = ctx;
  if (body.assigneeId !== undefined) await assertAssignable(tx, body.assigneeId, dossier.current_unit_id);
  return {
    patch: {
      assignee_id: body.assigneeId ?? dossier.assignee_id,
      department: body.department ?? dossier.department,
      step: dossier.step ?? 1,
    },
    toAssigneeId: body.assigneeId ?? null,
    notify: body.assigneeId ? ['staff.assigned'] : [],
  };
};

export const forwardDossier: ActionHandler<ActionBody<'forward'>> = async (ctx) => {
  const position = nextPosition(ctx);
  if (ctx.body.assigneeId !== undefined)
    await assertAssignable(ctx.tx, ctx.body.assigneeId, ctx.dossier.current_unit_id);
  return { ...moveToStep(ctx, position), isPublic: false };
};

export const returnDossier: ActionHandler<ActionBody<'return'>> = (ctx) => {
  const current = ctx.dossier.step ?? 1;
  const previous = [...ctx.steps].reverse().find((s) => s.position < current);
  if (!previous) throw new ConflictError('This is the first step: there is no step to return to.');
  return moveToStep({ ...ctx, body: {} }, previous.position);
};

export const approveDossier: ActionHandler<ActionBody<'approve'>> = (ctx) => {
  const moved = moveToStep({ ...ctx, body: {} }, nextPosition(ctx));
  return { ...moved, patch: { ...moved.patch, decision: 'approved' } };
};

/**
 * Hands the dossier to another unit of the same tree (with the next step): the receiving commune
 * to the resolving district, or back. The target must be the receiving or the resolving unit.
 */
export const transferDossier: ActionHandler<ActionBody<'transfer'>> = async (ctx) => {
  const { tx, dossier, body } = ctx;
  if (body.unitId !== dossier.resolving_unit_id && body.unitId !== dossier.receiving_unit_id) {
    throw new BadRequestError('a dossier moves only between its receiving and its resolving unit', [
      { path: 'body.unitId', message: 'not this dossier’s receiving or resolving unit' },
    ]);
  }
  if (body.unitId === dossier.current_unit_id) {
    throw new BadRequestError('the dossier is at that unit already', [
      { path: 'body.unitId', message: 'same unit' },
    ]);
  }
  if (body.assigneeId !== undefined) await assertAssignable(tx, body.assigneeId, body.unitId);
  // The first later step worked by the unit it goes to (liên thông templates say which), else the next.
  const side = body.unitId === dossier.resolving_unit_id ? 'resolving' : 'receiving';
  const current = dossier.step ?? 0;
  const target =
    ctx.steps.find((s) => s.position > current && s.at_unit === side)?.position ?? nextPosition(ctx);
  const moved = moveToStep(ctx, target);
  const unit = await tx
    .selectFrom('units')
    .select(['name', sql<string>`code`.as('code')])
    .where('id', '=', body.unitId)
    .executeTakeFirstOrThrow();
  return {
    ...moved,
    patch: { ...moved.patch, current_unit_id: body.unitId },
    data: { ...moved.data, toUnitName: unit.name },
    isPublic: true,
  };
};
