// Validates a whole catalog file and reports every error with its row and column, before anything
// is written: a bad file changes nothing.
import { CatalogFile } from '../../../domain/catalog/schema.ts';
import type { Db } from '../../db/database.ts';

export interface RowError {
  /** 1-based: the procedure's position in a JSON file, or its line in a CSV file; 0 for the file. */
  row: number;
  column: string;
  message: string;
}

export type ValidationResult = { ok: true; catalog: CatalogFile } | { ok: false; errors: RowError[] };

/** `lines[i]` is the source row of procedure i (CSV); JSON rows count procedures from 1. */
export async function validateCatalog(db: Db, input: unknown, lines?: number[]): Promise<ValidationResult> {
  const rowOf = (section: string, index: number) =>
    section === 'procedures' ? (lines?.[index] ?? index + 1) : index + 1;
  const parsed = CatalogFile.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const [section, index, ...rest] = issue.path;
        return typeof index === 'number'
          ? {
              row: rowOf(String(section), index),
              column: rest.join('.') || String(section),
              message: issue.message,
            }
          : { row: 0, column: issue.path.join('.'), message: issue.message };
      }),
    };
  }
  const catalog = parsed.data;
  const errors: RowError[] = [];
  const [levels, units, dbFields] = await Promise.all([
    db.selectFrom('unit_levels').select('code').execute(),
    db.selectFrom('units').select(['code', 'level']).execute(),
    db.selectFrom('fields').select('code').execute(),
  ]);
  const levelCodes = new Set(levels.map((l) => l.code));
  const unitLevels = new Map(units.map((u) => [u.code, u.level]));
  const fieldCodes = new Set([...dbFields.map((f) => f.code), ...catalog.fields.map((f) => f.code)]);
  const seenFields = new Set<string>();
  catalog.fields.forEach((f, i) => {
    if (seenFields.has(f.code))
      errors.push({ row: i + 1, column: 'fields.code', message: `duplicate field ${f.code}` });
    seenFields.add(f.code);
  });
  const seen = new Map<string, number>();
  catalog.procedures.forEach((p, i) => {
    const row = rowOf('procedures', i);
    const err = (column: string, message: string) => errors.push({ row, column, message });
    const first = seen.get(p.code);
    if (first !== undefined) err('code', `duplicate procedure code ${p.code} (also row ${first})`);
    else seen.set(p.code, row);
    if (!fieldCodes.has(p.fieldCode)) err('fieldCode', `unknown field ${p.fieldCode}`);
    if (!levelCodes.has(p.level)) err('level', `unknown level ${p.level}`);
    if (p.receivingLevel !== undefined && !levelCodes.has(p.receivingLevel)) {
      err('receivingLevel', `unknown level ${p.receivingLevel}`);
    }
    if (p.onlineProcessingTime !== undefined && p.onlineProcessingTime > p.processingTime) {
      err('onlineProcessingTime', 'must not be longer than processingTime');
    }
    const docCodes = new Set<string>();
    p.documents.forEach((d, j) => {
      if (docCodes.has(d.code)) err(`documents.${j}.code`, `duplicate document code ${d.code}`);
      docCodes.add(d.code);
    });
    for (const code of p.unitCodes ?? []) {
      const level = unitLevels.get(code);
      if (level === undefined) err('unitCodes', `unknown unit ${code}`);
      else if (level !== (p.receivingLevel ?? p.level)) {
        err(
          'unitCodes',
          `unit ${code} is at level ${level}, the procedure is received at ${p.receivingLevel ?? p.level}`,
        );
      }
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, catalog };
}
