// What every new dossier needs, online or at the counter: a resolving unit, a code from the
// receiving unit's daily sequence, a lookup key, and the first event.
import { randomInt } from 'node:crypto';
import { localDate } from '../../../domain/calendar/index.ts';
import type { Applicant } from '../../../domain/dossier/applicant.ts';
import { formatDossierCode } from '../../../domain/dossier/dossier-code.ts';
import { foldVietnamese } from '../../../domain/text/fold.ts';
import { BadRequestError } from '../../http/problem.ts';
import type { CalendarCache } from '../calendar/calendar-cache.ts';
import type { DocumentRef } from './actions/action-schemas.ts';
import { attachDocuments, missingRequiredComponents } from './dossier-documents.ts';
import { findProcedureForDossier, nextSequence, type Tx } from './dossier-repository.ts';

// Crockford's base32: no I, L, O or U to misread when typed from a printed slip.
const KEY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newLookupKey(): string {
  let key = '';
  for (let i = 0; i < 16; i++) key += KEY_ALPHABET[randomInt(KEY_ALPHABET.length)];
  return key;
}

/**
 * The unit that resolves a procedure received at `unitId`: the unit itself, or, for an inter-level
 * procedure (liên thông), its ancestor at the procedure's level. 400 when the unit does not offer it.
 */
export async function resolveUnits(tx: Tx, procedureId: number, unitId: number) {
  const procedure = await findProcedureForDossier(tx, procedureId);
  const offered = procedure
    ? await tx
        .selectFrom('unit_procedures')
        .select('unit_id')
        .where('unit_id', '=', unitId)
        .where('procedure_id', '=', procedureId)
        .executeTakeFirst()
    : undefined;
  if (!procedure || !offered) {
    throw new BadRequestError('This unit does not offer that procedure.', [
      { path: 'body.procedureId', message: 'not offered at this unit' },
    ]);
  }
  const unit = await tx
    .selectFrom('units')
    .select(['id', 'code', 'level', 'path'])
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  let resolvingUnitId = unit.id;
  if (unit.level !== procedure.level) {
    const ancestor = await tx
      .selectFrom('units')
      .select('id')
      .where('id', 'in', unit.path)
      .where('level', '=', procedure.level)
      .executeTakeFirst();
    if (!ancestor) {
      throw new BadRequestError(`No unit at level ${procedure.level} above this one resolves it.`, [
        { path: 'body.procedureId', message: 'no resolving unit' },
      ]);
    }
    resolvingUnitId = ancestor.id;
  }
  return { procedure, unit, resolvingUnitId };
}

export type ResolvedProcedure = Awaited<ReturnType<typeof resolveUnits>>['procedure'];

export interface NewDossier {
  procedureId: number;
  unitId: number;
  channel: 'online' | 'counter' | 'post';
  applicant: Applicant;
  documents: DocumentRef[];
  now: Date;
}

/** Inserts the dossier row (status set by the caller's patch) and its documents; answers its id and code. */
export async function insertNewDossier(
  tx: Tx,
  calendars: CalendarCache,
  input: NewDossier,
  status: {
    status: 'submitted' | 'received';
    /** status-specific columns, computed once the procedure and resolving unit are known */
    fields: (c: {
      procedure: ResolvedProcedure;
      resolvingUnitId: number;
    }) => Promise<Record<string, unknown>>;
  },
) {
  const { procedure, unit, resolvingUnitId } = await resolveUnits(tx, input.procedureId, input.unitId);
  const missing = await missingRequiredComponents(tx, input.procedureId, input.documents);
  if (missing.length > 0) {
    throw new BadRequestError(
      `Required documents are missing: ${missing.map((m) => m.name).join('; ')}.`,
      missing.map((m) => ({
        path: 'body.documents',
        message: `missing required component ${m.id}: ${m.name}`,
      })),
    );
  }
  const duplicate = input.documents.find(
    (d, i) => input.documents.findIndex((o) => o.componentId === d.componentId) !== i,
  );
  if (duplicate) {
    throw new BadRequestError('A component is listed twice.', [
      { path: 'body.documents', message: `component ${duplicate.componentId} twice` },
    ]);
  }
  const receivingSpec = await calendars.getForUnit(unit.id, tx);
  const day = localDate(receivingSpec, input.now);
  const sequence = await nextSequence(tx, unit.id, day);
  const code = formatDossierCode(unit.code, day, sequence);
  const applicant = input.applicant;
  const row = await tx
    .insertInto('dossiers')
    .values({
      code,
      lookup_key: newLookupKey(),
      procedure_id: procedure.id,
      receiving_unit_id: unit.id,
      resolving_unit_id: resolvingUnitId,
      current_unit_id: unit.id,
      channel: input.channel,
      status: status.status,
      applicant: JSON.stringify(applicant),
      applicant_search: foldVietnamese(`${applicant.name} ${applicant.idNumber} ${applicant.phone}`),
      submitted_at: input.now,
      ...(await status.fields({ procedure, resolvingUnitId })),
    })
    .returning(['id', 'code', 'lookup_key'])
    .executeTakeFirstOrThrow();
  await attachDocuments(tx, {
    dossierId: row.id,
    procedureId: procedure.id,
    documents: input.documents,
    source: input.channel === 'online' ? 'online' : 'counter',
  });
  return { ...row, procedure, resolvingUnitId, sequence };
}
