// What every new dossier needs, online or at the counter: a resolving unit, a code from the
// receiving unit's daily sequence, a lookup key, and the first event.
import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { type CalendarSpec, localDate } from '../../../domain/calendar/index.ts';
import type { Applicant } from '../../../domain/dossier/applicant.ts';
import { formatDossierCode } from '../../../domain/dossier/dossier-code.ts';
import { type StatsDossierState, statsDelta } from '../../../domain/stats/stats-delta.ts';
import { foldVietnamese } from '../../../domain/text/fold.ts';
import { BadRequestError } from '../../http/problem.ts';
import type { CalendarCache } from '../calendar/calendar-cache.ts';
import { counterDeltasInsert } from '../stats/stats-counters.ts';
import type { DocumentRef } from './actions/action-schemas.ts';
import { documentRow } from './dossier-documents.ts';
import type { findProcedureForDossier, ProcedureStep, Tx } from './dossier-repository.ts';

/** The procedure as a new dossier reads it. */
export type ResolvedProcedure = NonNullable<Awaited<ReturnType<typeof findProcedureForDossier>>>;

// Crockford's base32: no I, L, O or U to misread when typed from a printed slip.
const KEY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newLookupKey(): string {
  let key = '';
  for (let i = 0; i < 16; i++) key += KEY_ALPHABET[randomInt(KEY_ALPHABET.length)];
  return key;
}

interface ProcedureAndUnits extends ResolvedProcedure {
  unit_id: number;
  unit_code: string;
  unit_calendar_id: number;
  unit_calendar_revision: number;
  offered: boolean;
  resolving_unit_id: number | null;
  resolving_calendar_id: number | null;
  resolving_calendar_revision: number | null;
  components: { id: number; name: string; originals: number; copies: number; required: boolean }[] | null;
  steps: ProcedureStep[] | null;
}

/**
 * The procedure, the receiving unit, the unit that resolves it (the unit itself, or, for an
 * inter-level procedure (liên thông), its ancestor at the procedure's level), both units'
 * calendars, the procedure's document components and steps: one query.
 */
async function readProcedureAndUnits(conn: Tx, procedureId: number, unitId: number) {
  const { rows } = await sql<ProcedureAndUnits>`
    select p.id, p.code, p.name, p.level, p.receiving_level, p.processing_time::float8 as processing_time,
      p.processing_time_unit, p.online_processing_time::float8 as online_processing_time, p.online_level,
      u.id as unit_id, u.code as unit_code, u.calendar_id as unit_calendar_id,
      uc.revision as unit_calendar_revision,
      exists (select 1 from unit_procedures up where up.unit_id = u.id and up.procedure_id = p.id) as offered,
      r.id as resolving_unit_id, r.calendar_id as resolving_calendar_id,
      rc.revision as resolving_calendar_revision,
      (select json_agg(json_build_object('id', d.id, 'name', d.name, 'originals', d.originals,
          'copies', d.copies, 'required', d.required) order by d.id)
        from procedure_documents d where d.procedure_id = p.id) as components,
      (select json_agg(json_build_object('position', s.position, 'name', s.name, 'role', s.role,
          'department', s.department, 'hours', s.hours::float8, 'at_unit', s.at_unit) order by s.position)
        from procedure_steps s where s.procedure_id = p.id) as steps
    from procedures p
    cross join units u
    join calendars uc on uc.id = u.calendar_id
    left join lateral (
      select a.id, a.calendar_id from units a where a.id = any (u.path) and a.level = p.level limit 1
    ) r on true
    left join calendars rc on rc.id = r.calendar_id
    where p.id = ${procedureId} and u.id = ${unitId}`.execute(conn);
  return rows[0];
}

export interface NewDossier {
  procedureId: number;
  unitId: number;
  channel: 'online' | 'counter' | 'post';
  applicant: Applicant;
  documents: DocumentRef[];
  now: Date;
}

/** A new dossier checked and numbered, ready to be written (see prepareNewDossier). */
export interface PreparedDossier {
  input: NewDossier;
  procedure: ResolvedProcedure;
  unit: { id: number; code: string };
  resolvingUnitId: number;
  /** the receiving unit's calendar and the resolving unit's */
  receivingCalendar: CalendarSpec;
  resolvingCalendar: CalendarSpec;
  steps: ProcedureStep[];
  components: Map<number, { name: string; originals: number; copies: number }>;
  fileIds: string[];
  code: string;
  sequence: number;
}

function notOffered(message: string, detail: string): BadRequestError {
  return new BadRequestError(message, [{ path: 'body.procedureId', message: detail }]);
}

/**
 * Everything a new dossier needs before its transaction, on the connection that will then run it:
 * the checks (the unit offers the procedure, every required document is there, every component
 * and file exists; 400 with the field otherwise) and its code from the receiving unit's daily
 * sequence. The number is taken by next_dossier_sequence (migration 0014), which commits at once
 * without holding the unit's counter row for the length of the reception: a reception that fails
 * after this leaves a gap in the day's numbers, never a duplicate.
 */
export async function prepareNewDossier(
  conn: Tx,
  calendars: CalendarCache,
  input: NewDossier,
): Promise<PreparedDossier> {
  const row = await readProcedureAndUnits(conn, input.procedureId, input.unitId);
  if (!row?.offered) throw notOffered('This unit does not offer that procedure.', 'not offered at this unit');
  if (row.resolving_unit_id === null || row.resolving_calendar_id === null) {
    throw notOffered(`No unit at level ${row.level} above this one resolves it.`, 'no resolving unit');
  }
  const components = row.components ?? [];
  const present = new Set(input.documents.map((d) => d.componentId));
  const missing = components.filter((c) => c.required && !present.has(c.id));
  if (missing.length > 0) {
    throw new BadRequestError(
      `Required documents are missing: ${missing.map((m) => m.name).join('; ')}.`,
      missing.map((m) => ({
        path: 'body.documents',
        message: `missing required component ${m.id}: ${m.name}`,
      })),
    );
  }
  const duplicate = input.documents.find(
    (d, i) => input.documents.findIndex((o) => o.componentId === d.componentId) !== i,
  );
  if (duplicate) {
    throw new BadRequestError('A component is listed twice.', [
      { path: 'body.documents', message: `component ${duplicate.componentId} twice` },
    ]);
  }
  const byId = new Map(components.map((c) => [c.id, c]));
  const fileIds = [...new Set(input.documents.flatMap((d) => (d.fileId ? [d.fileId] : [])))];
  await checkDocuments(conn, input.documents, byId, fileIds);
  const receivingCalendar = await calendars.get(row.unit_calendar_id, row.unit_calendar_revision, conn);
  const resolvingCalendar = await calendars.get(
    row.resolving_calendar_id,
    row.resolving_calendar_revision ?? undefined,
    conn,
  );
  const day = localDate(receivingCalendar, input.now);
  const { rows } = await sql<{ n: number }>`
    select next_dossier_sequence(${row.unit_id}::int, ${day}::date) as n`.execute(conn);
  const sequence = rows[0]?.n ?? 0;
  return {
    input,
    procedure: row,
    unit: { id: row.unit_id, code: row.unit_code },
    resolvingUnitId: row.resolving_unit_id,
    receivingCalendar,
    resolvingCalendar,
    steps: row.steps ?? [],
    components: byId,
    fileIds,
    code: formatDossierCode(row.unit_code, day, sequence),
    sequence,
  };
}

/** Every component is one of the procedure's and every scan an uploaded file (400 per field). */
async function checkDocuments(
  conn: Tx,
  documents: DocumentRef[],
  components: Map<number, unknown>,
  fileIds: string[],
): Promise<void> {
  const errors = documents.flatMap((d, i) =>
    components.has(d.componentId)
      ? []
      : [{ path: `body.documents.${i}.componentId`, message: 'not a document component of this procedure' }],
  );
  if (fileIds.length > 0) {
    const found = new Set(
      (await conn.selectFrom('files').select('id').where('id', 'in', fileIds).execute()).map((f) => f.id),
    );
    documents.forEach((d, i) => {
      if (d.fileId && !found.has(d.fileId))
        errors.push({ path: `body.documents.${i}.fileId`, message: 'no such uploaded file' });
    });
  }
  if (errors.length > 0) throw new BadRequestError('Some documents are not valid.', errors);
}

/** The first event of a new dossier (see dossier_events). */
export interface FirstEvent {
  action: 'receive' | 'submit';
  toStep: number | null;
  actor: { id: number; fullName: string } | null;
  note: string | null;
  data: Record<string, unknown>;
}

/**
 * Writes a prepared dossier in one statement, so in one transaction without a round trip per
 * table: the dossier (its status and the status-specific columns from the caller), its documents
 * (their files marked attached, so the clean-up keeps them), its first event (and so its audit
 * entry), its outbox rows and its statistics deltas. Answers its id, code and lookup key.
 */
export async function writeNewDossier(
  conn: Tx,
  prepared: PreparedDossier,
  write: {
    status: 'submitted' | 'received';
    fields: Record<string, unknown>;
    event: FirstEvent;
    topics: string[];
  },
): Promise<{ id: number; code: string; lookup_key: string }> {
  const { input, procedure, unit, resolvingUnitId } = prepared;
  const applicant = input.applicant;
  const insertDossier = conn
    .insertInto('dossiers')
    .values({
      code: prepared.code,
      lookup_key: newLookupKey(),
      procedure_id: procedure.id,
      receiving_unit_id: unit.id,
      resolving_unit_id: resolvingUnitId,
      current_unit_id: unit.id,
      channel: input.channel,
      status: write.status,
      applicant: JSON.stringify(applicant),
      applicant_search: foldVietnamese(`${applicant.name} ${applicant.idNumber} ${applicant.phone}`),
      submitted_at: input.now,
      ...write.fields,
    })
    .returning(['id', 'code', 'lookup_key']);
  const documents = input.documents.map((d) => documentRow(d, prepared.components));
  const source = input.channel === 'online' ? 'online' : 'counter';
  const { event } = write;
  const outbox = write.topics.map((topic) => ({ topic, payload: { code: prepared.code } }));
  const after = {
    resolving_unit_id: resolvingUnitId,
    procedure_id: procedure.id,
    channel: input.channel,
    status: write.status,
    received_at: null,
    due_at: null,
    paused_at: null,
    finished_at: null,
    finish_class: null,
    closed_at: null,
    delivered_at: null,
    ...write.fields,
  } as StatsDossierState;
  const stats = counterDeltasInsert(
    statsDelta(null, after, {
      timeZone: prepared.resolvingCalendar.timeZone,
      now: input.now,
      digitised: prepared.fileIds.length > 0,
    }),
  );
  const { rows } = await sql<{ id: number; code: string; lookup_key: string }>`
    with d as (${insertDossier}),
    docs as (
      insert into dossier_documents (dossier_id, component_id, name, file_id, originals, copies, source)
      select d.id, x.component_id, x.name, x.file_id, x.originals, x.copies, ${source}
      from d cross join jsonb_to_recordset(${JSON.stringify(documents)}::jsonb)
        as x(component_id integer, name text, file_id uuid, originals integer, copies integer)
    ),
    attached as (
      update files set attached_at = ${input.now}::timestamptz
      where id = any (${prepared.fileIds}::uuid[]) and attached_at is null
    ),
    ev as (
      insert into dossier_events (dossier_id, at, action, from_status, to_status, to_step, to_unit_id,
        actor_id, actor_name, note, data, is_public)
      select d.id, ${input.now}::timestamptz, ${event.action}::text, null, ${write.status}::text,
        ${event.toStep}::smallint, ${unit.id}::integer, ${event.actor?.id ?? null}::integer,
        ${event.actor?.fullName ?? null}::text, ${event.note}::text, ${JSON.stringify(event.data)}::jsonb, true
      from d
    ),
    ob as (
      insert into outbox (kind, topic, dossier_id, payload)
      select 'email', o.topic, d.id, o.payload
      from d cross join jsonb_to_recordset(${JSON.stringify(outbox)}::jsonb) as o(topic text, payload jsonb)
    )${stats ? sql`, st as (${stats})` : sql``}
    select id, code, lookup_key from d`.execute(conn);
  const row = rows[0];
  if (!row) throw new Error('the dossier was not written');
  return row;
}
