// Starts motcua for browser tests: a fresh copy of the demo database, a free port, the built web app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../../src/server/config.ts';
import { startServer as start } from '../../src/server/server.ts';
import { createTestDatabase } from './test-database.ts';

/** `env` adds settings to the defaults below, e.g. `SMTP_URL` for a journey that checks the emails. */
export async function startServer(
  env: Record<string, string> = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const database = await createTestDatabase();
  await database.close();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-browser-'));
  const config = readConfig({
    DATABASE_URL: database.url,
    MOTCUA_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...env,
  });
  const server = await start(config, { demo: false, logger: false });
  return {
    url: server.url.replace('localhost', '127.0.0.1'),
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
