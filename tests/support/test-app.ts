// The Fastify app over a fresh test database, for API tests by injection (no port).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { readConfig } from '../../src/server/config.ts';
import { buildApp } from '../../src/server/http/app.ts';
import { createContext } from '../../src/server/server.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  dataDir: string;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-app-'));
  const config = readConfig({
    MOTCUA_DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    // Every injected request comes from one address: tests that sign many accounts in are not an attack.
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '100000',
    ...env,
  });
  const app = await buildApp(createContext(config, database), { logger: false, webDir: '/nonexistent' });
  await app.ready();
  return {
    app,
    dataDir,
    database,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in and answers the cookie and CSRF headers for later requests. */
export async function signIn(app: FastifyInstance, username: string, password = 'motcua-demo-2026') {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (login.statusCode !== 200)
    throw new Error(`sign-in of ${username} failed: ${login.statusCode} ${login.body}`);
  const cookie = login.cookies.find((c) => c.name === 'motcua_session');
  if (!cookie) throw new Error('no session cookie');
  const headers = { cookie: `motcua_session=${cookie.value}` };
  const csrf = await app.inject({ method: 'GET', url: '/api/auth/csrf', headers });
  return { ...headers, 'x-csrf-token': (csrf.json() as { token: string }).token };
}
