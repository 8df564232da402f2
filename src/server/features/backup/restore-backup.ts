// `motcua restore FILE`: all or nothing, into an empty database. In one transaction: replay the
// migrations up to the backup's level, load every table with COPY (the append-only and statistics
// triggers held off, foreign keys checked once everything is in), set every sequence where it was,
// and check each table's row count and hash. Files are checked against their hash and put in the
// store under the name their hash gives, never a path from the archive. Later migrations run after.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { CREATE_SCHEMA_MIGRATIONS, listMigrations, type Migration, migrate } from '../../db/migrate.ts';
import { blobPath } from '../files/file-store.ts';
import { COPY_SETTINGS, MANIFEST_ENTRY, Manifest, parseEntryName } from './backup-format.ts';
import { columnList, listSequences, listTables, meter } from './create-backup.ts';
import { readTar, type TarEntry } from './tar.ts';

/** A backup that cannot be restored here, or a database that must not be written over. */
export class RestoreError extends Error {}

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

async function readAll(body: AsyncIterable<Buffer>, max: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > max) throw new RestoreError('the manifest is implausibly large');
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

function parseManifest(bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new RestoreError('the manifest is not JSON');
  }
  const parsed = Manifest.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new RestoreError(
      `not a motcua backup of a format this version reads (${first?.path.join('.')}: ${first?.message})`,
    );
  }
  return parsed.data;
}

/** The migrations to replay: the backup's, which must be ours in the same order. */
function migrationsOf(manifest: Manifest, known: Migration[]): Migration[] {
  const byName = new Map(known.map((m) => [m.name, m]));
  const newer = manifest.migrations.filter((name) => !byName.has(name));
  if (newer.length > 0) {
    throw new RestoreError(
      `the backup comes from a newer motcua (migrations ${newer.join(', ')} are unknown here); upgrade motcua and restore again`,
    );
  }
  const replay = known.slice(0, manifest.migrations.length);
  if (replay.some((m, i) => m.name !== manifest.migrations[i])) {
    throw new RestoreError(
      "the backup's migrations are not a prefix of this motcua's; it cannot be restored here",
    );
  }
  return replay;
}

async function countRelations(client: pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `select count(*)::text as n from pg_class
      where relnamespace = 'public'::regnamespace and relkind in ('r', 'p', 'v', 'm', 'S', 'f')`,
  );
  return Number(rows[0]?.n ?? 0);
}

async function* hashed(body: AsyncIterable<Buffer>, hash: ReturnType<typeof createHash>) {
  for await (const chunk of body) {
    hash.update(chunk);
    yield chunk;
  }
}

export interface RestoreResult {
  manifest: Manifest;
  files: number;
  /** Migrations newer than the backup, applied after it was loaded. */
  migrated: string[];
}

export async function restoreBackup(input: {
  pool: pg.Pool;
  dataDir: string;
  file: string;
  /** Replace whatever the database holds (the public schema is dropped first). */
  force?: boolean;
}): Promise<RestoreResult> {
  const { pool, dataDir } = input;
  if (!fs.existsSync(input.file)) throw new RestoreError(`no file ${input.file}`);
  const gunzip = zlib.createGunzip();
  const reading = pipeline(fs.createReadStream(input.file), gunzip);
  reading.catch(() => {}); // the failure reaches the reader below through gunzip
  const entries = readTar(gunzip as AsyncIterable<Buffer>);
  const next = async (): Promise<TarEntry | undefined> => {
    try {
      const r = await entries.next();
      return r.done ? undefined : r.value;
    } catch (error) {
      const message = (error as Error).message;
      throw new RestoreError(
        /header check|unexpected end|tar:/.test(message)
          ? `not a readable motcua backup (${message})`
          : message,
      );
    }
  };

  const first = await next();
  if (first?.name !== MANIFEST_ENTRY)
    throw new RestoreError('not a motcua backup: it does not start with manifest.json');
  const manifest = parseManifest(await readAll(first.body, MAX_MANIFEST_BYTES));
  const replay = migrationsOf(manifest, listMigrations());

  const staging = path.join(dataDir, 'files', 'tmp', `restore-${randomUUID()}`);
  const placed: string[] = [];
  const client = await pool.connect();
  try {
    const existing = await countRelations(client);
    if (existing > 0 && !input.force) {
      throw new RestoreError(
        `the database is not empty (${existing} tables and sequences); restore into an empty database, or pass --force to replace everything in it`,
      );
    }
    await client.query('begin');
    for (const s of COPY_SETTINGS) await client.query(s.replace(/^set /, 'set local '));
    if (existing > 0) await client.query('drop schema public cascade; create schema public');
    await client.query(CREATE_SCHEMA_MIGRATIONS);
    for (const m of replay) await client.query(m.sql);

    // The schema the replay made must be the one the backup describes.
    const tables = new Map((await listTables(client)).map((t) => [t.name, t.columns]));
    const describe = (cols: string[]) => [...cols].sort().join(',');
    for (const t of manifest.tables) {
      const columns = tables.get(t.name);
      if (!columns)
        throw new RestoreError(`the backup has a table ${t.name} that its migrations do not make`);
      if (describe(columns) !== describe(t.columns))
        throw new RestoreError(`the columns of ${t.name} differ from those its migrations make`);
    }
    const missing = [...tables.keys()].filter((name) => !manifest.tables.some((t) => t.name === name));
    if (missing.length > 0) throw new RestoreError(`the backup lacks the tables ${missing.join(', ')}`);

    // Load as pg_restore does: triggers off (no second audit entry, no recounted statistics, the
    // append-only guards not asked), foreign keys added back once every row is in.
    const q = (name: string) => client.escapeIdentifier(name);
    const foreignKeys = (
      await client.query<{ tbl: string; name: string; def: string }>(
        `select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def
           from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace
          order by conrelid::regclass::text, conname`,
      )
    ).rows;
    for (const fk of foreignKeys) await client.query(`alter table ${fk.tbl} drop constraint ${q(fk.name)}`);
    for (const name of tables.keys()) await client.query(`alter table ${q(name)} disable trigger user`);
    await client.query(`truncate ${[...tables.keys()].map(q).join(', ')}`);

    const loaded = new Set<string>();
    const received = new Set<string>();
    fs.mkdirSync(staging, { recursive: true, mode: 0o700 });
    for (let entry = await next(); entry; entry = await next()) {
      const kind = entry.type === '0' ? parseEntryName(entry.name) : undefined;
      if (!kind)
        throw new RestoreError(`the backup holds an entry it may not hold: ${JSON.stringify(entry.name)}`);
      if (kind.kind === 'data') {
        const t = manifest.tables.find((x) => x.name === kind.table);
        if (!t || loaded.has(t.name)) throw new RestoreError(`unexpected data for table ${kind.table}`);
        const m = meter();
        await pipeline(
          Readable.from(entry.body),
          m.stream,
          client.query(copyFrom(`copy ${q(t.name)} (${columnList(client, t.columns)}) from stdin`)),
        );
        if (m.counts.rows !== t.rows || m.counts.bytes !== t.bytes || m.digest() !== t.sha256)
          throw new RestoreError(`the data of table ${t.name} is damaged (its rows or hash differ)`);
        loaded.add(t.name);
      } else {
        if (received.has(kind.sha256)) throw new RestoreError(`the file ${kind.sha256} appears twice`);
        const hash = createHash('sha256');
        const staged = path.join(staging, kind.sha256);
        await pipeline(
          Readable.from(hashed(entry.body, hash)),
          fs.createWriteStream(staged, { mode: 0o600 }),
        );
        if (hash.digest('hex') !== kind.sha256)
          throw new RestoreError(`the file ${kind.sha256} is damaged (its hash differs)`);
        received.add(kind.sha256);
      }
    }
    const unloaded = manifest.tables.filter((t) => !loaded.has(t.name)).map((t) => t.name);
    if (unloaded.length > 0)
      throw new RestoreError(`the backup is cut short: no data for ${unloaded.join(', ')}`);
    if (received.size !== manifest.files.count)
      throw new RestoreError(
        `the backup holds ${received.size} files, its manifest says ${manifest.files.count}`,
      );
    if (tables.has('files')) {
      const { rows } = await client.query<{ sha256: string }>('select distinct sha256 from files');
      const lacking = rows.filter((r) => !received.has(r.sha256));
      if (lacking.length > 0) throw new RestoreError(`the backup lacks ${lacking.length} uploaded files`);
    }

    const sequences = new Set(await listSequences(client));
    for (const s of manifest.sequences) {
      if (!sequences.has(s.name)) throw new RestoreError(`the backup has a sequence ${s.name} unknown here`);
      await client.query('select setval($1::regclass, $2::bigint, $3)', [q(s.name), s.lastValue, s.isCalled]);
    }
    for (const fk of foreignKeys) {
      try {
        await client.query(`alter table ${fk.tbl} add constraint ${q(fk.name)} ${fk.def}`);
      } catch (error) {
        throw new RestoreError(`the backup breaks ${fk.name}: ${(error as Error).message}`);
      }
    }
    for (const name of tables.keys()) await client.query(`alter table ${q(name)} enable trigger user`);

    // Files go in place before the commit: should the commit fail, they are taken out again.
    for (const sha256 of received) {
      const target = blobPath(dataDir, sha256);
      if (fs.existsSync(target)) continue; // the same content, by its name
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.renameSync(path.join(staging, sha256), target);
      placed.push(target);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    for (const p of placed) fs.rmSync(p, { force: true });
    throw error;
  } finally {
    client.release();
    fs.rmSync(staging, { recursive: true, force: true });
    gunzip.destroy();
  }
  const migrated = await migrate(pool);
  return { manifest, files: manifest.files.count, migrated };
}
