// Writing the statistics counters: actions append deltas (stats_deltas, migration 0014) that a
// fold moves into the day, month and year buckets of stats_unit_counts and stats_procedure_counts.
import { type RawBuilder, sql } from 'kysely';
import { isoOf } from '../../../domain/stats/buckets.ts';
import {
  type CounterDelta,
  type CounterValues,
  counterColumns,
  zeroValues,
} from '../../../domain/stats/stats-delta.ts';
import type { Db } from '../../db/database.ts';
import type { Tx } from '../dossiers/dossier-repository.ts';

const columnList = sql.join(counterColumns.map((c) => sql.ref(c)));
const valuesOf = (values: CounterValues) => sql.join(counterColumns.map((c) => sql`${values[c]}`));

/** One row per (unit, procedure, day), the deltas summed; rows that add nothing are dropped. */
function dayRows(deltas: CounterDelta[]): CounterDelta[] {
  const rows = new Map<string, CounterDelta>();
  for (const d of deltas) {
    const key = `${d.unitId}:${d.procedureId}:${d.day}`;
    let row = rows.get(key);
    if (!row) {
      row = { unitId: d.unitId, procedureId: d.procedureId, day: d.day, values: zeroValues() };
      rows.set(key, row);
    }
    for (const c of counterColumns) row.values[c] += d.values[c];
  }
  return [...rows.values()].filter((r) => counterColumns.some((c) => r.values[c] !== 0));
}

/**
 * Adds counter deltas: appends them to stats_deltas (migration 0014), one row per unit, procedure
 * and day. No row is shared with another transaction, so concurrent actions never wait for each
 * other here; foldStatsDeltas moves them into the day, month and year buckets later, and before
 * every report.
 */
export async function addCounterDeltas(tx: Tx, deltas: CounterDelta[]): Promise<void> {
  const insert = counterDeltasInsert(deltas);
  if (insert) await insert.execute(tx);
}

/** The insert of addCounterDeltas as one statement (or null when it adds nothing), to run or embed. */
export function counterDeltasInsert(deltas: CounterDelta[]): RawBuilder<unknown> | null {
  const rows = dayRows(deltas);
  if (rows.length === 0) return null;
  return sql`
    insert into stats_deltas (unit_id, procedure_id, day, ${columnList})
    values ${sql.join(rows.map((r) => sql`(${r.unitId}, ${r.procedureId}, ${isoOf(r.day)}::date, ${valuesOf(r.values)})`))}`;
}

/**
 * Moves every committed delta into stats_unit_counts and stats_procedure_counts (one transaction,
 * see stats_fold_deltas in migration 0014). Waits at most `lockTimeoutMs` for an import or a
 * rebuild holding the counter tables; answers the number of deltas folded, or null when it gave up.
 */
export async function foldStatsDeltas(db: Db, lockTimeoutMs = 5_000): Promise<number | null> {
  try {
    return await db.transaction().execute(async (tx) => {
      await sql`select set_config('lock_timeout', ${`${lockTimeoutMs}ms`}, true)`.execute(tx);
      const { rows } = await sql<{ n: number }>`select stats_fold_deltas() as n`.execute(tx);
      return rows[0]?.n ?? 0;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '55P03') return null; // lock_not_available
    throw error;
  }
}
