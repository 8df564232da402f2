// Starts motcua: database (embedded or external), migrations, base and demo data, HTTP server;
// stops it all cleanly.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { CalendarCache } from './features/calendar/calendar-cache.ts';
import { LookupCache } from './features/citizen/lookup-cache.ts';
import { OutboxWorker, smtpMailer } from './features/notifications/outbox-worker.ts';
import { startPeriodicJobs } from './features/notifications/periodic-jobs.ts';
import { buildApp } from './http/app.ts';
import type { AppContext } from './http/context.ts';
import { scrub } from './http/logging.ts';
import { ensureBaseData } from './seed/base-data.ts';
import { seedDemo } from './seed/seed-demo.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const VERSION: string = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

export function createContext(config: Config, handle: DatabaseHandle): AppContext {
  return {
    db: handle.db,
    pool: handle.pool,
    config,
    databaseKind: handle.kind,
    version: VERSION,
    calendars: new CalendarCache(handle.db),
    lookups: new LookupCache(handle.pool),
  };
}

/** How long a shutdown waits for requests in flight (a large upload, a report) before cutting them. */
export const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  options: { demo?: boolean; logger?: boolean; webDir?: string } = {},
): Promise<RunningServer> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    shareRunning: false,
  });
  try {
    await ensureBaseData(database.db);
    if (options.demo !== false) await seedDemo(database.db);
    const app = await buildApp(createContext(config, database), {
      ...(options.logger === false ? { logger: false } : {}),
      ...(options.webDir ? { webDir: options.webDir } : {}),
    });
    await app.listen({ port: config.port, host: config.host });
    const ctx = app.motcua;
    const worker = new OutboxWorker({
      db: database.db,
      calendars: ctx.calendars,
      mailer: config.smtpUrl ? smtpMailer(config.smtpUrl) : null,
      publicUrl: config.publicUrl,
      from: config.mailFrom,
      log: (m) => app.log.warn(scrub(m)), // a mail server's refusal quotes the address
    });
    worker.start();
    const stopJobs = startPeriodicJobs({
      db: database.db,
      calendars: ctx.calendars,
      dataDir: config.dataDir,
      log: (m) => app.log.warn(scrub(m)), // a mail server's refusal quotes the address
    });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    let closing: Promise<void> | undefined;
    return {
      app,
      database,
      url: `http://localhost:${port}`,
      close() {
        closing ??= (async () => {
          // Stop accepting and let the requests in flight finish, for a while: then cut them.
          const force = setTimeout(() => {
            app.log.warn(`requests still running after ${SHUTDOWN_GRACE_MS} ms: closing their connections`);
            app.server.closeAllConnections();
          }, SHUTDOWN_GRACE_MS);
          try {
            await app.close();
          } finally {
            clearTimeout(force);
          }
          // Then nothing new is queued or sent, and the database goes last.
          stopJobs();
          await worker.stop();
          await database.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
