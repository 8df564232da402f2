// Online submission (API.md POST /api/dossiers): the citizen submits with uploaded scans; the
// dossier waits in the receiving unit's "to receive" list; the code and lookup key are answered
// once and emailed.
import { z } from 'zod';
import { Applicant } from '../../../domain/dossier/applicant.ts';
import type { Db } from '../../db/database.ts';
import { AppError, BadRequestError } from '../../http/problem.ts';
import type { CalendarCache } from '../calendar/calendar-cache.ts';
import { DocumentRefs } from '../dossiers/actions/action-schemas.ts';
import { prepareNewDossier, writeNewDossier } from '../dossiers/create-dossier.ts';
import { dossierDueAt } from '../dossiers/dossier-deadlines.ts';

export const MAX_DOSSIER_BYTES = 50 * 1024 * 1024;

export const OnlineSubmission = z.strictObject({
  procedureId: z.number().int().min(1).max(2_147_483_647),
  unitId: z.number().int().min(1).max(2_147_483_647),
  applicant: Applicant,
  documents: DocumentRefs.min(1),
  note: z.string().trim().max(2000).optional(),
});
export type OnlineSubmission = z.infer<typeof OnlineSubmission>;

export async function submitDossier(input: {
  db: Db;
  calendars: CalendarCache;
  body: OnlineSubmission;
  now?: Date;
}) {
  const { db, calendars, body } = input;
  const now = input.now ?? new Date();
  const missingFile = body.documents.findIndex((d) => !d.fileId);
  if (missingFile >= 0) {
    throw new BadRequestError('Every document of an online submission needs its uploaded file.', [
      { path: `body.documents.${missingFile}.fileId`, message: 'is required online' },
    ]);
  }
  return db.connection().execute(async (conn) => {
    const procedure = await conn
      .selectFrom('procedures')
      .select(['online_level'])
      .where('id', '=', body.procedureId)
      .executeTakeFirst();
    if (procedure && procedure.online_level === 'none') {
      throw new BadRequestError('This procedure cannot be submitted online; please come to the counter.', [
        { path: 'body.procedureId', message: 'not offered online' },
      ]);
    }
    const fileIds = body.documents.flatMap((d) => (d.fileId ? [d.fileId] : []));
    const size = await conn
      .selectFrom('files')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('size'), eb.lit(0)).as('total'))
      .where('id', 'in', fileIds)
      .executeTakeFirstOrThrow();
    if (Number(size.total) > MAX_DOSSIER_BYTES) {
      throw new AppError(
        413,
        'Payload too large',
        `The documents together exceed ${MAX_DOSSIER_BYTES / 1024 / 1024} MiB.`,
      );
    }
    const prepared = await prepareNewDossier(conn, calendars, {
      procedureId: body.procedureId,
      unitId: body.unitId,
      channel: 'online',
      applicant: body.applicant,
      documents: body.documents,
      now,
    });
    // Not a promise: the clock starts when an officer accepts. Shown as an estimate.
    const estimate = dossierDueAt(prepared.resolvingCalendar, prepared.procedure, 'online', now);
    const created = await writeNewDossier(conn, prepared, {
      status: 'submitted',
      fields: {},
      event: {
        action: 'submit',
        toStep: null,
        actor: null,
        note: body.note ?? null,
        data: { channel: 'online' },
      },
      topics: ['dossier.submitted'],
    });
    return { code: created.code, lookupKey: created.lookup_key, appointmentEstimate: estimate };
  });
}
