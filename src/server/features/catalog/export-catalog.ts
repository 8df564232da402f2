// Reads the whole catalog back into the import file shape (a round trip changes nothing).
import type { CatalogFile, CatalogProcedure } from '../../../domain/catalog/schema.ts';
import type { Db } from '../../db/database.ts';

export async function exportCatalog(db: Db): Promise<CatalogFile> {
  const [fields, procedures, documents, steps, offerings, levelCounts] = await Promise.all([
    db.selectFrom('fields').select(['code', 'name', 'name_en']).orderBy('code').execute(),
    db
      .selectFrom('procedures as p')
      .innerJoin('fields as f', 'f.id', 'p.field_id')
      .selectAll('p')
      .select('f.code as field_code')
      .orderBy('p.code')
      .execute(),
    db.selectFrom('procedure_documents').selectAll().orderBy('procedure_id').orderBy('position').execute(),
    db.selectFrom('procedure_steps').selectAll().orderBy('procedure_id').orderBy('position').execute(),
    db
      .selectFrom('unit_procedures as up')
      .innerJoin('units as u', 'u.id', 'up.unit_id')
      .select(['up.procedure_id', 'u.code', 'u.level'])
      .orderBy('u.code')
      .execute(),
    db
      .selectFrom('units')
      .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('level')
      .execute(),
  ]);
  const unitsAtLevel = new Map(levelCounts.map((l) => [l.level, Number(l.n)]));
  const group = <T extends { procedure_id: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const r of rows) map.set(r.procedure_id, [...(map.get(r.procedure_id) ?? []), r]);
    return map;
  };
  const docsBy = group(documents);
  const stepsBy = group(steps);
  const unitsBy = group(offerings);
  return {
    fields: fields.map((f) => ({ code: f.code, name: f.name, ...(f.name_en ? { nameEn: f.name_en } : {}) })),
    procedures: procedures.map((p): CatalogProcedure => {
      const receivingLevel = p.receiving_level ?? p.level;
      const offered = unitsBy.get(p.id) ?? [];
      // Offered by exactly every unit of its receiving level: leave unitCodes out, as the file had it.
      const everyUnit =
        offered.length === (unitsAtLevel.get(receivingLevel) ?? 0) &&
        offered.every((u) => u.level === receivingLevel);
      return {
        code: p.code,
        name: p.name,
        ...(p.name_en ? { nameEn: p.name_en } : {}),
        fieldCode: p.field_code,
        level: p.level,
        ...(p.receiving_level ? { receivingLevel: p.receiving_level } : {}),
        processingTime: Number(p.processing_time),
        processingTimeUnit: p.processing_time_unit,
        ...(p.online_processing_time !== null
          ? { onlineProcessingTime: Number(p.online_processing_time) }
          : {}),
        fees: p.fees,
        documents: (docsBy.get(p.id) ?? []).map((d) => ({
          code: d.code,
          name: d.name,
          originals: d.originals,
          copies: d.copies,
          required: d.required,
          ...(d.note ? { note: d.note } : {}),
        })),
        onlineLevel: p.online_level,
        applicantTypes: p.applicant_types as CatalogProcedure['applicantTypes'],
        resultType: p.result_type,
        legalBasis: p.legal_basis,
        steps: (stepsBy.get(p.id) ?? []).map((s) => ({
          name: s.name,
          role: s.role as CatalogProcedure['steps'][number]['role'],
          ...(s.department ? { department: s.department } : {}),
          hours: Number(s.hours),
          ...(s.at_unit ? { at: s.at_unit } : {}),
        })),
        ...(everyUnit ? {} : { unitCodes: offered.map((u) => u.code) }),
      };
    }),
  };
}
