// Writing the statistics counters: upserts into the day, month and year buckets of
// stats_unit_counts and stats_procedure_counts (migration 0004), in key order.
import { sql } from 'kysely';
import { bucketsOfDay, type Grain, isoOf } from '../../../domain/stats/buckets.ts';
import {
  type CounterDelta,
  type CounterValues,
  counterColumns,
  zeroValues,
} from '../../../domain/stats/stats-delta.ts';
import type { Tx } from '../dossiers/dossier-repository.ts';

interface BucketRow {
  unitId: number;
  procedureId: number;
  grain: Grain;
  start: number;
  values: CounterValues;
}

function bucketRows(deltas: CounterDelta[], withProcedure: boolean): BucketRow[] {
  const rows = new Map<string, BucketRow>();
  for (const d of deltas) {
    const procedureId = withProcedure ? d.procedureId : 0;
    for (const b of bucketsOfDay(d.day)) {
      const key = `${d.unitId}:${b.grain}:${b.start}:${procedureId}`;
      let row = rows.get(key);
      if (!row) {
        row = { unitId: d.unitId, procedureId, grain: b.grain, start: b.start, values: zeroValues() };
        rows.set(key, row);
      }
      for (const c of counterColumns) row.values[c] += d.values[c];
    }
  }
  // The primary keys' order, so that concurrent transactions lock rows in one order (no deadlock).
  return [...rows.values()]
    .filter((r) => counterColumns.some((c) => r.values[c] !== 0))
    .sort(
      (a, b) =>
        a.unitId - b.unitId ||
        a.grain.localeCompare(b.grain) ||
        a.start - b.start ||
        a.procedureId - b.procedureId,
    );
}

const columnList = sql.join(counterColumns.map((c) => sql.ref(c)));
const addExcluded = sql.join(
  counterColumns.map((c) => sql`${sql.ref(c)} = s.${sql.ref(c)} + excluded.${sql.ref(c)}`),
);
const valuesOf = (r: BucketRow) => sql.join(counterColumns.map((c) => sql`${r.values[c]}`));

/**
 * Adds counter deltas to both tables: unit rows first, then procedure rows, each in key order —
 * the order every writer keeps (see also stats_add_new_days in the migration).
 * `insert … on conflict do update set n = n + excluded.n`: a row is locked until the transaction ends.
 */
export async function addCounterDeltas(tx: Tx, deltas: CounterDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const units = bucketRows(deltas, false);
  if (units.length > 0) {
    await sql`
      insert into stats_unit_counts as s (unit_id, grain, starts_on, ${columnList})
      values ${sql.join(units.map((r) => sql`(${r.unitId}, ${r.grain}, ${isoOf(r.start)}::date, ${valuesOf(r)})`))}
      on conflict (unit_id, grain, starts_on) do update set ${addExcluded}`.execute(tx);
  }
  const procedures = bucketRows(deltas, true);
  if (procedures.length > 0) {
    await sql`
      insert into stats_procedure_counts as s (unit_id, procedure_id, grain, starts_on, ${columnList})
      values ${sql.join(
        procedures.map(
          (r) => sql`(${r.unitId}, ${r.procedureId}, ${r.grain}, ${isoOf(r.start)}::date, ${valuesOf(r)})`,
        ),
      )}
      on conflict (unit_id, grain, starts_on, procedure_id) do update set ${addExcluded}`.execute(tx);
  }
}
