// The lookup cache is never stale: two application processes on one database (two apps here,
// each with its own cache and listening connection), a change made through one, or behind both
// by SQL, is seen at once by the other.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterBody, findDemoProcedure } from '../../../../tests/support/factories.ts';
import { signIn } from '../../../../tests/support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import { readConfig } from '../../config.ts';
import { buildApp } from '../../http/app.ts';
import { createContext } from '../../server.ts';
import { LookupCache } from './lookup-cache.ts';

let database: TestDatabase;
let dataDir: string;
let first: FastifyInstance;
let second: FastifyInstance;

async function appOn(db: TestDatabase): Promise<FastifyInstance> {
  const config = readConfig({ MOTCUA_DATA_DIR: dataDir, DATABASE_URL: db.url });
  const app = await buildApp(createContext(config, db), { logger: false, webDir: '/nonexistent' });
  await app.ready();
  return app;
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-lookup-cache-'));
  first = await appOn(database);
  second = await appOn(database);
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await database?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function receive(): Promise<{ code: string; key: string }> {
  const procedure = await findDemoProcedure(database.db, { level: 'commune' });
  const headers = await signIn(first, 'tiepnhan.thachkiet');
  const res = await first.inject({
    method: 'POST',
    url: '/api/counter/dossiers',
    headers,
    payload: counterBody(procedure),
  });
  expect(res.statusCode).toBe(201);
  const { code } = res.json() as { code: string };
  const row = await database.db
    .selectFrom('dossiers')
    .select('lookup_key')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return { code, key: row.lookup_key };
}

const lookup = (app: FastifyInstance, code: string, key: string) =>
  app.inject({ method: 'GET', url: `/api/lookup/${encodeURIComponent(code)}?key=${key}` });

/** The other process hears of a change a moment after it commits; give it that moment. */
async function statusSeenBy(app: FastifyInstance, code: string, key: string, expected: string) {
  let last = '';
  for (let i = 0; i < 50; i++) {
    last = ((await lookup(app, code, key)).json() as { status: string }).status;
    if (last === expected) return last;
    await new Promise((r) => setTimeout(r, 20));
  }
  return last;
}

describe('the lookup cache', () => {
  it('answers from the cache the same text as from the database, and a wrong key the same 404', async () => {
    const { code, key } = await receive();
    const cache = second.motcua.lookups;
    const fresh = await lookup(second, code, key);
    expect(fresh.statusCode).toBe(200);
    expect(cache.get(code)).toBeDefined();
    const cached = await lookup(second, code, key);
    expect(cached.body).toBe(fresh.body);
    expect(cached.headers['content-type']).toBe(fresh.headers['content-type']);
    const wrong = await lookup(second, code, 'WRONGWRONGWRONG1');
    const unknown = await lookup(second, `${code}9`, key);
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('drops a dossier in every process when an action in one of them changes it', async () => {
    const { code, key } = await receive();
    expect((await lookup(second, code, key)).json()).toMatchObject({ status: 'received' });
    expect(second.motcua.lookups.get(code)).toBeDefined();
    const headers = await signIn(first, 'tiepnhan.thachkiet');
    const { version } = await database.db
      .selectFrom('dossiers')
      .select('version')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    const withdraw = await first.inject({
      method: 'POST',
      url: `/api/dossiers/${encodeURIComponent(code)}/actions/withdraw`,
      headers,
      payload: { version, reason: 'Người yêu cầu rút hồ sơ.' },
    });
    expect(withdraw.statusCode).toBe(200);
    expect(await statusSeenBy(second, code, key, 'withdrawn')).toBe('withdrawn');
  });

  it('drops a dossier changed behind the application, by SQL', async () => {
    const { code, key } = await receive();
    expect((await lookup(second, code, key)).json()).toMatchObject({ status: 'received' });
    await sql`update dossiers set status = 'in_progress', version = version + 1 where code = ${code}`.execute(
      database.db,
    );
    expect(await statusSeenBy(second, code, key, 'in_progress')).toBe('in_progress');
  });

  it('serves nothing from the cache while its listening connection is lost, and listens again', async () => {
    const { code, key } = await receive();
    const cache = second.motcua.lookups;
    await lookup(second, code, key);
    expect(cache.get(code)).toBeDefined();
    // Kill every listening backend: the notifications of the next change are lost with them.
    await sql`
      select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and query like 'listen %'`.execute(database.db);
    for (let i = 0; i < 50 && cache.isListening; i++) await new Promise((r) => setTimeout(r, 20));
    expect(cache.isListening).toBe(false);
    await sql`update dossiers set status = 'in_progress', version = version + 1 where code = ${code}`.execute(
      database.db,
    );
    expect(((await lookup(second, code, key)).json() as { status: string }).status).toBe('in_progress');
    for (let i = 0; i < 100 && !cache.isListening; i++) await new Promise((r) => setTimeout(r, 50));
    expect(cache.isListening).toBe(true);
  });
});

describe('LookupCache without a database', () => {
  it('does not keep a read that a change of its dossier overlapped, and keeps at most its size', () => {
    const cache = new LookupCache(null as never, 2);
    (cache as unknown as { listening: boolean }).listening = true;
    const ticket = cache.ticket('A');
    cache.evict('A'); // the change is heard while the read was on its way
    cache.keep('A', ticket, { lookupKey: 'K', json: '{}' });
    expect(cache.get('A')).toBeUndefined();
    for (const code of ['A', 'B', 'C']) cache.keep(code, cache.ticket(code), { lookupKey: 'K', json: code });
    expect(cache.size).toBe(2);
    expect(cache.get('A')).toBeUndefined();
    expect(cache.get('C')?.json).toBe('C');
  });
});
