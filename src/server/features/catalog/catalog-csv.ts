// The catalog as CSV, one procedure a row, for officials who keep it in a spreadsheet. Lists are
// separated by " | "; fees, documents and steps are JSON arrays in their cells.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { CatalogFile } from '../../../domain/catalog/schema.ts';
import type { RowError } from './validate-catalog.ts';

export const CSV_COLUMNS = [
  'code',
  'name',
  'nameEn',
  'fieldCode',
  'fieldName',
  'fieldNameEn',
  'level',
  'receivingLevel',
  'processingTime',
  'processingTimeUnit',
  'onlineProcessingTime',
  'onlineLevel',
  'applicantTypes',
  'resultType',
  'legalBasis',
  'fees',
  'documents',
  'steps',
  'unitCodes',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

const LIST_SEPARATOR = ' | ';

export function catalogToCsv(catalog: CatalogFile): string {
  const fieldsByCode = new Map(catalog.fields.map((f) => [f.code, f]));
  const rows = catalog.procedures.map((p) => {
    const row: Record<Column, string> = {
      code: p.code,
      name: p.name,
      nameEn: p.nameEn ?? '',
      fieldCode: p.fieldCode,
      fieldName: fieldsByCode.get(p.fieldCode)?.name ?? '',
      fieldNameEn: fieldsByCode.get(p.fieldCode)?.nameEn ?? '',
      level: p.level,
      receivingLevel: p.receivingLevel ?? '',
      processingTime: String(p.processingTime),
      processingTimeUnit: p.processingTimeUnit,
      onlineProcessingTime: p.onlineProcessingTime === undefined ? '' : String(p.onlineProcessingTime),
      onlineLevel: p.onlineLevel,
      applicantTypes: p.applicantTypes.join(LIST_SEPARATOR),
      resultType: p.resultType,
      legalBasis: p.legalBasis.join(LIST_SEPARATOR),
      fees: JSON.stringify(p.fees),
      documents: JSON.stringify(p.documents),
      steps: JSON.stringify(p.steps),
      unitCodes: p.unitCodes?.join(LIST_SEPARATOR) ?? '',
    };
    return CSV_COLUMNS.map((c) => row[c]);
  });
  // A byte-order mark so that Excel opens the Vietnamese text as UTF-8.
  return `\uFEFF${stringify([Array.from(CSV_COLUMNS), ...rows])}`;
}

/**
 * Reads a catalog CSV into the JSON shape, without validating values (the shared validator does);
 * answers the errors it can already see (unknown or missing columns, broken JSON cells) with line
 * numbers, and each procedure's source line for later messages.
 */
export function csvToCatalog(text: string): { catalog: unknown; lines: number[]; errors: RowError[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    return {
      catalog: { fields: [], procedures: [] },
      lines: [],
      errors: [{ row: 0, column: '', message: (error as Error).message }],
    };
  }
  const errors: RowError[] = [];
  const header = (records[0] ?? []).map((h) => h.trim());
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  for (const h of unknown) errors.push({ row: 1, column: h, message: 'unknown column' });
  for (const required of [
    'code',
    'name',
    'fieldCode',
    'level',
    'processingTime',
    'processingTimeUnit',
  ] as const) {
    if (!header.includes(required)) errors.push({ row: 1, column: required, message: 'missing column' });
  }
  if (errors.length > 0) return { catalog: { fields: [], procedures: [] }, lines: [], errors };

  const fields = new Map<string, { code: string; name: string; nameEn?: string }>();
  const procedures: Record<string, unknown>[] = [];
  const lines: number[] = [];
  records.slice(1).forEach((record, index) => {
    const line = index + 2;
    if (record.length !== header.length) {
      errors.push({
        row: line,
        column: '',
        message: `has ${record.length} cells, the header has ${header.length}`,
      });
      return;
    }
    const cell = (c: Column) => record[header.indexOf(c)]?.trim() ?? '';
    const list = (c: Column) =>
      cell(c)
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean);
    const json = (c: Column) => {
      if (cell(c) === '') return [];
      try {
        return JSON.parse(cell(c)) as unknown;
      } catch {
        errors.push({ row: line, column: c, message: 'is not a JSON array' });
        return [];
      }
    };
    const number = (c: Column) => (cell(c) === '' ? undefined : Number(cell(c).replace(',', '.')));
    if (cell('fieldCode') && cell('fieldName')) {
      const field = { code: cell('fieldCode'), name: cell('fieldName') };
      fields.set(cell('fieldCode'), cell('fieldNameEn') ? { ...field, nameEn: cell('fieldNameEn') } : field);
    }
    const p: Record<string, unknown> = {
      code: cell('code'),
      name: cell('name'),
      fieldCode: cell('fieldCode'),
      level: cell('level'),
      processingTime: number('processingTime'),
      processingTimeUnit: cell('processingTimeUnit'),
      onlineLevel: cell('onlineLevel'),
      applicantTypes: list('applicantTypes'),
      resultType: cell('resultType'),
      legalBasis: list('legalBasis'),
      fees: json('fees'),
      documents: json('documents'),
      steps: json('steps'),
    };
    if (cell('nameEn')) p.nameEn = cell('nameEn');
    if (cell('receivingLevel')) p.receivingLevel = cell('receivingLevel');
    if (cell('onlineProcessingTime')) p.onlineProcessingTime = number('onlineProcessingTime');
    if (cell('unitCodes')) p.unitCodes = list('unitCodes');
    procedures.push(p);
    lines.push(line);
  });
  return {
    catalog: { fields: [...fields.values()], procedures },
    lines,
    errors,
  };
}
