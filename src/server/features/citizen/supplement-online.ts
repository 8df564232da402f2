// The applicant answers a supplement request from the lookup page: the documents join the dossier,
// the clock resumes with every deadline moved by the wait, and the dossier is back with the officer.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../../http/problem.ts';
import type { CalendarCache } from '../calendar/calendar-cache.ts';
import type { DocumentRef } from '../dossiers/actions/action-schemas.ts';
import { resumeAfterSupplement } from '../dossiers/actions/supplement-actions.ts';
import { attachDocuments } from '../dossiers/dossier-documents.ts';
import { findDossierRow } from '../dossiers/dossier-repository.ts';
import { applyStatsChange } from '../stats/apply-stats-change.ts';
import { keyMatches } from './lookup-dossier.ts';

export async function supplementOnline(input: {
  db: Db;
  calendars: CalendarCache;
  code: string;
  key: string;
  body: { documents: DocumentRef[]; note?: string | undefined };
  now?: Date;
}): Promise<void> {
  const now = input.now ?? new Date();
  const missingFile = input.body.documents.findIndex((d) => !d.fileId);
  if (missingFile >= 0) {
    throw new BadRequestError('Each document needs its uploaded file.', [
      { path: `body.documents.${missingFile}.fileId`, message: 'is required' },
    ]);
  }
  await input.db.transaction().execute(async (tx) => {
    const d = await findDossierRow(tx, input.code, { forUpdate: true });
    if (!d || !keyMatches(d.lookup_key, input.key))
      throw new NotFoundError('No dossier with that code and key.');
    if (d.status !== 'awaiting_supplement')
      throw new ConflictError('No documents are asked of this dossier now.');
    await attachDocuments(tx, {
      dossierId: d.id,
      procedureId: d.procedure_id,
      documents: input.body.documents,
      source: 'supplement',
    });
    const spec = await input.calendars.getForUnit(d.resolving_unit_id, tx);
    const resumed = resumeAfterSupplement(spec, d, now);
    await tx
      .updateTable('dossiers')
      .set({ ...resumed.patch, status: 'in_progress', version: sql`version + 1`, updated_at: now })
      .where('id', '=', d.id)
      .execute();
    // The deadline moved: the statistics' open-by-due-day counts move with it.
    await applyStatsChange(
      tx,
      d,
      { ...d, ...resumed.patch, status: 'in_progress' },
      { now, timeZone: spec.timeZone },
    );
    await tx
      .insertInto('dossier_events')
      .values({
        dossier_id: d.id,
        at: now,
        action: 'supplement-submitted',
        from_status: d.status,
        to_status: 'in_progress',
        from_step: d.step,
        to_step: d.step,
        from_unit_id: d.current_unit_id,
        to_unit_id: d.current_unit_id,
        actor_name: 'Người nộp hồ sơ',
        to_assignee_id: d.assignee_id,
        note: input.body.note ?? null,
        data: JSON.stringify({
          pausedWorkingMinutes: resumed.pausedWorkingMinutes,
          documents: input.body.documents.length,
        }),
        is_public: true,
      })
      .execute();
    if (d.assignee_id) {
      await tx
        .insertInto('outbox')
        .values({
          kind: 'email',
          topic: 'staff.supplement-received',
          dossier_id: d.id,
          payload: JSON.stringify({ code: d.code, userId: d.assignee_id }),
        })
        .execute();
    }
  });
}
