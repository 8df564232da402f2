// SQL for dossiers: the daily code sequence, the locked row an action works on, events, documents.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

export type Tx = Transaction<Database> | Kysely<Database>;

/** The next sequence number of a unit's day; the row lock serialises concurrent receptions. */
export async function nextSequence(tx: Tx, unitId: number, day: string): Promise<number> {
  const row = await tx
    .insertInto('dossier_code_counters')
    .values({ unit_id: unitId, day, last_value: 1 })
    .onConflict((oc) =>
      oc.columns(['unit_id', 'day']).doUpdateSet({ last_value: sql`dossier_code_counters.last_value + 1` }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}

export const dossierColumns = [
  'd.id',
  'd.code',
  'd.lookup_key',
  'd.procedure_id',
  'd.receiving_unit_id',
  'd.resolving_unit_id',
  'd.current_unit_id',
  'd.channel',
  'd.status',
  'd.step',
  'd.step_started_at',
  'd.step_due_at',
  'd.assignee_id',
  'd.department',
  'd.applicant',
  'd.submitted_at',
  'd.received_at',
  'd.due_at',
  'd.appointment_at',
  'd.paused_at',
  'd.supplement_count',
  'd.apology_count',
  'd.is_forced_late',
  'd.finished_at',
  'd.finish_class',
  'd.decision',
  'd.delivered_at',
  'd.closed_at',
  'd.delivery',
  'd.version',
] as const;

export async function findDossierRow(tx: Tx, code: string, options: { forUpdate?: boolean } = {}) {
  let q = tx.selectFrom('dossiers as d').select(dossierColumns).where('d.code', '=', code);
  if (options.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type DossierRow = NonNullable<Awaited<ReturnType<typeof findDossierRow>>>;

export function findProcedureForDossier(tx: Tx, procedureId: number) {
  return tx
    .selectFrom('procedures')
    .select([
      'id',
      'code',
      'name',
      'level',
      'receiving_level',
      sql<number>`processing_time::float8`.as('processing_time'),
      'processing_time_unit',
      sql<number | null>`online_processing_time::float8`.as('online_processing_time'),
      'online_level',
    ])
    .where('id', '=', procedureId)
    .executeTakeFirst();
}

export function findProcedureSteps(tx: Tx, procedureId: number) {
  return tx
    .selectFrom('procedure_steps')
    .select(['position', 'name', 'role', 'department', sql<number>`hours::float8`.as('hours'), 'at_unit'])
    .where('procedure_id', '=', procedureId)
    .orderBy('position')
    .execute();
}
export type ProcedureStep = Awaited<ReturnType<typeof findProcedureSteps>>[number];
