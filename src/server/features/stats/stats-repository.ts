// Reading the statistics counters (migration 0004): for each group, the sum of every counter over
// the days before the period's first day (P at start) and over the days up to its last day
// (P at end). Each sum reads the prefix buckets only — years before, months of the year before,
// days of the month before — so a query reads at most 2 × (years + 11 + 30) rows per unit
// [and procedure], whatever the number of dossiers behind them.
import { type RawBuilder, sql } from 'kysely';
import { isoOf, type PrefixScan, prefixScans } from '../../../domain/stats/buckets.ts';
import { type CounterValues, counterColumns, zeroValues } from '../../../domain/stats/stats-delta.ts';
import type { Db } from '../../db/database.ts';
import { foldStatsDeltas } from './stats-counters.ts';

export type GroupBy = 'unit' | 'field' | 'procedure';

export interface UnitScope {
  /** the unit the report is for */
  unitId: number;
  /** with every unit below it, or only the unit's own dossiers */
  includeSubunits: boolean;
}

export interface GroupPrefixes {
  groupId: number;
  atStart: CounterValues;
  atEnd: CounterValues;
}

const dateOf = (day: number | null) => (day === null ? '-infinity' : isoOf(day));

/**
 * The bucket ranges of both prefix points as a VALUES list (domain/stats/buckets.ts, prefixScans):
 * the grain and starts that are read, and the starts that count for each point.
 */
function rangesOf(scans: PrefixScan[]): RawBuilder<unknown> {
  const rows = scans.map(
    (r) =>
      sql`(${r.grain}::char(1), ${dateOf(r.lo)}::date, ${isoOf(r.hi)}::date, ${dateOf(r.start.lo)}::date, ${isoOf(r.start.hi)}::date, ${dateOf(r.end.lo)}::date, ${isoOf(r.end.hi)}::date)`,
  );
  return sql`(values ${sql.join(rows)}) as r(grain, lo, hi, s_lo, s_hi, e_lo, e_hi)`;
}

/**
 * The units of the scope with the group each counts in: with subunits, the unit itself (its own
 * row) and each child's whole subtree rolled up into the child's row; without, the unit alone.
 */
function scopeOf(scope: UnitScope): RawBuilder<unknown> {
  if (!scope.includeSubunits)
    return sql`(select ${scope.unitId}::int as unit_id, ${scope.unitId}::int as group_id)`;
  return sql`(
    select u.id as unit_id, coalesce(u.path[array_length(root.path, 1) + 1], u.id) as group_id
    from units root
    join units u on u.path @> array[root.id]
    where root.id = ${scope.unitId}
  )`;
}

const sums = sql.join(
  counterColumns.map(
    (c) => sql`coalesce(sum(c.${sql.ref(c)}) filter (where c.in_start), 0)::bigint as ${sql.ref(`s_${c}`)}`,
  ),
);
const sumsAtEnd = sql.join(
  counterColumns.map(
    (c) => sql`coalesce(sum(c.${sql.ref(c)}) filter (where c.in_end), 0)::bigint as ${sql.ref(`e_${c}`)}`,
  ),
);

function readPrefixes(rows: Record<string, unknown>[]): GroupPrefixes[] {
  return rows.map((row) => {
    const atStart = zeroValues();
    const atEnd = zeroValues();
    for (const c of counterColumns) {
      atStart[c] = Number(row[`s_${c}`]);
      atEnd[c] = Number(row[`e_${c}`]);
    }
    return { groupId: Number(row.group_id), atStart, atEnd };
  });
}

/**
 * Prefix sums per group. By unit: stats_unit_counts, grouped by the scope's groups (for one field,
 * stats_procedure_counts of its procedures). By procedure or field: stats_procedure_counts over the
 * scope's units, grouped by procedure or its field, of one field's procedures when given.
 */
export async function sumPrefixes(
  db: Db,
  input: { scope: UnitScope; groupBy: GroupBy; from: number; to: number; fieldId?: number | undefined },
): Promise<GroupPrefixes[]> {
  const { scope, groupBy, from, to, fieldId } = input;
  // Counts every action committed before now: deltas not yet folded are folded first.
  await foldStatsDeltas(db);
  const ranges = rangesOf(prefixScans(from, to));
  // LATERAL: one index range scan per (unit, bucket range) on the primary key (unit_id, grain,
  // starts_on[, procedure_id]), reading the prefix rows and nothing else of the unit's history;
  // each row then counts for the points whose range holds it.
  // One field only: the counters by procedure, of that field's procedures (by unit too, summed).
  const inField =
    fieldId === undefined
      ? sql``
      : sql`and c.procedure_id in (select p.id from procedures p where p.field_id = ${fieldId})`;
  const prefixRows = (table: 'stats_unit_counts' | 'stats_procedure_counts') => sql`
    cross join ${ranges}
    cross join lateral (
      select c.*, c.starts_on >= r.s_lo and c.starts_on < r.s_hi as in_start,
        c.starts_on >= r.e_lo and c.starts_on < r.e_hi as in_end
      from ${sql.table(table)} c
      where c.unit_id = sc.unit_id and c.grain = r.grain and c.starts_on >= r.lo and c.starts_on < r.hi
        ${inField}
      offset 0 -- keeps the planner from flattening it into one scan of every unit's whole history
    ) c`;
  const query =
    groupBy === 'unit'
      ? sql<Record<string, unknown>>`
          select sc.group_id, ${sums}, ${sumsAtEnd}
          from ${scopeOf(scope)} sc
          ${prefixRows(fieldId === undefined ? 'stats_unit_counts' : 'stats_procedure_counts')}
          group by sc.group_id`
      : sql<Record<string, unknown>>`
          select ${groupBy === 'field' ? sql`p.field_id` : sql`c.procedure_id`} as group_id, ${sums}, ${sumsAtEnd}
          from ${scopeOf(scope)} sc
          ${prefixRows('stats_procedure_counts')}
          ${groupBy === 'field' ? sql`join procedures p on p.id = c.procedure_id` : sql``}
          group by 1`;
  const { rows } = await query.execute(db);
  return readPrefixes(rows);
}

export interface GroupInfo {
  id: number;
  key: string;
  name: string;
}

/** The report's rows before any counts: by unit every group of the scope, in the tree's order. */
export async function listGroups(
  db: Db,
  scope: UnitScope,
  groupBy: GroupBy,
  ids: number[],
): Promise<GroupInfo[]> {
  if (groupBy === 'unit') {
    const { rows } = await sql<GroupInfo>`
      select u.id, u.code as key, u.name
      from units u
      where u.id in (select distinct group_id from ${scopeOf(scope)} sc)
      order by u.path`.execute(db);
    return rows;
  }
  if (ids.length === 0) return [];
  if (groupBy === 'field') {
    return db
      .selectFrom('fields')
      .select(['id', 'code as key', 'name'])
      .where('id', 'in', ids)
      .orderBy('code')
      .execute();
  }
  return db
    .selectFrom('procedures')
    .innerJoin('fields', 'fields.id', 'procedures.field_id')
    .select(['procedures.id', 'procedures.code as key', 'procedures.name'])
    .where('procedures.id', 'in', ids)
    .orderBy('fields.code')
    .orderBy('procedures.code')
    .execute();
}
