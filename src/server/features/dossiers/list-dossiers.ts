// Work lists (API.md GET /api/dossiers): filters over the dossiers of the caller's units, with the
// remaining working time of each row. Named lists answer the questions of each role's day.
import { sql } from 'kysely';
import { addWorkingDays, atLocal } from '../../../domain/calendar/index.ts';
import { type DossierStatus, openStatuses, portalStatusCode } from '../../../domain/dossier/lifecycle.ts';
import { foldVietnamese } from '../../../domain/text/fold.ts';
import type { Db } from '../../db/database.ts';
import { likeEscape } from '../../http/schemas.ts';
import type { Staff } from '../auth/staff.ts';
import type { CalendarCache } from '../calendar/calendar-cache.ts';
import { visibleUnitIds } from './dossier-policy.ts';
import { iso, remainingMinutes } from './dossier-view.ts';

export const workLists = ['to-receive', 'mine', 'due-soon', 'overdue', 'to-deliver'] as const;

export interface DossierFilter {
  list?: (typeof workLists)[number] | undefined;
  status?: DossierStatus[] | undefined;
  step?: number | undefined;
  assignee?: number | 'me' | undefined;
  unitId?: number | undefined;
  procedureId?: number | undefined;
  channel?: 'online' | 'counter' | 'post' | undefined;
  dueBefore?: string | undefined;
  overdue?: boolean | undefined;
  /** local dates (YYYY-MM-DD) of the resolving unit, both included, for the report's drill-down */
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  finishedFrom?: string | undefined;
  finishedTo?: string | undefined;
  finishClass?: 'early' | 'on_time' | 'late' | undefined;
  /** (3): received on or before handledTo and not closed before handledFrom */
  handledFrom?: string | undefined;
  handledTo?: string | undefined;
  /** received and still open at the end of this local day: (6) with the day before the period, (11) */
  openOn?: string | undefined;
  /** with openOn: how its deadline stood at the end of that day, (12) within or (13) overdue */
  deadlineOn?: 'within' | 'overdue' | undefined;
  /** closed_at's local day: refused at reception, withdrawn or stopped */
  closedFrom?: string | undefined;
  closedTo?: string | undefined;
  /** only dossiers whose resolving unit is among the units (where the report counts them) */
  resolvingOnly?: boolean | undefined;
  fieldId?: number | undefined;
  /** with unitId: the unit's sub-units too */
  includeSubunits?: boolean | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listDossiers(input: {
  db: Db;
  calendars: CalendarCache;
  staff: Staff;
  filter: DossierFilter;
}) {
  const { db, calendars, staff, filter: f } = input;
  const now = new Date();
  let units = visibleUnitIds(staff);
  if (f.unitId !== undefined) {
    const wanted = f.includeSubunits
      ? (
          await db
            .selectFrom('units')
            .select('id')
            .where(sql<boolean>`path @> array[${f.unitId}]::int[]`)
            .execute()
        ).map((u) => u.id)
      : [f.unitId];
    units = units.filter((u) => wanted.includes(u));
  }
  if (units.length === 0) return { items: [], total: 0 };
  let q = db
    .selectFrom('dossiers as d')
    .innerJoin('procedures as p', 'p.id', 'd.procedure_id')
    .leftJoin('users as a', 'a.id', 'd.assignee_id')
    .leftJoin('procedure_steps as s', (j) =>
      j.onRef('s.procedure_id', '=', 'd.procedure_id').onRef('s.position', '=', 'd.step'),
    )
    .where((eb) =>
      f.resolvingOnly
        ? eb('d.resolving_unit_id', 'in', units)
        : eb.or([
            eb('d.current_unit_id', 'in', units),
            eb('d.receiving_unit_id', 'in', units),
            eb('d.resolving_unit_id', 'in', units),
          ]),
    );
  const open = [...openStatuses] as DossierStatus[];
  switch (f.list) {
    case 'to-receive':
      q = q.where('d.status', '=', 'submitted').where('d.current_unit_id', 'in', units);
      break;
    case 'mine':
      q = q.where('d.assignee_id', '=', staff.id).where('d.status', 'in', open);
      break;
    case 'due-soon': {
      const spec = await calendars.getForUnit(units[0] ?? 0);
      q = q
        .where('d.status', 'in', ['received', 'in_progress'])
        .where('d.due_at', '>=', now)
        .where('d.due_at', '<=', addWorkingDays(spec, now, 1));
      break;
    }
    case 'overdue':
      q = q.where('d.status', 'in', ['received', 'in_progress', 'awaiting_fee']).where('d.due_at', '<', now);
      break;
    case 'to-deliver':
      q = q.where('d.status', 'in', ['result_ready', 'rejected']).where('d.current_unit_id', 'in', units);
      break;
  }
  if (f.status?.length) q = q.where('d.status', 'in', f.status);
  if (f.step !== undefined) q = q.where('d.step', '=', f.step);
  if (f.assignee !== undefined)
    q = q.where('d.assignee_id', '=', f.assignee === 'me' ? staff.id : f.assignee);
  if (f.procedureId !== undefined) q = q.where('d.procedure_id', '=', f.procedureId);
  if (f.channel !== undefined) q = q.where('d.channel', '=', f.channel);
  if (f.dueBefore !== undefined) q = q.where('d.due_at', '<', new Date(f.dueBefore));
  if (f.overdue === true)
    q = q.where('d.status', 'in', ['received', 'in_progress', 'awaiting_fee']).where('d.due_at', '<', now);
  if (f.overdue === false)
    q = q.where((eb) => eb.or([eb('d.due_at', 'is', null), eb('d.due_at', '>=', now)]));
  if (f.receivedFrom || f.receivedTo || f.finishedFrom || f.finishedTo) {
    const spec = await calendars.getForUnit(f.unitId ?? units[0] ?? 0);
    if (f.receivedFrom) q = q.where('d.received_at', '>=', atLocal(spec, f.receivedFrom, '00:00'));
    if (f.receivedTo) q = q.where('d.received_at', '<', atLocal(spec, f.receivedTo, '24:00'));
    if (f.finishedFrom) q = q.where('d.finished_at', '>=', atLocal(spec, f.finishedFrom, '00:00'));
    if (f.finishedTo) q = q.where('d.finished_at', '<', atLocal(spec, f.finishedTo, '24:00'));
  }
  if (f.finishClass !== undefined) q = q.where('d.finish_class', '=', f.finishClass);
  if (f.handledFrom || f.handledTo || f.openOn || f.closedFrom || f.closedTo) {
    // The report's balances (domain/stats/stats-delta.ts): received = the clock started and the
    // dossier was neither refused nor merely submitted; closed on the day it finished, or else the
    // day it was withdrawn or stopped.
    const spec = await calendars.getForUnit(f.unitId ?? units[0] ?? 0);
    const received = sql<boolean>`(d.received_at is not null and d.status not in ('submitted', 'refused'))`;
    const closedAt = sql`coalesce(d.finished_at, d.closed_at, d.updated_at)`;
    const openStatus = sql<boolean>`d.status in (${sql.join(open)})`;
    /** received before `end` and not closed before `from` (nor still open now, or closed since) */
    const heldBetween = (from: Date, end: Date) =>
      sql<boolean>`${received} and d.received_at < ${end} and (${openStatus} or ${closedAt} >= ${from})`;
    if (f.handledFrom || f.handledTo) {
      const from = f.handledFrom ? atLocal(spec, f.handledFrom, '00:00') : new Date(0);
      const end = f.handledTo ? atLocal(spec, f.handledTo, '24:00') : new Date(8.64e15);
      q = q.where(heldBetween(from, end));
    }
    if (f.openOn) {
      const end = atLocal(spec, f.openOn, '24:00');
      q = q.where(heldBetween(end, end));
      if (f.deadlineOn) {
        // Overdue at the end of D: due on a day before D, unless the clock waits for a supplement
        // asked for on or before its due day (counted within deadline while it waits). The due
        // date is today's: a due date moved by a supplement after D is not the one D saw.
        const tz = spec.timeZone;
        const dayOf = (at: unknown) => sql`((${at} at time zone ${tz})::date)`;
        const overdue = sql<boolean>`(d.due_at < ${atLocal(spec, f.openOn, '00:00')} and not coalesce(
          d.status = 'awaiting_supplement' and d.paused_at < ${end}
            and ${dayOf(sql`d.due_at`)} >= ${dayOf(sql`d.paused_at`)}, false))`;
        q = q.where(f.deadlineOn === 'overdue' ? overdue : sql<boolean>`not ${overdue}`);
      }
    }
    if (f.closedFrom) q = q.where('d.closed_at', '>=', atLocal(spec, f.closedFrom, '00:00'));
    if (f.closedTo) q = q.where('d.closed_at', '<', atLocal(spec, f.closedTo, '24:00'));
  }
  if (f.fieldId !== undefined) q = q.where('p.field_id', '=', f.fieldId);
  if (f.q?.trim()) {
    const text = f.q.trim();
    const words = foldVietnamese(text).split(' ').filter(Boolean).slice(0, 8);
    q = q.where((eb) =>
      eb.or([
        eb('d.code', '=', text),
        eb('d.code', 'like', `%${likeEscape(text)}%`),
        eb.and(words.map((w) => eb('d.applicant_search', 'like', `%${likeEscape(w)}%`))),
      ]),
    );
  }
  const rows = await q
    .select([
      'd.code',
      'd.status',
      'd.channel',
      'd.procedure_id as procedureId',
      'p.name as procedureName',
      sql<string>`d.applicant->>'name'`.as('applicantName'),
      'd.receiving_unit_id as receivingUnitId',
      'd.resolving_unit_id as resolvingUnitId',
      'd.current_unit_id as currentUnitId',
      'd.step',
      's.name as stepName',
      'd.assignee_id as assigneeId',
      'a.full_name as assigneeName',
      'd.submitted_at',
      'd.received_at',
      'd.due_at',
      'd.appointment_at',
      'd.paused_at',
      'd.finished_at',
      'd.version',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .orderBy(sql`d.due_at asc nulls last`)
    .orderBy('d.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const items = [];
  for (const r of rows) {
    const spec = await calendars.getForUnit(r.resolvingUnitId);
    const remaining = remainingMinutes(
      spec,
      { status: r.status, due_at: r.due_at, paused_at: r.paused_at },
      now,
    );
    items.push({
      code: r.code,
      status: r.status,
      portalStatus: portalStatusCode[r.status],
      channel: r.channel,
      procedureId: r.procedureId,
      procedureName: r.procedureName,
      applicantName: r.applicantName,
      receivingUnitId: r.receivingUnitId,
      resolvingUnitId: r.resolvingUnitId,
      currentUnitId: r.currentUnitId,
      step: r.step,
      stepName: r.stepName,
      assigneeId: r.assigneeId,
      assigneeName: r.assigneeName,
      submittedAt: iso(spec, r.submitted_at),
      receivedAt: iso(spec, r.received_at),
      dueAt: iso(spec, r.due_at),
      appointmentAt: iso(spec, r.appointment_at),
      finishedAt: iso(spec, r.finished_at),
      remainingWorkingMinutes: remaining,
      isOverdue: remaining !== null && remaining < 0,
      version: r.version,
    });
  }
  return { items, total: rows[0]?.total ?? 0 };
}
