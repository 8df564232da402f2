// Opens the database: the embedded PostgreSQL by default, or DATABASE_URL; migrates it.
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { findRunningEmbeddedPostgres, type RunningPostgres, startEmbeddedPostgres } from './embedded.ts';
import { migrate } from './migrate.ts';
import type { Database } from './schema.ts';

// `date` columns stay 'YYYY-MM-DD' strings: a calendar date has no time zone to shift.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// bigint counts (count(*)) fit in a JS number for anything motcua counts.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  pool: pg.Pool;
  kind: 'embedded' | 'external';
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  log?: (line: string) => void;
  poolSize?: number;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /**
   * When a running motcua already serves the embedded PostgreSQL of this data folder: true (the
   * default, for commands such as `user add` run beside the server) connects to it and leaves it
   * running; false (a second `start`) refuses.
   */
  shareRunning?: boolean;
}

export function createPool(url: string, max = 20): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000 });
  // An idle client's error (e.g. the server restarting) must not crash the process.
  pool.on('error', () => {});
  pool.on('connect', preparedStatements);
  return pool;
}

/** How many statements one connection keeps prepared; later ones are planned each time. */
const PREPARED_PER_CONNECTION = 1_000;

/**
 * Makes each connection prepare the parameterised statements it runs, once: PostgreSQL then plans
 * a statement the first times it is run and keeps its plan, instead of parsing and planning it
 * again for every request (the write of a reception, the view of a dossier and the report's
 * query are large). Statements are named per connection by their text; a connection prepares at
 * most PREPARED_PER_CONNECTION of them (texts that vary, like long IN lists, run unnamed after).
 */
function preparedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const names = new Map<string, string>();
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values, callback] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && callback === undefined) {
      let name = names.get(text);
      if (name === undefined && names.size < PREPARED_PER_CONNECTION) {
        name = `motcua_${names.size}`;
        names.set(text, name);
      }
      if (name !== undefined) return query({ name, text, values });
    }
    return query(...args);
  };
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  let embedded: RunningPostgres | undefined;
  let url = options.databaseUrl;
  const running = url ? undefined : findRunningEmbeddedPostgres(path.join(options.dataDir, 'pg'));
  if (running && options.shareRunning === false) {
    throw new Error(
      `Another motcua is running on ${path.resolve(options.dataDir)}; stop it first, or give this one its own MOTCUA_DATA_DIR.`,
    );
  }
  url ??= running;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dir: path.join(options.dataDir, 'pg'),
      ...(options.log ? { log: options.log } : {}),
    });
    url = embedded.url;
  }
  const pool = createPool(url, options.poolSize);
  try {
    if (options.migrate !== false) await migrate(pool);
  } catch (error) {
    await pool.end();
    await embedded?.stop();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    kind: embedded ? 'embedded' : 'external',
    async close() {
      await db.destroy(); // ends the pool, if Kysely ever used it
      if (!pool.ended) await pool.end(); // used only directly (backup, restore): would idle 30 s
      await embedded?.stop();
    },
  };
}
