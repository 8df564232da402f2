import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.ts';
import { catalogToCsv, csvToCatalog } from './catalog-csv.ts';
import { exportCatalog } from './export-catalog.ts';
import { importCatalog } from './import-catalog.ts';

let d: TestDatabase;
beforeAll(async () => {
  d = await createTestDatabase();
});
afterAll(() => d.close());

const count = async () =>
  Number(
    (
      await d.db
        .selectFrom('procedures')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const validProcedure = (code: string, name: string) => ({
  code,
  name,
  fieldCode: 'TEST',
  level: 'commune',
  processingTime: 3,
  processingTimeUnit: 'working_days',
  documents: [{ code: 'to-khai', name: 'Tờ khai', originals: 1, copies: 0, required: true }],
  onlineLevel: 'full',
  applicantTypes: ['citizen'],
  resultType: 'Giấy xác nhận',
  legalBasis: ['Luật Hộ tịch 2014'],
  steps: [{ name: 'Tiếp nhận', role: 'reception', hours: 22.5 }],
});

describe('catalog import and export', () => {
  it('round-trips the demo catalog through JSON and CSV without changing it', async () => {
    const before = await exportCatalog(d.db);
    expect(before.procedures.length).toBeGreaterThanOrEqual(100);
    const again = await importCatalog({ db: d.db, catalog: before });
    expect(again).toMatchObject({ ok: true, procedures: before.procedures.length });
    expect(await exportCatalog(d.db)).toEqual(before);

    const csv = catalogToCsv(before);
    const parsed = csvToCatalog(csv);
    expect(parsed.errors).toEqual([]);
    const viaCsv = await importCatalog({ db: d.db, catalog: parsed.catalog, lines: parsed.lines });
    expect(viaCsv.ok).toBe(true);
    expect(await exportCatalog(d.db)).toEqual(before);
  });

  it('adds and updates procedures by code, NFC-normalising and indexing their names', async () => {
    const result = await importCatalog({
      db: d.db,
      catalog: {
        fields: [{ code: 'TEST', name: 'Lĩnh vực thử nghiệm' }],
        procedures: [validProcedure('9.000001', 'Xác nhận thử nghiệm'.normalize('NFD'))],
      },
    });
    expect(result.ok).toBe(true);
    const row = await d.db
      .selectFrom('procedures')
      .selectAll()
      .where('code', '=', '9.000001')
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('Xác nhận thử nghiệm'.normalize('NFC'));
    expect(row.search_text).toBe('xac nhan thu nghiem');
    const offered = await d.db
      .selectFrom('unit_procedures')
      .select('unit_id')
      .where('procedure_id', '=', row.id)
      .execute();
    const communes = await d.db.selectFrom('units').select('id').where('level', '=', 'commune').execute();
    expect(offered.length).toBe(communes.length);
  });

  it('reports every error of a bad JSON file with row and column, and changes nothing', async () => {
    const before = await exportCatalog(d.db);
    const total = await count();
    const result = await importCatalog({
      db: d.db,
      catalog: {
        fields: [{ code: 'TEST', name: 'Lĩnh vực thử nghiệm' }],
        procedures: [
          validProcedure('9.000002', 'Thủ tục hợp lệ'),
          { ...validProcedure('12345', 'Mã sai'), processingTime: -1 },
          { ...validProcedure('9.000003', 'Đơn vị lạ'), unitCodes: ['000.99.99.X00'] },
          { ...validProcedure('9.000004', 'Cấp lạ'), level: 'galaxy' },
          validProcedure('9.000002', 'Trùng mã'),
          { ...validProcedure('9.000005', 'Lĩnh vực lạ'), fieldCode: 'NOPE' },
        ],
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const zodErrors = result.errors.filter((e) => e.row === 2);
    expect(zodErrors.map((e) => e.column).sort()).toEqual(['code', 'processingTime']);
    // Schema errors come first; the semantic checks run on a schema-valid file.
    const second = await importCatalog({
      db: d.db,
      catalog: {
        fields: [{ code: 'TEST', name: 'Lĩnh vực thử nghiệm' }],
        procedures: [
          validProcedure('9.000002', 'Thủ tục hợp lệ'),
          { ...validProcedure('9.000003', 'Đơn vị lạ'), unitCodes: ['000.99.99.X00'] },
          { ...validProcedure('9.000004', 'Cấp lạ'), level: 'galaxy' },
          validProcedure('9.000002', 'Trùng mã'),
          { ...validProcedure('9.000005', 'Lĩnh vực lạ'), fieldCode: 'NOPE' },
        ],
      },
    });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: 'unitCodes' }),
        expect.objectContaining({ row: 3, column: 'level' }),
        expect.objectContaining({ row: 4, column: 'code' }),
        expect.objectContaining({ row: 5, column: 'fieldCode' }),
      ]),
    );
    expect(await count()).toBe(total);
    expect(await exportCatalog(d.db)).toEqual(before);
  });

  it('reports CSV errors by line and column', () => {
    const csv = [
      'code,name,fieldCode,level,processingTime,processingTimeUnit,colour',
      '9.000009,Tên,TEST,commune,3,working_days,red',
    ].join('\n');
    expect(csvToCatalog(csv).errors).toEqual([{ row: 1, column: 'colour', message: 'unknown column' }]);
    const broken = [
      'code,name,fieldCode,level,processingTime,processingTimeUnit,documents',
      '9.000009,Tên,TEST,commune,3,working_days,[not json',
      '9.000010,Tên,TEST,commune',
    ].join('\n');
    expect(csvToCatalog(broken).errors).toEqual([
      { row: 2, column: 'documents', message: 'is not a JSON array' },
      { row: 3, column: '', message: 'has 4 cells, the header has 7' },
    ]);
    expect(csvToCatalog('"unterminated').errors[0]?.row).toBe(0);
  });
});
