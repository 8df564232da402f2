// Work nobody asks for by a request: remind assignees of dossiers due within one working day, and
// remove uploads that no dossier took within a day. Safe to run in several processes at once.
import fs from 'node:fs';
import { sql } from 'kysely';
import { addWorkingDays } from '../../../domain/calendar/index.ts';
import type { Db } from '../../db/database.ts';
import { sealAuditLog } from '../audit/audit-log.ts';
import type { CalendarCache } from '../calendar/calendar-cache.ts';
import { blobPath } from '../files/file-store.ts';
import { foldStatsDeltas } from '../stats/stats-counters.ts';

/** Writes one 'staff.due-soon' outbox row per assigned open dossier due within a working day. */
export async function remindDueSoon(db: Db, calendars: CalendarCache, now = new Date()): Promise<number> {
  const units = await db
    .selectFrom('dossiers')
    .select('resolving_unit_id')
    .distinct()
    .where('status', 'in', ['received', 'in_progress'])
    .where('assignee_id', 'is not', null)
    .where('due_reminded_at', 'is', null)
    .execute();
  let written = 0;
  for (const { resolving_unit_id } of units) {
    const horizon = addWorkingDays(await calendars.getForUnit(resolving_unit_id), now, 1);
    const rows = await db.transaction().execute(async (tx) => {
      const due = await tx
        .updateTable('dossiers')
        .set({ due_reminded_at: now })
        .where('resolving_unit_id', '=', resolving_unit_id)
        .where('status', 'in', ['received', 'in_progress'])
        .where('assignee_id', 'is not', null)
        .where('due_reminded_at', 'is', null)
        .where('due_at', '<=', horizon)
        .returning(['id', 'code', 'assignee_id'])
        .execute();
      if (due.length > 0) {
        await tx
          .insertInto('outbox')
          .values(
            due.map((d) => ({
              kind: 'email',
              topic: 'staff.due-soon',
              dossier_id: d.id,
              payload: JSON.stringify({ code: d.code, userId: d.assignee_id }),
            })),
          )
          .execute();
      }
      return due.length;
    });
    written += rows;
  }
  return written;
}

/** Deletes uploads older than a day that no dossier refers to, and their bytes when unshared. */
export async function removeUnattachedFiles(db: Db, dataDir: string, olderThanHours = 24): Promise<number> {
  const removed = await db
    .deleteFrom('files')
    .where('attached_at', 'is', null)
    .where('created_at', '<', sql<Date>`now() - make_interval(hours => ${olderThanHours})`)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('dossier_documents as dd').select('dd.id').whereRef('dd.file_id', '=', 'files.id'),
        ),
      ),
    )
    .returning('sha256')
    .execute();
  for (const sha256 of new Set(removed.map((r) => r.sha256))) {
    const still = await db.selectFrom('files').select('id').where('sha256', '=', sha256).executeTakeFirst();
    if (!still) fs.rmSync(blobPath(dataDir, sha256), { force: true });
  }
  return removed.length;
}

/** Runs both jobs now and every `everyMs`; answers a stop function. */
export function startPeriodicJobs(
  o: { db: Db; calendars: CalendarCache; dataDir: string; log: (m: string) => void },
  everyMs = 10 * 60_000,
): () => void {
  const run = () => {
    Promise.all([remindDueSoon(o.db, o.calendars), removeUnattachedFiles(o.db, o.dataDir)]).catch(
      (error: unknown) => o.log(`periodic jobs: ${(error as Error).message}`),
    );
  };
  const seal = () => {
    sealAuditLog(o.db).catch((error: unknown) => o.log(`audit sealing: ${(error as Error).message}`));
  };
  const sealer = setInterval(seal, 5_000);
  sealer.unref();
  // Statistics deltas are folded before every report too; this keeps the table of deltas short.
  let folding = false;
  const fold = () => {
    if (folding) return;
    folding = true;
    foldStatsDeltas(o.db)
      .catch((error: unknown) => o.log(`statistics fold: ${(error as Error).message}`))
      .finally(() => {
        folding = false;
      });
  };
  const folder = setInterval(fold, 1_000);
  folder.unref();
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(sealer);
    clearInterval(folder);
    clearInterval(timer);
  };
}
