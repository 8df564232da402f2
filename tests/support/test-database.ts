// A fresh database for one test file: a copy of the migrated, demo-seeded template.
import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { createPool, type DatabaseHandle } from '../../src/server/db/database.ts';
import type { Database } from '../../src/server/db/schema.ts';

export function databaseUrl(database: string): string {
  const u = new URL(inject('pgServerUrl'));
  u.pathname = `/${database}`;
  return u.toString();
}

export interface TestDatabase extends DatabaseHandle {
  url: string;
  name: string;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject('templateDatabase');
  // The name carries the template's (and so the run's) id, so teardown finds it on a shared server.
  const name = `${template.replace('motcua_tpl_', 'motcua_t_')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: inject('pgServerUrl') });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(name);
  const pool = createPool(url, 10);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    url,
    name,
    kind: 'external',
    async close() {
      await db.destroy();
    },
  };
}
