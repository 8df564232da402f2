// Historical import of dossiers (`motcua import dossiers FILE`): provinces bring their past
// dossiers from their old software. All or nothing, in one transaction: the file is streamed,
// each row validated (line and column for every error, at most 100), the valid rows COPYed into a
// temporary staging table; then set-based SQL inserts the dossiers with one synthetic event each,
// adds their statistics counters (the rules of stats_dossier_contributions, migration 0004, as a
// few passes over the staging table) and advances the units' daily code sequences.
//
// The counters tables stay locked against other writers (share row exclusive) from the counters'
// insert to the commit (the last statements, minutes at millions of rows): whatever else writes
// to them waits meanwhile; reports keep reading them.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type ImportFormat, readDossierRows } from './read-dossier-rows.ts';
import {
  type ImportContext,
  importColumns,
  type RowError,
  type StagingRow,
  validateDossierRow,
} from './validate-dossier-row.ts';

export const MAX_IMPORT_ERRORS = 100;
const CHUNK_ROWS = 250_000;

export type ImportResult =
  | { ok: true; dossiers: number }
  | { ok: false; errors: RowError[]; truncated: boolean };

// The columns the statistics read come first: PostgreSQL reads a row's columns up to the last one a
// query needs, and the counters' and code sequences' passes then never walk past the applicant's text.
const STAGING = `create temporary table import_staging (
  resolving_unit_id integer not null, procedure_id integer not null, channel text not null,
  status text not null, received_day date, due_day date, finished_day date, finish_class text,
  closed_day date, delivered_day date, minutes integer, electronic boolean not null,
  receiving_unit_id integer not null, code_day date, code_seq integer,
  line integer not null, code text not null, lookup_key text not null, current_unit_id integer not null,
  applicant text not null, applicant_search text not null,
  submitted_at timestamptz, received_at timestamptz, due_at timestamptz, finished_at timestamptz,
  decision text, delivered_at timestamptz, closed_at timestamptz, delivery text
) on commit drop`;
/** The COPY's columns, in the order of validateDossierRow's staging row. */
const STAGING_COPY_COLUMNS = `line, code, lookup_key, procedure_id, receiving_unit_id, resolving_unit_id,
  current_unit_id, channel, status, applicant, applicant_search, submitted_at, received_at, due_at,
  finished_at, finish_class, decision, delivered_at, closed_at, delivery, received_day, due_day,
  finished_day, closed_day, delivered_day, minutes, electronic, code_day, code_seq`;

// Crockford's base32, as create-dossier.ts: 16 characters from 80 random bits.
const KEY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function lookupKeys(): () => string {
  let pool = Buffer.alloc(0);
  let at = 0;
  return () => {
    if (at + 10 > pool.length) {
      pool = randomBytes(10 * 4096);
      at = 0;
    }
    let bits = 0n;
    for (let i = 0; i < 10; i++) bits = (bits << 8n) | BigInt(pool[at + i] ?? 0);
    at += 10;
    let key = '';
    for (let i = 0; i < 16; i++) key += KEY_ALPHABET[Number((bits >> BigInt(75 - i * 5)) & 31n)];
    return key;
  };
}

const NEEDS_QUOTES = /[",\r\n]/;
const cells: string[] = [];
/**
 * One COPY line in CSV format: NULL unquoted and empty, text quoted when it needs to be. Joined
 * from an array, so that the line is one flat string rather than a chain of concatenations that
 * the garbage collector would have to trace and copy until the batch is written.
 */
function csvLine(values: StagingRow): string {
  cells.length = values.length;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) cells[i] = '';
    else if (typeof v === 'boolean') cells[i] = v ? 't' : 'f';
    else if (typeof v === 'number') cells[i] = String(v);
    else cells[i] = v === '' || NEEDS_QUOTES.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
  }
  return cells.join(',');
}

async function loadContext(client: pg.PoolClient): Promise<ImportContext> {
  const units = await client.query<{ id: number; code: string; time_zone: string }>(
    'select u.id, u.code, c.time_zone from units u join calendars c on c.id = u.calendar_id',
  );
  const procedures = await client.query<{ id: number; code: string }>('select id, code from procedures');
  return {
    units: new Map(units.rows.map((u) => [u.code, { id: u.id, timeZone: u.time_zone }])),
    procedures: new Map(procedures.rows.map((p) => [p.code, p.id])),
  };
}

/** Streams the file into the staging table; answers the errors and the number of valid rows. */
async function stage(
  client: pg.PoolClient,
  input: { file: string; format: ImportFormat; onProgress?: (done: number, total: number) => void },
): Promise<{ errors: RowError[]; rows: number; truncated: boolean }> {
  const ctx = await loadContext(client);
  const total = fs.statSync(input.file).size;
  const copy = client.query(
    copyFrom(`copy import_staging (${STAGING_COPY_COLUMNS}) from stdin (format csv)`),
  );
  const copyDone = new Promise<void>((resolve, reject) => {
    copy.on('finish', resolve);
    copy.on('error', reject);
  });
  const source = readDossierRows(input.file, input.format);
  const known = new Set<string>(importColumns);
  const errors: RowError[] = [];
  let rows = 0;
  let checkedHeader = false;
  let truncated = false;
  const nextKey = lookupKeys();
  const buffered: string[] = [];
  read: for await (const batch of source.batches) {
    for (const item of batch) {
      if ('error' in item) {
        errors.push({ line: item.line, column: '', message: item.error });
      } else {
        if (input.format === 'ndjson' || !checkedHeader) {
          checkedHeader = true;
          for (const name of Object.keys(item.fields)) {
            if (!known.has(name)) {
              errors.push({
                line: input.format === 'csv' ? 1 : item.line,
                column: name,
                message: 'unknown column',
              });
            }
          }
          if (input.format === 'csv' && errors.length > 0) break read;
        }
        const result = validateDossierRow(item.line, item.fields, ctx, nextKey());
        if ('errors' in result) errors.push(...result.errors);
        else if (errors.length === 0) {
          rows += 1;
          buffered.push(csvLine(result.row));
        }
      }
      if (errors.length >= MAX_IMPORT_ERRORS) {
        truncated = true;
        break read;
      }
    }
    if (errors.length === 0 && buffered.length > 0) {
      buffered.push('');
      if (!copy.write(buffered.join('\n'))) await once(copy, 'drain');
    }
    buffered.length = 0;
    input.onProgress?.(source.bytesRead(), total);
  }
  input.onProgress?.(source.bytesRead(), total);
  copy.end();
  await copyDone;
  return { errors: errors.slice(0, MAX_IMPORT_ERRORS), rows, truncated };
}

/** Line numbers for the codes that broke the unique index: twice in the file, or already stored. */
async function duplicateCodeErrors(client: pg.PoolClient): Promise<RowError[]> {
  const { rows } = await client.query<{ line: number; message: string }>(
    `select line, message from (
       select line, 'appears again on line ' || line || ' (first on line ' || first || ')' as message
       from (select line, min(line) over (partition by code) as first from import_staging) s
       where line > first
       union all
       select s.line, 'a dossier with this code exists already' from import_staging s
       join dossiers d on d.code = s.code
     ) e order by line limit $1`,
    [MAX_IMPORT_ERRORS],
  );
  return rows.map((r) => ({ line: r.line, column: 'code', message: r.message }));
}

async function insertDossiers(client: pg.PoolClient, rows: number, source: string): Promise<void> {
  // Every reference (procedure, units) was read from the same tables in this transaction, and
  // they are locked against changes until it commits: where the role may, the bulk insert skips
  // the per-row foreign-key triggers (as pg_restore --disable-triggers does), which would otherwise
  // cost five index probes and row locks per dossier.
  const { rows: role } = await client.query<{ superuser: boolean }>(
    "select current_setting('is_superuser') = 'on' as superuser",
  );
  const skipTriggers = role[0]?.superuser === true;
  await client.query('lock table units, procedures in share mode');
  if (skipTriggers) await client.query('set local session_replication_role = replica');
  // In the order of the codes, which begin with the receiving unit's code: the unique index on the
  // code and the indexes by unit then grow at a few places instead of at random ones, which keeps
  // their pages in memory at millions of rows. Without the right to skip the foreign-key triggers,
  // in chunks, so that each statement's checks run and free their memory as it ends.
  const chunk = skipTriggers ? Math.max(rows, 1) : CHUNK_ROWS;
  if (!skipTriggers) {
    await client.query('create index on import_staging (code)');
    await client.query('analyze import_staging');
  }
  let after: string | null = null;
  for (let done = 0; done < rows; done += chunk) {
    const answer: pg.QueryResult<{ code: string | null }> = await client.query(
      `with inserted as (
         insert into dossiers (code, lookup_key, procedure_id, receiving_unit_id, resolving_unit_id,
           current_unit_id, channel, status, applicant, applicant_search, submitted_at, received_at,
           due_at, appointment_at, finished_at, finish_class, decision, delivered_at, closed_at, delivery)
         select code, lookup_key, procedure_id, receiving_unit_id, resolving_unit_id, current_unit_id,
           channel, status, applicant::jsonb, applicant_search, submitted_at, received_at, due_at, due_at,
           finished_at, finish_class, decision, delivered_at, closed_at, delivery::jsonb
         from import_staging where $1::text is null or code > $1 order by code limit $2
         returning id, code, status, current_unit_id
       ),
       -- One synthetic event per dossier: the control sheet says where it came from.
       events as (
         insert into dossier_events (dossier_id, action, to_status, to_unit_id, actor_name, note, data)
         select id, 'import', status, current_unit_id, 'Nhập dữ liệu', $3, $4::jsonb from inserted
       )
       select max(code) as code from inserted`,
      [after, chunk, `Nhập từ hệ thống cũ: ${source}`, JSON.stringify({ source })],
    );
    after = answer.rows[0]?.code ?? null;
  }
  if (skipTriggers) await client.query('set local session_replication_role = origin');
}

/** Sums of the counter columns, as the counters tables name them. */
const sums = (prefix: string) =>
  counterSums.map((c) => `sum(${prefix}${c.name})::${c.type} as ${c.name}`).join(', ');
const counterSums = [
  { name: 'received_online', type: 'int' },
  { name: 'received_direct', type: 'int' },
  { name: 'resolved_early', type: 'int' },
  { name: 'resolved_on_time', type: 'int' },
  { name: 'resolved_late', type: 'int' },
  { name: 'refused', type: 'int' },
  { name: 'withdrawn', type: 'int' },
  { name: 'open_delta', type: 'int' },
  { name: 'overdue_delta', type: 'int' },
  { name: 'processing_minutes', type: 'bigint' },
  { name: 'delivered', type: 'int' },
  { name: 'delivered_electronic', type: 'int' },
] as const;
const counterNames = counterSums.map((c) => c.name).join(', ');

/**
 * What the imported dossiers add to the day counters, by resolving unit, procedure and local day:
 * the rules of stats_dossier_contributions (migration 0004) for dossiers whose due day never moved,
 * in set-based passes over the staging table (no function call per row), with the contributions of
 * one dossier on one day in one row:
 * - received day: (4) or (5), open +1;
 * - closed day (finished, or withdrawn): (8) (9) (10) and minutes, withdrawn, open −1, and the end of
 *   its overdue run when it closed after the day after its due day;
 * - the day after the due day: overdue +1, when it is still open or closed after that day (closed
 *   on it or before, the +1 and the −1 would fall on the same day and cancel);
 * - delivered day; refused at reception: the day it was refused, never received.
 */
const NEW_DAYS = `create temporary table stats_add_procedure on commit drop as
  select unit_id, procedure_id, 'd'::char(1) as grain, day as starts_on, ${sums('')}
  from (
    select resolving_unit_id as unit_id, procedure_id, received_day as day,
      (channel = 'online')::int as received_online, (channel <> 'online')::int as received_direct,
      0 as resolved_early, 0 as resolved_on_time, 0 as resolved_late, 0 as refused, 0 as withdrawn,
      1 as open_delta, 0 as overdue_delta, 0 as processing_minutes, 0 as delivered,
      0 as delivered_electronic
    from import_staging where status <> 'refused' and received_day is not null
    union all
    select resolving_unit_id, procedure_id, coalesce(finished_day, closed_day), 0, 0,
      (finish_class is not distinct from 'early')::int, (finish_class is not distinct from 'on_time')::int,
      (finished_day is not null and coalesce(finish_class, 'late') = 'late')::int, 0,
      (status in ('withdrawn', 'stopped'))::int, -1,
      -coalesce(coalesce(finished_day, closed_day) > due_day + 1, false)::int, coalesce(minutes, 0), 0, 0
    from import_staging
    where status not in ('refused', 'received', 'in_progress') and received_day is not null
      and coalesce(finished_day, closed_day) is not null
    union all
    select resolving_unit_id, procedure_id, due_day + 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0
    from import_staging
    where status <> 'refused' and received_day is not null and due_day is not null
      and (status in ('received', 'in_progress') or coalesce(finished_day, closed_day) > due_day + 1)
    union all
    select resolving_unit_id, procedure_id, delivered_day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, electronic::int
    from import_staging where status <> 'refused' and received_day is not null and delivered_day is not null
    union all
    select resolving_unit_id, procedure_id, closed_day, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0
    from import_staging where status = 'refused' and closed_day is not null
  ) c
  group by 1, 2, 4`; // open: received, in_progress; closed: the other statuses of importStatuses

/**
 * Adds the rows of `source` (the key columns and the counter columns) to a counters table: sums
 * into the rows that exist, then the new rows in the order of the primary key, so that its index
 * grows at its right edge rather than at random pages. The caller holds the table locked against
 * other writers.
 */
async function addCounters(
  client: pg.PoolClient,
  table: 'stats_unit_counts' | 'stats_procedure_counts',
  source: string,
): Promise<void> {
  const keys =
    table === 'stats_unit_counts'
      ? ['unit_id', 'grain', 'starts_on']
      : ['unit_id', 'grain', 'starts_on', 'procedure_id'];
  const match = keys.map((k) => `s.${k} = a.${k}`).join(' and ');
  await client.query(`analyze ${source}`);
  await client.query(
    `update ${table} s set ${counterSums.map((c) => `${c.name} = s.${c.name} + a.${c.name}`).join(', ')}
     from ${source} a where ${match}`,
  );
  await client.query(
    `insert into ${table} (${keys.join(', ')}, ${counterNames})
     select ${keys.map((k) => `a.${k}`).join(', ')}, ${counterSums.map((c) => `a.${c.name}`).join(', ')}
     from ${source} a where not exists (select from ${table} s where ${match})
     order by ${keys.map((k) => `a.${k}`).join(', ')}`,
  );
}

/** The statistics counters of the imported dossiers (day, month and year rows), and the code sequences. */
async function countImported(client: pg.PoolClient): Promise<void> {
  // The day rows by procedure, then their months and years beside them.
  await client.query(NEW_DAYS);
  await client.query(`insert into stats_add_procedure
    select unit_id, procedure_id, 'm', date_trunc('month', starts_on::timestamp)::date, ${sums('')}
    from stats_add_procedure group by unit_id, procedure_id, 4
    union all
    select unit_id, procedure_id, 'y', date_trunc('year', starts_on::timestamp)::date, ${sums('')}
    from stats_add_procedure group by unit_id, procedure_id, 4`);
  // The same by unit alone.
  await client.query(`create temporary table stats_add_unit on commit drop as
    select unit_id, grain, starts_on, ${sums('')} from stats_add_procedure group by 1, 2, 3`);
  // Live changes wait for the counters until this transaction commits: no row order is then
  // needed to keep clear of deadlocks with them.
  await client.query('lock table stats_unit_counts, stats_procedure_counts in share row exclusive mode');
  await addCounters(client, 'stats_unit_counts', 'stats_add_unit');
  await addCounters(client, 'stats_procedure_counts', 'stats_add_procedure');
  // Circular 03/2025/TT-VPCP Art. 13: a sequence number is never reused.
  await client.query(`insert into dossier_code_counters (unit_id, day, last_value)
    select receiving_unit_id, code_day, max(code_seq) from import_staging
    where code_day is not null group by 1, 2 order by 1, 2
    on conflict (unit_id, day) do update
      set last_value = greatest(dossier_code_counters.last_value, excluded.last_value)`);
}

export async function importDossiers(input: {
  pool: pg.Pool;
  file: string;
  format: ImportFormat;
  onProgress?: (done: number, total: number) => void;
  onStage?: (text: string) => void;
}): Promise<ImportResult> {
  const client = await input.pool.connect();
  try {
    await client.query('begin');
    // Room to sort and group millions of rows in memory.
    await client.query("set local work_mem = '512MB'");
    await client.query('set local hash_mem_multiplier = 4');
    // Temporary tables live in the session's own buffers: room for the staging table, when this
    // session has used none yet (the setting cannot change after that).
    await client.query('savepoint temp_buffers');
    await client.query("set local temp_buffers = '1GB'").then(
      () => client.query('release savepoint temp_buffers'),
      () => client.query('rollback to savepoint temp_buffers'),
    );
    await client.query(STAGING);
    const staged = await stage(client, input);
    if (staged.errors.length > 0) {
      await client.query('rollback');
      return { ok: false, errors: staged.errors, truncated: staged.truncated };
    }
    input.onStage?.(`${staged.rows} rows read and valid; inserting the dossiers and their events`);
    await client.query('savepoint before_insert');
    try {
      await insertDossiers(client, staged.rows, path.basename(input.file));
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      await client.query('rollback to savepoint before_insert');
      const errors = await duplicateCodeErrors(client);
      await client.query('rollback');
      return { ok: false, errors, truncated: errors.length >= MAX_IMPORT_ERRORS };
    }
    input.onStage?.('counting the statistics');
    await countImported(client);
    input.onStage?.('committing');
    await client.query('commit');
    return { ok: true, dossiers: staged.rows };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
