// The staff view of one dossier: the row, its documents, its events (the control sheet), what the
// caller may do next, and the remaining working time.

import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type CalendarSpec, workingMinutesBetween } from '../../../domain/calendar/index.ts';
import { portalStatusCode, stepAllows } from '../../../domain/dossier/lifecycle.ts';
import { formatInstant } from '../../../domain/time/format-instant.ts';
import type { Db } from '../../db/database.ts';
import { NotFoundError } from '../../http/problem.ts';
import type { Staff } from '../auth/staff.ts';
import type { CalendarCache } from '../calendar/calendar-cache.ts';
import { availableActions, canSeeDossier } from './dossier-policy.ts';
import { type DossierRow, dossierColumns } from './dossier-repository.ts';
import { scopeOf } from './run-dossier-action.ts';

export const iso = (spec: CalendarSpec, d: Date | null) => (d ? formatInstant(d, spec.timeZone) : null);

/** Working minutes from now to the due time (negative when overdue); null when not running. */
export function remainingMinutes(
  spec: CalendarSpec,
  d: Pick<DossierRow, 'status' | 'due_at' | 'paused_at'>,
  now: Date,
) {
  if (!d.due_at || !['received', 'in_progress', 'awaiting_fee', 'awaiting_supplement'].includes(d.status))
    return null;
  return workingMinutesBetween(spec, d.paused_at ?? now, d.due_at);
}

/**
 * A dossier with everything its view shows, in one query: its row, its resolving unit's calendar
 * (id and revision, for the per-process cache), its procedure and steps, its documents, its
 * events and its assignee's name.
 */
function findDossierWithParts(db: Db, code: string) {
  return db
    .selectFrom('dossiers as d')
    .innerJoin('units as ru', 'ru.id', 'd.resolving_unit_id')
    .innerJoin('calendars as k', 'k.id', 'ru.calendar_id')
    .innerJoin('procedures as p', 'p.id', 'd.procedure_id')
    .select(dossierColumns)
    .select([
      'k.id as calendar_id',
      'k.revision as calendar_revision',
      'p.code as procedure_code',
      'p.name as procedure_name',
    ])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('procedure_steps as s')
          .select([
            's.position',
            's.name',
            's.role',
            's.department',
            sql<number>`s.hours::float8`.as('hours'),
            's.at_unit',
          ])
          .whereRef('s.procedure_id', '=', 'd.procedure_id')
          .orderBy('s.position'),
      ).as('steps'),
      jsonArrayFrom(
        eb
          .selectFrom('dossier_documents as dd')
          .leftJoin('files as f', 'f.id', 'dd.file_id')
          .select([
            'dd.id',
            'dd.component_id as componentId',
            'dd.name',
            'dd.file_id as fileId',
            'dd.originals',
            'dd.copies',
            'dd.source',
            'dd.added_at as addedAt',
            'f.media_type as mediaType',
            'f.size',
          ])
          .whereRef('dd.dossier_id', '=', 'd.id')
          .orderBy('dd.id'),
      ).as('documents'),
      jsonArrayFrom(
        eb
          .selectFrom('dossier_events as e')
          .leftJoin('units as fu', 'fu.id', 'e.from_unit_id')
          .leftJoin('units as tu', 'tu.id', 'e.to_unit_id')
          .leftJoin('users as a', 'a.id', 'e.to_assignee_id')
          .select([
            'e.id',
            'e.at',
            'e.action',
            'e.from_status as fromStatus',
            'e.to_status as toStatus',
            'e.from_step as fromStep',
            'e.to_step as toStep',
            'e.from_unit_id as fromUnitId',
            'fu.name as fromUnitName',
            'e.to_unit_id as toUnitId',
            'tu.name as toUnitName',
            'e.actor_id as actorId',
            'e.actor_name as actorName',
            'e.to_assignee_id as toAssigneeId',
            'a.full_name as toAssigneeName',
            'e.note',
            'e.data',
            'e.step_due_at as stepDueAt',
            'e.step_class as stepClass',
            'e.is_public as isPublic',
          ])
          .whereRef('e.dossier_id', '=', 'd.id')
          .orderBy('e.id'),
      ).as('events'),
      eb
        .selectFrom('users as u')
        .select('u.full_name')
        .whereRef('u.id', '=', 'd.assignee_id')
        .as('assignee_name'),
    ])
    .where('d.code', '=', code)
    .executeTakeFirst();
}

type DossierWithParts = NonNullable<Awaited<ReturnType<typeof findDossierWithParts>>>;

/** Instants inside a JSON aggregate arrive as text. */
const instant = (value: Date | string | null) => (value === null ? null : new Date(value));

export async function loadDossierView(input: {
  db: Db;
  calendars: CalendarCache;
  staff: Staff;
  code: string;
}) {
  const d = await findDossierWithParts(input.db, input.code);
  if (!d || !canSeeDossier(input.staff, scopeOf(d))) throw new NotFoundError(`No dossier ${input.code}.`);
  return buildDossierView(input.db, input.calendars, d, input.staff);
}

/** The full view for the server's own use (notifications, slips): no caller, no allowed actions. */
export async function loadDossierViewForSystem(db: Db, calendars: CalendarCache, code: string) {
  const d = await findDossierWithParts(db, code);
  if (!d) throw new NotFoundError(`No dossier ${code}.`);
  return buildDossierView(db, calendars, d, undefined);
}

async function buildDossierView(
  db: Db,
  calendars: CalendarCache,
  d: DossierWithParts,
  staff: Staff | undefined,
) {
  const spec = await calendars.get(d.calendar_id, d.calendar_revision, db);
  const procedure = { code: d.procedure_code, name: d.procedure_name };
  const steps = d.steps;
  const documents = d.documents.map((doc) => ({ ...doc, addedAt: instant(doc.addedAt) }));
  const events = d.events.map((e) => ({ ...e, at: instant(e.at), stepDueAt: instant(e.stepDueAt) }));
  const assignee = d.assignee_name === null ? undefined : { full_name: d.assignee_name };
  const now = new Date();
  const remaining = remainingMinutes(spec, d, now);
  return {
    code: d.code,
    status: d.status,
    portalStatus: portalStatusCode[d.status],
    version: d.version,
    procedureId: d.procedure_id,
    procedureCode: procedure.code,
    procedureName: procedure.name,
    receivingUnitId: d.receiving_unit_id,
    resolvingUnitId: d.resolving_unit_id,
    currentUnitId: d.current_unit_id,
    channel: d.channel,
    applicant: d.applicant,
    lookupKey: d.lookup_key,
    step: d.step,
    stepName: steps.find((s) => s.position === d.step)?.name ?? null,
    stepDueAt: iso(spec, d.step_due_at),
    steps,
    assigneeId: d.assignee_id,
    assigneeName: assignee?.full_name ?? null,
    department: d.department,
    submittedAt: iso(spec, d.submitted_at),
    receivedAt: iso(spec, d.received_at),
    dueAt: iso(spec, d.due_at),
    appointmentAt: iso(spec, d.appointment_at),
    pausedAt: iso(spec, d.paused_at),
    finishedAt: iso(spec, d.finished_at),
    finishClass: d.finish_class,
    decision: d.decision,
    deliveredAt: iso(spec, d.delivered_at),
    closedAt: iso(spec, d.closed_at),
    supplementCount: d.supplement_count,
    apologyCount: d.apology_count,
    isForcedLate: d.is_forced_late,
    remainingWorkingMinutes: remaining,
    isOverdue: remaining !== null && remaining < 0,
    documents: documents.map((doc) => ({ ...doc, addedAt: iso(spec, doc.addedAt) })),
    events: events.map((e) => ({ ...e, at: iso(spec, e.at), stepDueAt: iso(spec, e.stepDueAt) })),
    allowedActions: staff
      ? availableActions(staff, scopeOf(d)).filter((a) =>
          stepAllows(
            a,
            d.step,
            steps.map((x) => x.position),
          ),
        )
      : [],
  };
}
export type DossierView = Awaited<ReturnType<typeof loadDossierView>>;
