// The CLI's commands that run the server or change its database.
import type { Config } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { addUser } from '../features/users/add-user.ts';
import { ensureBaseData } from '../seed/base-data.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { startServer, VERSION } from '../server.ts';
import { UsageError } from './usage-error.ts';
import { ensureWebBuilt } from './web-build.ts';

export async function withDatabase<T>(config: Config, fn: (h: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await ensureBaseData(handle.db);
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

export async function startCommand(
  config: Config,
  options: { demo: boolean; build: boolean },
): Promise<number> {
  const startedAt = performance.now();
  if (options.build) ensureWebBuilt();
  const server = await startServer(config, { demo: options.demo });
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  server.app.log.info(
    `motcua ${VERSION} ready at ${server.url} (${server.database.kind} PostgreSQL, started in ${seconds} s)`,
  );
  return new Promise((resolve) => {
    const shutdown = (signal: string) => {
      server.app.log.info(`${signal}: shutting down`);
      server.close().then(
        () => resolve(0),
        (error: unknown) => {
          console.error(error);
          resolve(1);
        },
      );
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
}

export async function migrateCommand(config: Config): Promise<number> {
  // openDatabase applies pending migrations.
  await withDatabase(config, async () => {});
  console.log('migrations are up to date');
  return 0;
}

export async function seedCommand(config: Config): Promise<number> {
  const loaded = await withDatabase(config, (h) => seedDemo(h.db));
  console.log(loaded ? 'demo data loaded' : 'demo data was already loaded; nothing changed');
  return 0;
}

export async function userCommand(
  config: Config,
  values: { username?: string; password?: string; role?: string; unit?: string; 'full-name'?: string },
): Promise<number> {
  const missing = (['username', 'password', 'role', 'unit'] as const).filter((k) => !values[k]);
  if (missing.length > 0) throw new UsageError(`user add needs ${missing.map((m) => `--${m}`).join(', ')}`);
  const { id } = await withDatabase(config, (h) =>
    addUser({
      db: h.db,
      username: values.username ?? '',
      password: values.password ?? '',
      role: values.role ?? '',
      unitCode: values.unit ?? '',
      fullName: values['full-name'],
    }),
  );
  console.log(`user ${values.username} created (id ${id})`);
  return 0;
}
