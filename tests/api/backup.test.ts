// `motcua backup` / `motcua restore`: a round trip through the archive gives back every table row for
// row and every uploaded file byte for byte, on the lane's PostgreSQL (embedded 18 or external 15);
// the restored instance works (sign-in, dossiers, downloads, fresh ids and codes, audit chain), and
// a restore refuses, changing nothing, a non-empty database, a newer backup, a damaged or hostile
// archive.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readConfig } from '../../src/server/config.ts';
import { createPool } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import type { Database } from '../../src/server/db/schema.ts';
import { sealAuditLog } from '../../src/server/features/audit/audit-log.ts';
import { RestoreError, restoreBackup } from '../../src/server/features/backup/restore-backup.ts';
import { readTar, TarWriter } from '../../src/server/features/backup/tar.ts';
import { blobPath } from '../../src/server/features/files/file-store.ts';
import { buildApp } from '../../src/server/http/app.ts';
import { createContext } from '../../src/server/server.ts';
import { buildApplicant, counterBody, findDemoProcedure, unitIdByName } from '../support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../support/test-app.ts';
import { databaseUrl } from '../support/test-database.ts';
import { PDF, PNG, uploadFile } from '../support/uploads.ts';

const run = promisify(execFile);
let source: TestApp;
let dir: string;
const created: string[] = [];
let admin: pg.Client;

async function motcua(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/motcua.js', ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** An empty database on the lane's server. */
async function emptyDatabase(): Promise<string> {
  const name = `${inject('templateDatabase').replace('motcua_tpl_', 'motcua_t_')}_r${created.length}`;
  await admin.query(`create database ${name}`);
  created.push(name);
  return databaseUrl(name);
}

/** Every table's row count and the md5 of its rows in a fixed order; every sequence's state. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("set timezone = 'UTC'");
    const out: Record<string, string> = {};
    const tables = await client.query<{ t: string }>(
      "select relname as t from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by 1",
    );
    for (const { t } of tables.rows) {
      const r = await client.query<{ n: string; h: string }>(
        `select count(*)::text as n, coalesce(md5(string_agg(x::text, E'\\n' order by x::text)), '') as h from ${t} x`,
      );
      out[t] = `${r.rows[0]?.n} ${r.rows[0]?.h}`;
    }
    const seqs = await client.query<{ s: string }>(
      "select relname as s from pg_class where relnamespace = 'public'::regnamespace and relkind = 'S' order by 1",
    );
    for (const { s } of seqs.rows) {
      const r = await client.query<{ v: string }>(
        `select last_value::text || ' ' || is_called as v from ${s}`,
      );
      out[`sequence ${s}`] = r.rows[0]?.v ?? '';
    }
    return out;
  } finally {
    await client.end();
  }
}

async function relationCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ n: string }>(
      "select count(*)::text as n from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r','S')",
    );
    return Number(r.rows[0]?.n);
  } finally {
    await client.end();
  }
}

/** The archive's entries, read whole (test archives are small). */
async function entriesOf(file: string): Promise<{ name: string; body: Buffer }[]> {
  const out: { name: string; body: Buffer }[] = [];
  for await (const e of readTar(fs.createReadStream(file).pipe(zlib.createGunzip()))) {
    const parts: Buffer[] = [];
    for await (const c of e.body) parts.push(c);
    out.push({ name: e.name, body: Buffer.concat(parts) });
  }
  return out;
}

async function writeArchive(file: string, entries: { name: string; body: Buffer }[]): Promise<void> {
  const gzip = zlib.createGzip();
  const done = new Promise<void>((resolve, reject) =>
    gzip.pipe(fs.createWriteStream(file)).on('finish', resolve).on('error', reject),
  );
  const tar = new TarWriter(gzip);
  for (const e of entries) await tar.add(e.name, e.body.length, e.body);
  await tar.finish();
  gzip.end();
  await done;
}

let backupFile: string;
const dossierCodes: string[] = [];
const fileIds: string[] = [];
let secondPdf: Buffer<ArrayBuffer>;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: inject('pgServerUrl') });
  await admin.connect();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-backup-'));
  source = await createTestApp();
  const { app, database } = source;
  await migrate(database.pool); // a backup is taken of a database at this motcua's level

  // Dossiers with files: at the counter, and online with a scan per document.
  const reception = await signIn(app, 'tiepnhan.thachkiet');
  const procedure = await findDemoProcedure(database.db, { level: 'commune' });
  secondPdf = Buffer.concat([PDF, Buffer.from(`% ${'bản sao '.repeat(200)}\n`)]);
  for (let i = 0; i < 3; i++) {
    const fileId = await uploadFile(app, i === 0 ? 'cccd.png' : 'to-khai.pdf', i === 0 ? PNG : secondPdf);
    fileIds.push(fileId);
    const body = counterBody(procedure);
    body.documents = body.documents.map((d, j) => (j === 0 ? { ...d, fileId } : d));
    const res = await app.inject({
      method: 'POST',
      url: '/api/counter/dossiers',
      headers: reception,
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(201);
    dossierCodes.push((res.json() as { code: string }).code);
  }
  const thachKiet = await unitIdByName(database.db, 'Thạch Kiệt');
  const online = await database.db
    .selectFrom('procedures as p')
    .innerJoin('unit_procedures as up', 'up.procedure_id', 'p.id')
    .select('p.id')
    .where('up.unit_id', '=', thachKiet)
    .where('p.online_level', '=', 'full')
    .orderBy('p.id')
    .executeTakeFirstOrThrow();
  const docs = await database.db
    .selectFrom('procedure_documents')
    .select(['id', 'required'])
    .where('procedure_id', '=', online.id)
    .execute();
  const documents = [];
  for (const d of docs.filter((x) => x.required))
    documents.push({ componentId: d.id, fileId: await uploadFile(app, 'scan.pdf', PDF) });
  const submitted = await app.inject({
    method: 'POST',
    url: '/api/dossiers',
    payload: { procedureId: online.id, unitId: thachKiet, applicant: buildApplicant(), documents },
  });
  expect(submitted.statusCode, submitted.body).toBe(201);
  dossierCodes.push((submitted.json() as { code: string }).code);
  // Part of the audit log sealed, part not: both must survive.
  await sealAuditLog(database.db);
  await signIn(app, 'tiepnhan.thachkiet');
  backupFile = path.join(dir, 'motcua.backup.tar.gz');
}, 120_000);

afterAll(async () => {
  await source?.close();
  for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
  await admin?.end();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('motcua backup and restore', () => {
  let restoredUrl: string;
  let restoredDir: string;

  it('round-trips every table row for row and every file byte for byte', async () => {
    const env = { DATABASE_URL: source.database.url, MOTCUA_DATA_DIR: source.dataDir };
    const backup = await motcua(env, 'backup', backupFile);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/backup written to .*: \d+ tables, \d+ rows, \d+ files/);

    const entries = await entriesOf(backupFile);
    expect(entries[0]?.name).toBe('manifest.json');
    const manifest = JSON.parse(entries[0]?.body.toString() ?? '{}') as { files: { count: number } };
    expect(manifest.files.count).toBe(3); // PNG, the longer PDF, the short PDF: stored once each

    restoredUrl = await emptyDatabase();
    restoredDir = path.join(dir, 'restored-data');
    const restore = await motcua(
      { DATABASE_URL: restoredUrl, MOTCUA_DATA_DIR: restoredDir },
      'restore',
      backupFile,
    );
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain('every hash checked');

    const before = await fingerprint(source.database.url);
    const after = await fingerprint(restoredUrl);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(after).toEqual(before);

    const shas = await source.database.db.selectFrom('files').select('sha256').distinct().execute();
    for (const { sha256 } of shas) {
      expect(
        fs
          .readFileSync(blobPath(restoredDir, sha256))
          .equals(fs.readFileSync(blobPath(source.dataDir, sha256))),
      ).toBe(true);
    }
  }, 120_000);

  it('gives a restored instance that works: sign-in, dossiers, downloads, fresh ids and codes, audit chain', async () => {
    const pool = createPool(restoredUrl, 5);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const config = readConfig({ DATABASE_URL: restoredUrl, MOTCUA_DATA_DIR: restoredDir });
    const app = await buildApp(
      createContext(config, { db, pool, kind: 'external', close: () => db.destroy() }),
      { logger: false, webDir: '/nonexistent' },
    );
    try {
      const reception = await signIn(app, 'tiepnhan.thachkiet');
      const code = dossierCodes[0] ?? '';
      const dossier = await app.inject({ url: `/api/dossiers/${code}`, headers: reception });
      expect(dossier.statusCode).toBe(200);
      const download = await app.inject({
        url: `/api/files/${fileIds[0]}`,
        headers: { cookie: reception.cookie },
      });
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('image/png');
      const pdf = await app.inject({
        url: `/api/files/${fileIds[1]}`,
        headers: { cookie: reception.cookie },
      });
      expect(pdf.rawPayload.equals(secondPdf)).toBe(true);

      const maxBefore = await db
        .selectFrom('dossiers')
        .select((eb) => eb.fn.max('id').as('m'))
        .executeTakeFirstOrThrow();
      const procedure = await findDemoProcedure(db, { level: 'commune' });
      const fresh = await app.inject({
        method: 'POST',
        url: '/api/counter/dossiers',
        headers: reception,
        payload: counterBody(procedure),
      });
      expect(fresh.statusCode, fresh.body).toBe(201);
      const freshCode = (fresh.json() as { code: string }).code;
      expect(dossierCodes).not.toContain(freshCode);
      // Same unit, same day: the code's sequence number continues after the last one.
      const seq = (c: string) => Number(/(\d+)$/.exec(c)?.[1]);
      expect(seq(freshCode)).toBeGreaterThan(Math.max(...dossierCodes.map(seq)));
      const row = await db
        .selectFrom('dossiers')
        .select('id')
        .where('code', '=', freshCode)
        .executeTakeFirstOrThrow();
      expect(row.id).toBeGreaterThan(Number(maxBefore.m));
    } finally {
      await app.close();
      await db.destroy();
    }
    const verify = await motcua(
      { DATABASE_URL: restoredUrl, MOTCUA_DATA_DIR: restoredDir },
      'audit',
      'verify',
    );
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toContain('audit log intact');
  }, 120_000);

  it('refuses a database that is not empty unless --force, and then replaces it', async () => {
    const snapshot = await fingerprint(restoredUrl);
    const pool = createPool(restoredUrl, 2);
    try {
      const input = { pool, dataDir: restoredDir, file: backupFile };
      await expect(restoreBackup(input)).rejects.toThrow(/not empty.*--force/);
      expect(await fingerprint(restoredUrl)).toEqual(snapshot);
      await restoreBackup({ ...input, force: true });
    } finally {
      await pool.end();
    }
    expect(await fingerprint(restoredUrl)).toEqual(await fingerprint(source.database.url));
  }, 120_000);

  it('refuses, changing nothing, a newer backup, a damaged one and one that reaches outside the files', async () => {
    const entries = await entriesOf(backupFile);
    const manifest = JSON.parse(entries[0]?.body.toString() ?? '{}') as { migrations: string[] };
    const withManifest = (m: object) => [
      { name: 'manifest.json', body: Buffer.from(JSON.stringify(m)) },
      ...entries.slice(1),
    ];
    const firstFile = entries.findIndex((e) => e.name.startsWith('files/'));
    const cases: [string, { name: string; body: Buffer }[], RegExp][] = [
      [
        'newer',
        withManifest({ ...manifest, migrations: [...manifest.migrations, '9999-add-the-future.sql'] }),
        /newer motcua/,
      ],
      [
        'traversal',
        entries.map((e, i) => (i === firstFile ? { name: '../../../escaped.txt', body: e.body } : e)),
        /may not hold/,
      ],
      [
        'traversal-in-files',
        entries.map((e, i) =>
          i === firstFile ? { name: `files/../../${e.name.slice(6)}`, body: e.body } : e,
        ),
        /may not hold/,
      ],
      [
        'damaged-file',
        entries.map((e, i) =>
          i === firstFile ? { name: e.name, body: Buffer.concat([e.body, Buffer.from('x')]) } : e,
        ),
        /damaged/,
      ],
      [
        'damaged-table',
        entries.map((e) =>
          e.name === 'data/users.copy'
            ? { name: e.name, body: e.body.subarray(0, e.body.lastIndexOf(10, e.body.length - 2) + 1) }
            : e,
        ),
        /users is damaged/,
      ],
      ['cut-short', entries.filter((e) => !e.name.startsWith('files/')), /holds 0 files/],
    ];
    for (const [name, archive, message] of cases) {
      const file = path.join(dir, `${name}.tar.gz`);
      await writeArchive(file, archive);
      const url = await emptyDatabase();
      const dataDir = path.join(dir, `data-${name}`);
      const pool = createPool(url, 2);
      try {
        const restoring = restoreBackup({ pool, dataDir, file });
        await expect(restoring, name).rejects.toThrow(RestoreError);
        await expect(restoring, name).rejects.toThrow(message);
      } finally {
        await pool.end();
      }
      expect(await relationCount(url), name).toBe(0);
      const left = fs.existsSync(path.join(dataDir, 'files'))
        ? fs
            .readdirSync(path.join(dataDir, 'files'), { recursive: true, withFileTypes: true })
            .filter((f) => f.isFile())
        : [];
      expect(left, name).toEqual([]);
    }
    expect(fs.readdirSync(dir).filter((f) => f.includes('escaped'))).toEqual([]);

    // Through the command line: exit 1 and a clear word.
    const notABackup = path.join(dir, 'not-a-backup.tar.gz');
    fs.writeFileSync(notABackup, 'hello');
    const garbage = await motcua(
      { DATABASE_URL: await emptyDatabase(), MOTCUA_DATA_DIR: dir },
      'restore',
      notABackup,
    );
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toContain('nothing was changed: not a readable motcua backup');
  }, 180_000);
});
