// `motcua audit verify`: seals what is not sealed yet, then recomputes the whole hash chain.
import type { Config } from '../config.ts';
import { sealAuditLog, verifyAuditLog } from '../features/audit/audit-log.ts';
import { withDatabase } from './commands.ts';
import { UsageError } from './usage-error.ts';

export async function auditCommand(config: Config, sub: string | undefined): Promise<number> {
  if (sub !== 'verify') throw new UsageError('usage: motcua audit verify');
  const result = await withDatabase(config, async (h) => {
    while ((await sealAuditLog(h.db)) > 0) {}
    return verifyAuditLog(h.db);
  });
  if (result.ok) {
    console.log(`audit log intact: ${result.entries} entries, every hash and link checked`);
    return 0;
  }
  console.error(
    `audit log BROKEN at entry ${result.brokenAt}: ${result.reason} (${result.entries} entries before it are intact)`,
  );
  return 1;
}
