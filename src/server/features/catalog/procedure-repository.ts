// SQL for the public procedure catalog: accent-insensitive ranked search and the full detail.
import { sql } from 'kysely';
import { foldVietnamese } from '../../../domain/text/fold.ts';
import type { Db } from '../../db/database.ts';
import { likeEscape } from '../../http/schemas.ts';

export interface ProcedureFilter {
  q?: string | undefined;
  unitId?: number | undefined;
  fieldId?: number | undefined;
  level?: string | undefined;
  online?: 'full' | 'partial' | 'none' | 'any' | undefined;
  page: number;
  pageSize: number;
}

export interface ProcedureListItem {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  fieldId: number;
  fieldName: string;
  level: string;
  receivingLevel: string | null;
  processingTime: number;
  processingTimeUnit: 'working_days' | 'calendar_days' | 'working_hours';
  onlineLevel: 'full' | 'partial' | 'none';
}

/**
 * Every word of `q` must appear in the folded name (or `q` is the procedure code). Ranking: the
 * whole name, then names starting with the phrase, then names containing the phrase as words, then
 * the rest; shorter names first within a rank, so "Đăng ký khai sinh" precedes its variants.
 */
export async function searchProcedures(
  db: Db,
  f: ProcedureFilter,
): Promise<{ items: ProcedureListItem[]; total: number }> {
  const folded = f.q ? foldVietnamese(f.q) : '';
  const words = folded.split(' ').filter(Boolean).slice(0, 12);
  let query = db
    .selectFrom('procedures as p')
    .innerJoin('fields as f', 'f.id', 'p.field_id')
    .select([
      'p.id',
      'p.code',
      'p.name',
      'p.name_en as nameEn',
      'p.field_id as fieldId',
      'f.name as fieldName',
      'p.level',
      'p.receiving_level as receivingLevel',
      sql<number>`p.processing_time::float8`.as('processingTime'),
      'p.processing_time_unit as processingTimeUnit',
      'p.online_level as onlineLevel',
      sql<number>`count(*) over ()`.as('total'),
    ]);
  if (words.length > 0) {
    const phrase = likeEscape(folded);
    query = query
      .where((eb) =>
        eb.or([
          eb('p.code', '=', f.q?.trim() ?? ''),
          eb.and(words.map((w) => eb('p.search_text', 'like', `%${likeEscape(w)}%`))),
        ]),
      )
      .orderBy(
        sql`case
          when p.search_text = ${folded} or p.code = ${f.q?.trim() ?? ''} then 0
          when p.search_text like ${`${phrase}%`} then 1
          when p.search_text like ${`% ${phrase}%`} then 2
          when p.search_text like ${`%${phrase}%`} then 3
          else 4 end`,
      )
      .orderBy(sql`length(p.search_text)`);
  }
  if (f.fieldId !== undefined) query = query.where('p.field_id', '=', f.fieldId);
  if (f.level !== undefined) {
    const level = f.level;
    query = query.where((eb) => eb.or([eb('p.level', '=', level), eb('p.receiving_level', '=', level)]));
  }
  if (f.online === 'any') query = query.where('p.online_level', 'in', ['full', 'partial']);
  else if (f.online !== undefined) query = query.where('p.online_level', '=', f.online);
  if (f.unitId !== undefined) {
    const unitId = f.unitId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('unit_procedures as up')
          .select(sql`1`.as('one'))
          .whereRef('up.procedure_id', '=', 'p.id')
          .where('up.unit_id', '=', unitId),
      ),
    );
  }
  const rows = await query
    .orderBy('p.search_text')
    .orderBy('p.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && f.page > 1) {
    // Past the last page: count without paging so the client still learns the total.
    total = (await searchProcedures(db, { ...f, page: 1, pageSize: 1 })).total;
  }
  return { items: rows.map(({ total: _, ...item }) => item), total };
}

export async function findProcedure(db: Db, id: number) {
  const p = await db
    .selectFrom('procedures as p')
    .innerJoin('fields as f', 'f.id', 'p.field_id')
    .select([
      'p.id',
      'p.code',
      'p.name',
      'p.name_en as nameEn',
      'f.id as fieldId',
      'f.code as fieldCode',
      'f.name as fieldName',
      'f.name_en as fieldNameEn',
      'p.level',
      'p.receiving_level as receivingLevel',
      sql<number>`p.processing_time::float8`.as('processingTime'),
      'p.processing_time_unit as processingTimeUnit',
      sql<number | null>`p.online_processing_time::float8`.as('onlineProcessingTime'),
      'p.fees',
      'p.online_level as onlineLevel',
      'p.applicant_types as applicantTypes',
      'p.result_type as resultType',
      'p.legal_basis as legalBasis',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!p) return undefined;
  const [documents, steps, units] = await Promise.all([
    db
      .selectFrom('procedure_documents')
      .select(['id', 'code', 'name', 'originals', 'copies', 'required', 'note'])
      .where('procedure_id', '=', id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('procedure_steps')
      .select([
        'position',
        'name',
        'role',
        'department',
        sql<number>`hours::float8`.as('hours'),
        'at_unit as at',
      ])
      .where('procedure_id', '=', id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('unit_procedures as up')
      .innerJoin('units as u', 'u.id', 'up.unit_id')
      .select(['u.id', 'u.code', 'u.name', 'u.level'])
      .where('up.procedure_id', '=', id)
      .orderBy('u.path')
      .execute(),
  ]);
  return { ...p, documents, steps, units };
}

export function listFields(db: Db) {
  return db
    .selectFrom('fields as f')
    .select([
      'f.id',
      'f.code',
      'f.name',
      'f.name_en as nameEn',
      sql<number>`(select count(*) from procedures p where p.field_id = f.id)::int`.as('procedureCount'),
    ])
    .orderBy('f.name')
    .execute();
}
