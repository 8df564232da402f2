// Applies the numbered SQL files of ./migrations in order, each in its own transaction, once.
// An advisory lock makes concurrent starts of several app processes safe.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 7_204_911; // arbitrary, stable: "motcua migrations"

/** The table of applied migrations (also created by a restore, before it replays them). */
export const CREATE_SCHEMA_MIGRATIONS = `create table if not exists schema_migrations (
  name text primary key,
  applied_at timestamptz not null default now()
)`;

export interface Migration {
  name: string;
  sql: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}-[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** Applies every pending migration; answers the names applied now. */
export async function migrate(pool: pg.Pool, migrations = listMigrations()): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(CREATE_SCHEMA_MIGRATIONS);
    const done = new Set(
      (await client.query<{ name: string }>('select name from schema_migrations')).rows.map((r) => r.name),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query('begin');
      try {
        await client.query(m.sql);
        await client.query('insert into schema_migrations (name) values ($1)', [m.name]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw new Error(`migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await client.query('select pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
    client.release();
  }
}

/** Names of migrations not yet applied (for readiness checks). */
export async function pendingMigrations(pool: pg.Pool, migrations = listMigrations()): Promise<string[]> {
  const exists = await pool.query<{ t: string | null }>("select to_regclass('schema_migrations')::text as t");
  if (!exists.rows[0]?.t) return migrations.map((m) => m.name);
  const done = new Set(
    (await pool.query<{ name: string }>('select name from schema_migrations')).rows.map((r) => r.name),
  );
  return migrations.filter((m) => !done.has(m.name)).map((m) => m.name);
}
