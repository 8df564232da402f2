// The periodic report at scale: N dossiers (1M and 10M by default) in 3,300 communes, loaded through
// the real `motcua import dossiers`, then the report for one quarter over the whole province (by
// unit, sub-units rolled up) timed several times, beside a naive full-scan GROUP BY over the
// dossiers computing the same columns in the same run. Both answers are compared.
// Run: npm run bench -- report   (sizes: REPORT_BENCH_SIZES=1000000,10000000; BENCH_DATABASE_URL
// for your own PostgreSQL server, else an embedded one in a throwaway folder)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../src/server/db/database.ts';
import { startEmbeddedPostgres } from '../src/server/db/embedded.ts';
import { getReport } from '../src/server/features/stats/get-report.ts';
import { ensureBaseData } from '../src/server/seed/base-data.ts';
import { COMMUNES_PER_DISTRICT, createProvince, DISTRICTS, writeDossierFile } from './report-data.ts';

const FROM = '2025-04-01';
const TO = '2025-06-30';
const REPORT_RUNS = 9;
const NAIVE_RUNS = 3;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const fmt = (n: number) => n.toLocaleString('en-US');

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** A fresh database: on BENCH_DATABASE_URL's server, or on an embedded server in a temp folder. */
async function freshDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) {
    const name = `motcua_bench_${label}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(external);
    u.pathname = `/${name}`;
    return {
      url: u.toString(),
      async drop() {
        const c = new pg.Client({ connectionString: external });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-report-'));
  fs.chmodSync(dir, 0o755);
  const running = await startEmbeddedPostgres({ dir: path.join(dir, 'pg') });
  return {
    url: running.url,
    async drop() {
      await running.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function importWithCli(url: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/motcua.js', 'import', 'dossiers', file], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
      stdio: 'inherit',
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`import exited with ${code}`))));
  });
}

/** The same columns straight from the dossiers table: every row read, every date converted. */
async function naiveReport(h: DatabaseHandle, province: number) {
  const { rows } = await sql<Record<string, number>>`
    with d as (
      select coalesce(u.path[2], u.id) as grp, x.channel, x.status, x.finish_class,
        x.received_at is not null and x.status not in ('submitted', 'refused') as is_received,
        x.status in ('received', 'in_progress', 'awaiting_supplement', 'awaiting_fee') as is_open,
        (x.received_at at time zone k.time_zone)::date as rd,
        (x.finished_at at time zone k.time_zone)::date as fd,
        (coalesce(x.finished_at, x.closed_at) at time zone k.time_zone)::date as cd,
        (x.closed_at at time zone k.time_zone)::date as xd,
        (x.due_at at time zone k.time_zone)::date as dd
      from dossiers x
      join units u on u.id = x.resolving_unit_id
      join calendars k on k.id = u.calendar_id
      where u.path @> array[${province}]::int[]
    )
    select grp,
      count(*) filter (where is_received and rd between ${FROM}::date and ${TO}::date and channel = 'online') as "receivedOnline",
      count(*) filter (where is_received and rd between ${FROM}::date and ${TO}::date and channel <> 'online') as "receivedDirect",
      count(*) filter (where is_received and rd < ${FROM}::date and (is_open or cd >= ${FROM}::date)) as "carriedOver",
      count(*) filter (where is_received and fd between ${FROM}::date and ${TO}::date and finish_class = 'early') as "resolvedEarly",
      count(*) filter (where is_received and fd between ${FROM}::date and ${TO}::date and finish_class = 'on_time') as "resolvedOnTime",
      count(*) filter (where is_received and fd between ${FROM}::date and ${TO}::date and coalesce(finish_class, 'late') = 'late') as "resolvedLate",
      count(*) filter (where is_received and rd <= ${TO}::date and (is_open or cd > ${TO}::date)) as "pendingTotal",
      count(*) filter (where is_received and rd <= ${TO}::date and (is_open or cd > ${TO}::date) and dd < ${TO}::date) as "pendingOverdue",
      count(*) filter (where status = 'refused' and xd between ${FROM}::date and ${TO}::date) as refused,
      count(*) filter (where is_received and status in ('withdrawn', 'stopped') and xd between ${FROM}::date and ${TO}::date) as withdrawn
    from d group by grp`.execute(h.db);
  return rows;
}

async function runSize(size: number): Promise<void> {
  console.log(`\n-- ${fmt(size)} dossiers in ${fmt(DISTRICTS * COMMUNES_PER_DISTRICT)} communes --`);
  const database = await freshDatabase(String(size));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-file-'));
  const file = path.join(dir, `dossiers-${size}.csv`);
  try {
    const h = await openDatabase({ databaseUrl: database.url, dataDir: dir });
    await ensureBaseData(h.db);
    const province = await createProvince(h.db);
    const written = await time(() => writeDossierFile(file, size));
    console.log(
      `file: ${(written.value / 1e6).toFixed(0)} MB written in ${(written.ms / 1000).toFixed(1)} s`,
    );
    const imported = await time(() => importWithCli(database.url, file));
    console.log(
      `import through \`motcua import dossiers\`: ${(imported.ms / 1000).toFixed(1)} s (${fmt(Math.round(size / (imported.ms / 1000)))} dossiers/s)`,
    );
    await sql`vacuum analyze`.execute(h.db);
    const counts = await sql<{ units: number; procedures: number }>`
      select (select count(*) from stats_unit_counts) as units, (select count(*) from stats_procedure_counts) as procedures`.execute(
      h.db,
    );
    console.log(
      `counter rows: ${fmt(counts.rows[0]?.units ?? 0)} by unit, ${fmt(counts.rows[0]?.procedures ?? 0)} by unit and procedure`,
    );

    const query = { unitId: province, from: FROM, to: TO, groupBy: 'unit' as const, includeSubunits: true };
    const report = () => getReport({ db: h.db, staff: null, query });
    await report();
    await report(); // warm
    const reportTimes: number[] = [];
    let result = await report();
    for (let i = 0; i < REPORT_RUNS; i++) {
      const r = await time(report);
      reportTimes.push(r.ms);
      result = r.value;
    }
    const naiveTimes: number[] = [];
    let naive = await naiveReport(h, province); // warm
    for (let i = 0; i < NAIVE_RUNS; i++) {
      const r = await time(() => naiveReport(h, province));
      naiveTimes.push(r.ms);
      naive = r.value;
    }
    const byGroup = new Map(naive.map((r) => [Number(r.grp), r]));
    const keys = [
      'receivedOnline',
      'receivedDirect',
      'carriedOver',
      'resolvedEarly',
      'resolvedOnTime',
      'resolvedLate',
      'pendingTotal',
      'pendingOverdue',
      'refused',
      'withdrawn',
    ] as const;
    const mismatches = result.items.filter((row) => {
      const n = byGroup.get(row.id ?? 0);
      return keys.some((k) => Number(n?.[k] ?? 0) !== row[k]);
    });
    await h.close();
    const t = result.total;
    console.log(
      `quarter ${FROM} – ${TO}: received ${fmt(t.receivedTotal)} (online ${fmt(t.receivedOnline)}, direct ${fmt(t.receivedDirect)}, carried over ${fmt(t.carriedOver)}), resolved ${fmt(t.resolvedTotal)}, pending ${fmt(t.pendingTotal)} (overdue ${fmt(t.pendingOverdue)}), withdrawn ${fmt(t.withdrawn)}, refused ${fmt(t.refused)}`,
    );
    console.log(
      `counters and naive scan agree on every row and column: ${mismatches.length === 0 ? 'yes' : `NO (${mismatches.length} rows differ)`}`,
    );
    const report50 = median(reportTimes);
    const naive50 = median(naiveTimes);
    console.log(
      `rows: ${result.items.length} (the province and its ${DISTRICTS} districts) over ${fmt(size)} dossiers`,
    );
    console.log(`report latency (median of ${REPORT_RUNS}): ${ms(report50)}`);
    console.log(`naive latency (median of ${NAIVE_RUNS}): ${ms(naive50)}`);
    console.log(`ratio: ${(naive50 / report50).toFixed(0)}× faster than the naive scan`);
    if (mismatches.length > 0) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
}

export async function reportBench(): Promise<void> {
  const sizes = (process.env.REPORT_BENCH_SIZES ?? '1000000,10000000').split(',').map(Number);
  for (const size of sizes) await runSize(size);
}
