// Historical import of dossiers (`motcua import dossiers FILE`): provinces bring their past
// dossiers from their old software. All or nothing, in one transaction: the file is streamed,
// each row validated (line and column for every error, at most 100), the valid rows COPYed into a
// temporary staging table; then set-based SQL inserts the dossiers with one synthetic event each,
// adds their statistics counters (stats_dossier_contributions, migration 0004) and advances the
// units' daily code sequences past the imported codes.
//
// The counters tables stay locked against other writers from the counters' insert to the commit
// (the last statements, a few seconds to a minute at millions of rows); live work waits meanwhile.
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
const CHUNK_LINES = 250_000;

export type ImportResult =
  | { ok: true; dossiers: number }
  | { ok: false; errors: RowError[]; truncated: boolean };

const STAGING = `create temporary table import_staging (
  line integer not null, code text not null, lookup_key text not null, procedure_id integer not null,
  receiving_unit_id integer not null, resolving_unit_id integer not null, current_unit_id integer not null,
  channel text not null, status text not null, applicant text not null, applicant_search text not null,
  submitted_at timestamptz, received_at timestamptz, due_at timestamptz, finished_at timestamptz,
  finish_class text, decision text, delivered_at timestamptz, closed_at timestamptz, delivery text,
  received_day date, due_day date, finished_day date, closed_day date, delivered_day date,
  minutes bigint, electronic boolean not null, code_day date, code_seq integer
) on commit drop`;

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

/** One COPY line in CSV format: NULL unquoted and empty, text quoted when it needs to be. */
function csvLine(values: StagingRow): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ',';
    if (v === null || v === undefined) continue;
    const s = typeof v === 'boolean' ? (v ? 't' : 'f') : String(v);
    out += s === '' || /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  }
  return `${out}\n`;
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
  const copy = client.query(copyFrom('copy import_staging from stdin (format csv)'));
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
  let buffered = '';
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
          buffered += csvLine(result.row);
        }
      }
      if (errors.length >= MAX_IMPORT_ERRORS) {
        truncated = true;
        break read;
      }
    }
    if (errors.length === 0 && buffered.length > 0) {
      if (!copy.write(buffered)) await once(copy, 'drain');
    }
    buffered = '';
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
  await client.query('create index on import_staging (line)');
  await client.query('analyze import_staging');
  const { rows: bounds } = await client.query<{ lo: number; hi: number }>(
    'select min(line) as lo, max(line) as hi from import_staging',
  );
  const lo = bounds[0]?.lo ?? 0;
  const hi = bounds[0]?.hi ?? 0;
  // In chunks, so that each statement's foreign-key checks run and free their memory as it ends.
  for (let start = lo; start <= hi && rows > 0; start += CHUNK_LINES) {
    await client.query(
      `with inserted as (
         insert into dossiers (code, lookup_key, procedure_id, receiving_unit_id, resolving_unit_id,
           current_unit_id, channel, status, applicant, applicant_search, submitted_at, received_at,
           due_at, appointment_at, finished_at, finish_class, decision, delivered_at, closed_at, delivery)
         select code, lookup_key, procedure_id, receiving_unit_id, resolving_unit_id, current_unit_id,
           channel, status, applicant::jsonb, applicant_search, submitted_at, received_at, due_at, due_at,
           finished_at, finish_class, decision, delivered_at, closed_at, delivery::jsonb
         from import_staging where line >= $1 and line < $2 order by line
         returning id, status, current_unit_id
       )
       -- One synthetic event per dossier: the control sheet says where it came from.
       insert into dossier_events (dossier_id, action, to_status, to_unit_id, actor_name, note, data)
       select id, 'import', status, current_unit_id, 'Nhập dữ liệu', $3, $4::jsonb from inserted`,
      [start, start + CHUNK_LINES, `Nhập từ hệ thống cũ: ${source}`, JSON.stringify({ source })],
    );
  }
  if (skipTriggers) await client.query('set local session_replication_role = origin');
}

/** The statistics counters of the imported dossiers, and the units' code sequences. */
async function countImported(client: pg.PoolClient): Promise<void> {
  await client.query(`create temporary table stats_new_days on commit drop as
    select s.resolving_unit_id as unit_id, s.procedure_id, c.day,
      sum(c.received_online)::int as received_online, sum(c.received_direct)::int as received_direct,
      sum(c.resolved_early)::int as resolved_early, sum(c.resolved_on_time)::int as resolved_on_time,
      sum(c.resolved_late)::int as resolved_late, sum(c.refused)::int as refused,
      sum(c.withdrawn)::int as withdrawn, sum(c.open_delta)::int as open_delta,
      sum(c.overdue_delta)::int as overdue_delta, sum(c.processing_minutes)::bigint as processing_minutes,
      sum(c.received_digitised)::int as received_digitised, sum(c.delivered)::int as delivered,
      sum(c.delivered_electronic)::int as delivered_electronic, 0 as rated, 0 as rated_dissatisfied
    from import_staging s
    cross join lateral stats_dossier_contributions(s.channel, s.status, s.received_day, s.due_day,
      null::date, s.finished_day, s.finish_class, s.closed_day, s.delivered_day, s.minutes, false,
      s.electronic) c
    group by 1, 2, 3`);
  // Live changes wait for the counters until this transaction commits (a few seconds to a minute
  // at millions of rows): no row order is then needed to keep clear of deadlocks with them.
  await client.query('lock table stats_unit_counts, stats_procedure_counts in share row exclusive mode');
  await client.query('select stats_add_new_days()');
  await client.query('drop table stats_new_days');
  // Circular 03/2025/TT-VPCP Art. 13: a sequence number is never reused.
  await client.query(`insert into dossier_code_counters (unit_id, day, last_value)
    select receiving_unit_id, code_day, max(code_seq) from import_staging
    where code_day is not null group by 1, 2
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
    await client.query("set local work_mem = '256MB'");
    // Caching the per-row contributions never pays: every row is different.
    await client.query('set local enable_memoize = off');
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
