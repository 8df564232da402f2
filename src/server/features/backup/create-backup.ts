// `motcua backup FILE`: one consistent snapshot of every table (COPY inside a repeatable-read,
// read-only transaction, so a running server goes on working) and every uploaded file the snapshot
// refers to, written as the archive described in backup-format.ts.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { blobPath } from '../files/file-store.ts';
import {
  COPY_SETTINGS,
  dataEntry,
  FORMAT,
  FORMAT_VERSION,
  fileEntry,
  MANIFEST_ENTRY,
  type Manifest,
} from './backup-format.ts';
import { TarWriter } from './tar.ts';

/** The ordinary tables of the public schema and their stored (not generated) columns. */
export async function listTables(client: pg.PoolClient): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `select c.relname as name, array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
        and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      group by c.relname order by c.relname`,
  );
  return rows;
}

export async function listSequences(client: pg.PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select relname as name from pg_class
      where relnamespace = 'public'::regnamespace and relkind = 'S' order by relname`,
  );
  return rows.map((r) => r.name);
}

export const columnList = (client: pg.PoolClient, columns: string[]) =>
  columns.map((c) => client.escapeIdentifier(c)).join(', ');

/** Counts rows (lines) and hashes the bytes going through. */
export function meter() {
  const hash = createHash('sha256');
  const counts = { rows: 0, bytes: 0 };
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      counts.bytes += chunk.length;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) counts.rows += 1;
      done(null, chunk);
    },
  });
  return { stream, counts, digest: () => hash.digest('hex') };
}

/** A stored file's bytes, checked against its name as they are read. */
async function* verifiedBlob(file: string, sha256: string): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    yield chunk;
  }
  if (hash.digest('hex') !== sha256)
    throw new Error(`the stored file ${sha256} is damaged (its hash differs)`);
}

export async function createBackup(input: {
  pool: pg.Pool;
  dataDir: string;
  file: string;
  version: string;
}): Promise<Manifest> {
  const target = path.resolve(input.file);
  const work = fs.mkdtempSync(path.join(path.dirname(target), '.motcua-backup-'));
  const partial = path.join(work, 'archive.partial');
  try {
    const client = await input.pool.connect();
    let manifest: Manifest;
    let blobs: { sha256: string; size: number }[];
    try {
      await client.query('begin isolation level repeatable read, read only');
      for (const s of COPY_SETTINGS) await client.query(s.replace(/^set /, 'set local '));
      const serverVersion = (await client.query<{ v: string }>('show server_version')).rows[0]?.v ?? '';
      const hasMigrations = await client.query<{ t: string | null }>(
        "select to_regclass('public.schema_migrations')::text as t",
      );
      if (!hasMigrations.rows[0]?.t) throw new Error('the database has no motcua schema to back up');
      const migrations = (
        await client.query<{ name: string }>('select name from schema_migrations order by name')
      ).rows.map((r) => r.name);

      const tables: Manifest['tables'] = [];
      for (const table of await listTables(client)) {
        const m = meter();
        const copy = client.query(
          copyTo(
            `copy ${client.escapeIdentifier(table.name)} (${columnList(client, table.columns)}) to stdout`,
          ),
        );
        await pipeline(copy, m.stream, fs.createWriteStream(path.join(work, `${table.name}.copy`)));
        tables.push({ ...table, rows: m.counts.rows, bytes: m.counts.bytes, sha256: m.digest() });
      }

      const sequences: Manifest['sequences'] = [];
      for (const name of await listSequences(client)) {
        const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
          `select last_value::text, is_called from ${client.escapeIdentifier(name)}`,
        );
        sequences.push({
          name,
          lastValue: rows[0]?.last_value ?? '1',
          isCalled: rows[0]?.is_called ?? false,
        });
      }

      const shas = tables.some((t) => t.name === 'files')
        ? (await client.query<{ sha256: string }>('select distinct sha256 from files order by sha256')).rows
        : [];
      blobs = shas.map(({ sha256 }) => {
        const stored = blobPath(input.dataDir, sha256);
        if (!fs.existsSync(stored)) throw new Error(`the uploaded file ${sha256} is missing from ${stored}`);
        return { sha256, size: fs.statSync(stored).size };
      });
      await client.query('commit');

      manifest = {
        format: FORMAT,
        formatVersion: FORMAT_VERSION,
        createdAt: new Date().toISOString(),
        motcuaVersion: input.version,
        serverVersion,
        migrations,
        tables,
        sequences,
        files: { count: blobs.length, bytes: blobs.reduce((n, b) => n + b.size, 0) },
      };
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }

    const gzip = zlib.createGzip();
    const written = pipeline(gzip, fs.createWriteStream(partial, { mode: 0o600 }));
    try {
      const tar = new TarWriter(gzip);
      const json = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
      await tar.add(MANIFEST_ENTRY, json.length, json);
      for (const t of manifest.tables) {
        const file = path.join(work, `${t.name}.copy`);
        await tar.add(dataEntry(t.name), t.bytes, fs.createReadStream(file) as AsyncIterable<Buffer>);
        fs.rmSync(file);
      }
      for (const b of blobs) {
        await tar.add(fileEntry(b.sha256), b.size, verifiedBlob(blobPath(input.dataDir, b.sha256), b.sha256));
      }
      await tar.finish();
      gzip.end();
      await written;
    } catch (error) {
      gzip.destroy(error as Error);
      await written.catch(() => {});
      throw error;
    }
    fs.renameSync(partial, target);
    return manifest;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
