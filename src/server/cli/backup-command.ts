// `motcua backup FILE` and `motcua restore FILE [--force]`: the database and the uploaded files in
// one archive (format: features/backup/backup-format.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { findRunningEmbeddedPostgres } from '../db/embedded.ts';
import { createBackup } from '../features/backup/create-backup.ts';
import { RestoreError, restoreBackup } from '../features/backup/restore-backup.ts';
import { VERSION } from '../server.ts';
import { UsageError } from './usage-error.ts';

const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;

/**
 * The database without migrating or seeding it: a backup copies it as it is, a restore fills it.
 * Beside a running motcua, its embedded PostgreSQL is shared (see openDatabase).
 */
function open(config: Config): Promise<Pick<DatabaseHandle, 'pool' | 'close'>> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrate: false });
}

export async function backupCommand(config: Config, file: string | undefined): Promise<number> {
  if (!file) throw new UsageError('usage: motcua backup FILE');
  if (!fs.existsSync(path.dirname(path.resolve(file))))
    throw new UsageError(`no folder ${path.dirname(path.resolve(file))}`);
  const handle = await open(config);
  try {
    const m = await createBackup({ pool: handle.pool, dataDir: config.dataDir, file, version: VERSION });
    const rows = m.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `backup written to ${file}: ${m.tables.length} tables, ${rows} rows, ${m.files.count} files (${mib(m.files.bytes)}), migration level ${m.migrations.at(-1) ?? 'none'}`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

export async function restoreCommand(
  config: Config,
  file: string | undefined,
  options: { force: boolean },
): Promise<number> {
  if (!file) throw new UsageError('usage: motcua restore FILE [--force]');
  if (!fs.existsSync(file)) throw new UsageError(`no file ${file}`);
  if (!config.databaseUrl && findRunningEmbeddedPostgres(path.join(config.dataDir, 'pg')))
    throw new UsageError('motcua is running on this data folder; stop it before restoring');
  const handle = await open(config);
  try {
    const r = await restoreBackup({ pool: handle.pool, dataDir: config.dataDir, file, force: options.force });
    const rows = r.manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `restored ${file} (taken ${r.manifest.createdAt}): ${r.manifest.tables.length} tables, ${rows} rows, ${r.files} files, every hash checked` +
        (r.migrated.length > 0 ? `; then applied ${r.migrated.join(', ')}` : ''),
    );
    return 0;
  } catch (error) {
    // Whatever failed, the transaction was rolled back and the files taken out again.
    const what = error instanceof RestoreError ? 'refused' : 'failed';
    console.error(`motcua: restore ${what}, nothing was changed: ${(error as Error).message}`);
    return 1;
  } finally {
    await handle.close();
  }
}
