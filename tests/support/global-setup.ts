// Once per test project: a PostgreSQL server (embedded in a throwaway folder, or TEST_DATABASE_URL)
// holding a migrated template database with the demo data; each test file copies it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureWebBuilt } from '../../src/server/cli/web-build.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { startEmbeddedPostgres } from '../../src/server/db/embedded.ts';
import { seedDemo } from '../../src/server/seed/seed-demo.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
    templateDatabase: string;
    pgLane: 'embedded' | 'external';
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  // A project's `env` reaches its test workers, not this setup: go by the project's name.
  if (project.name === 'browser') ensureWebBuilt();
  const mode = project.name === 'api-external' ? 'external' : 'embedded';
  let serverUrl: string;
  let stopServer = async () => {};
  let dir: string | undefined;
  if (mode === 'external') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    serverUrl = url;
  } else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-test-'));
    fs.chmodSync(dir, 0o755); // PostgreSQL runs as another user when the tests run as root
    const running = await startEmbeddedPostgres({ dir: path.join(dir, 'pg') });
    serverUrl = running.url;
    stopServer = () => running.stop();
  }
  const template = `motcua_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const handle = await openDatabase({
    databaseUrl: withDatabase(serverUrl, template),
    dataDir: '/nonexistent',
  });
  await seedDemo(handle.db);
  await handle.close();

  project.provide('pgServerUrl', serverUrl);
  project.provide('templateDatabase', template);
  project.provide('pgLane', mode);

  return async () => {
    // Drop what this run created on a shared server; an embedded one goes with its folder.
    if (mode === 'external') {
      const dbs = await admin.query<{ datname: string }>(
        "select datname from pg_database where datname like 'motcua_t%' and datname like $1",
        [`%${process.pid}%`],
      );
      for (const { datname } of dbs.rows)
        await admin.query(`drop database if exists ${datname} with (force)`);
    }
    await admin.end();
    await stopServer();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}
