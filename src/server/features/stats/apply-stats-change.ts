// Keeps the statistics counters in step with the dossiers: called inside the transaction of every
// change (counter reception, online submission, every action of the pipeline).
import { sql } from 'kysely';
import { type StatsDossierState, statsDelta, wasReceived } from '../../../domain/stats/stats-delta.ts';
import type { Tx } from '../dossiers/dossier-repository.ts';
import { addCounterDeltas } from './stats-counters.ts';

/** A dossier as the statistics read it: its id and the columns of StatsDossierState. */
export interface StatsDossier extends StatsDossierState {
  id: number;
}

const watched = [
  'resolving_unit_id',
  'procedure_id',
  'channel',
  'status',
  'received_at',
  'due_at',
  'paused_at',
  'finished_at',
  'finish_class',
  'closed_at',
  'delivered_at',
] as const satisfies readonly (keyof StatsDossierState)[];

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/**
 * Adds what one change of a dossier means to the statistics counters (Biểu 06 columns (3)–(13),
 * refused, withdrawn, and the Decision 766 indicators' counts).
 *
 * Call it inside the transaction that writes the change, after the dossier row is written:
 * `before` is the dossier as it was (null when the change creates it), `after` as it is now — the
 * row's snake_case columns, e.g. `{ ...dossier, ...patch, status: toStatus }`. Extra columns are
 * ignored. A change that touches none of the columns the statistics read costs nothing.
 *
 * Options: `now`, when the change happened (default: the current time — the same `now` the action
 * wrote into the row); `timeZone` of the resolving unit's calendar (looked up when absent);
 * `digitised`, whether the dossier has a scanned file attached (looked up when it is being
 * received and this is absent).
 *
 * It locks the counter rows of the resolving unit's day, month and year until the transaction
 * ends: keep the transaction short after calling it.
 */
export async function applyStatsChange(
  tx: Tx,
  before: StatsDossier | null,
  after: StatsDossier,
  options: { now?: Date; timeZone?: string; digitised?: boolean } = {},
): Promise<void> {
  const deliveryChanged =
    before !== null && JSON.stringify(before.delivery ?? null) !== JSON.stringify(after.delivery ?? null);
  if (before && !deliveryChanged && watched.every((k) => sameValue(before[k], after[k]))) return;
  const now = options.now ?? new Date();
  const timeZone = options.timeZone ?? (await timeZoneOf(tx, after.resolving_unit_id));
  const isNewlyReceived = wasReceived(after) && (before === null || !wasReceived(before));
  const digitised = isNewlyReceived ? (options.digitised ?? (await hasScannedFile(tx, after.id))) : false;
  await addCounterDeltas(tx, statsDelta(before, after, { timeZone, now, digitised }));
}

async function timeZoneOf(tx: Tx, unitId: number): Promise<string> {
  const row = await tx
    .selectFrom('units')
    .innerJoin('calendars', 'calendars.id', 'units.calendar_id')
    .select('calendars.time_zone')
    .where('units.id', '=', unitId)
    .executeTakeFirstOrThrow();
  return row.time_zone;
}

/** Decision 766 "digitised dossier": a document the applicant gave came with a scanned file. */
async function hasScannedFile(tx: Tx, dossierId: number): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (
      select 1 from dossier_documents
      where dossier_id = ${dossierId} and file_id is not null and source in ('counter', 'online')
    ) as found`.execute(tx);
  return rows[0]?.found === true;
}
