// A fingerprint of everything the database holds (row count and a sum of row hashes per table), to show that
// requests the server refused changed nothing.
import { sql } from 'kysely';
import type { Db } from '../../../src/server/db/database.ts';

/**
 * What may change without any request succeeding, and so stays out of the fingerprint: a session's
 * last_seen_at (every signed-in request touches it), the failed-sign-in counter and lockout of an
 * account, and the audit rows of sign-in attempts (a refused sign-in is recorded by design).
 */
const LEFT_OUT_COLUMNS: Record<string, string[]> = {
  sessions: ['last_seen_at'],
  users: ['failed_logins', 'locked_until'],
};
const LEFT_OUT_ROWS: Record<string, string> = {
  audit_log: "action not like 'auth.sign-in%'",
};

export type Fingerprint = Record<string, string>;

let query: string | undefined;

async function fingerprintQuery(db: Db): Promise<string> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t using (table_schema, table_name)
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`.execute(db);
  const byTable = new Map<string, string[]>();
  for (const { table_name, column_name } of columns.rows) {
    if (LEFT_OUT_COLUMNS[table_name]?.includes(column_name)) continue;
    byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name]);
  }
  const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
  return [...byTable]
    .map(([table, cols]) => {
      const where = LEFT_OUT_ROWS[table] ? ` where ${LEFT_OUT_ROWS[table]}` : '';
      const row = `row(${cols.map(q).join(', ')})::text`;
      // An order-free sum of row hashes: no sort, and any changed, added or removed row shows.
      return `select '${table}' as t, count(*) || ':' || coalesce(sum(hashtextextended(r, 7)::numeric), 0) as f
        from (select ${row} as r from ${q(table)}${where}) s`;
    })
    .join('\nunion all\n');
}

export async function fingerprint(db: Db): Promise<Fingerprint> {
  query ??= await fingerprintQuery(db);
  // Statistics deltas are folded into the counters by any report and by a background job: the
  // same numbers in another place. Fold them first, as a report would, to compare one form.
  await sql`select stats_fold_deltas() where to_regproc('stats_fold_deltas') is not null`.execute(db);
  const rows = await sql<{ t: string; f: string }>`${sql.raw(query)}`.execute(db);
  return Object.fromEntries(rows.rows.map((r) => [r.t, r.f]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...tables].filter((t) => before[t] !== after[t]).sort();
}
