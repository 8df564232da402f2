// Writes a validated catalog in one transaction: fields and procedures upserted by code, their
// documents, steps and offering units replaced.
import { sql } from 'kysely';
import type { CatalogFile } from '../../../domain/catalog/schema.ts';
import { foldVietnamese, normalizeText } from '../../../domain/text/fold.ts';
import type { Db } from '../../db/database.ts';
import { type RowError, validateCatalog } from './validate-catalog.ts';

export type ImportResult =
  | { ok: true; fields: number; procedures: number }
  | { ok: false; errors: RowError[] };

export async function importCatalog(input: {
  db: Db;
  catalog: unknown;
  lines?: number[];
  onProgress?: (done: number, total: number) => void;
}): Promise<ImportResult> {
  const checked = await validateCatalog(input.db, normalizeStrings(input.catalog), input.lines);
  if (!checked.ok) return checked;
  await writeCatalog(input.db, checked.catalog, input.onProgress);
  return { ok: true, fields: checked.catalog.fields.length, procedures: checked.catalog.procedures.length };
}

/** NFC everywhere, so the same Vietnamese words are stored and searched the same way. */
function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeStrings(v)]));
  }
  return value;
}

async function writeCatalog(
  db: Db,
  catalog: CatalogFile,
  onProgress?: (done: number, total: number) => void,
) {
  await db.transaction().execute(async (tx) => {
    for (const f of catalog.fields) {
      await tx
        .insertInto('fields')
        .values({ code: f.code, name: normalizeText(f.name), name_en: f.nameEn ?? null })
        .onConflict((oc) =>
          oc.column('code').doUpdateSet({ name: normalizeText(f.name), name_en: f.nameEn ?? null }),
        )
        .execute();
    }
    const fieldIds = new Map(
      (await tx.selectFrom('fields').select(['id', 'code']).execute()).map((f) => [f.code, f.id]),
    );
    let done = 0;
    for (const p of catalog.procedures) {
      const values = {
        code: p.code,
        name: normalizeText(p.name),
        name_en: p.nameEn ?? null,
        search_text: foldVietnamese(p.name),
        field_id: fieldIds.get(p.fieldCode) ?? -1,
        level: p.level,
        receiving_level: p.receivingLevel ?? null,
        processing_time: p.processingTime,
        processing_time_unit: p.processingTimeUnit,
        online_processing_time: p.onlineProcessingTime ?? null,
        fees: JSON.stringify(p.fees),
        online_level: p.onlineLevel,
        applicant_types: p.applicantTypes,
        result_type: p.resultType,
        legal_basis: p.legalBasis,
      };
      const { code: _, ...updates } = values;
      const { id } = await tx
        .insertInto('procedures')
        .values(values)
        .onConflict((oc) => oc.column('code').doUpdateSet({ ...updates, updated_at: sql`now()` }))
        .returning('id')
        .executeTakeFirstOrThrow();

      await tx
        .deleteFrom('procedure_documents')
        .where('procedure_id', '=', id)
        .where(
          'code',
          'not in',
          p.documents.map((d) => d.code),
        )
        .execute();
      if (p.documents.length > 0) {
        await tx
          .insertInto('procedure_documents')
          .values(
            p.documents.map((d, i) => ({
              procedure_id: id,
              position: i + 1,
              code: d.code,
              name: d.name,
              originals: d.originals,
              copies: d.copies,
              required: d.required,
              note: d.note ?? null,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['procedure_id', 'code']).doUpdateSet((eb) => ({
              position: eb.ref('excluded.position'),
              name: eb.ref('excluded.name'),
              originals: eb.ref('excluded.originals'),
              copies: eb.ref('excluded.copies'),
              required: eb.ref('excluded.required'),
              note: eb.ref('excluded.note'),
            })),
          )
          .execute();
      }

      await tx.deleteFrom('procedure_steps').where('procedure_id', '=', id).execute();
      await tx
        .insertInto('procedure_steps')
        .values(
          p.steps.map((s, i) => ({
            procedure_id: id,
            position: i + 1,
            name: s.name,
            role: s.role,
            department: s.department ?? null,
            hours: s.hours,
            at_unit: s.at ?? null,
          })),
        )
        .execute();

      await tx.deleteFrom('unit_procedures').where('procedure_id', '=', id).execute();
      let offering = tx.selectFrom('units').select((eb) => ['id as unit_id', eb.val(id).as('procedure_id')]);
      offering = p.unitCodes
        ? offering.where('code', 'in', p.unitCodes.length > 0 ? p.unitCodes : [''])
        : offering.where('level', '=', p.receivingLevel ?? p.level);
      await tx
        .insertInto('unit_procedures')
        .columns(['unit_id', 'procedure_id'])
        .expression(offering)
        .execute();

      done += 1;
      onProgress?.(done, catalog.procedures.length);
    }
  });
}
