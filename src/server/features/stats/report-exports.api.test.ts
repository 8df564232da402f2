// The report's CSV and Excel variants carry the same numbers as the JSON, the Excel one in the
// official form's layout; the indicators come from the same counters.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  counterBody,
  findDemoProcedure,
  staffOf,
  unitIdByName,
} from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { CalendarCache } from '../calendar/calendar-cache.ts';
import { receiveAtCounter } from '../dossiers/receive-at-counter.ts';
import { runDossierAction } from '../dossiers/run-dossier-action.ts';

let t: TestApp;
let headers: Record<string, string>;
let district: number;
const query = () => `unitId=${district}&from=2026-04-01&to=2026-04-30`;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const calendars = new CalendarCache(db);
  district = await unitIdByName(db, 'huyện Tân Sơn');
  const procedure = await findDemoProcedure(db, { level: 'commune' });
  for (const [user, day] of [
    ['tiepnhan.thachkiet', '2026-04-06'],
    ['tiepnhan.thachkiet', '2026-04-07'],
    ['tiepnhan.kimthuong', '2026-04-08'],
  ] as const) {
    const staff = await staffOf(db, user);
    const { code } = await receiveAtCounter({
      db,
      calendars,
      staff,
      body: counterBody(procedure) as never,
      now: new Date(`${day}T09:00:00+07:00`),
    });
    if (day === '2026-04-07') {
      await runDossierAction({
        db,
        calendars,
        staff,
        code,
        action: 'finish',
        body: { version: 1 },
        now: new Date(`${day}T15:00:00+07:00`),
      });
      await runDossierAction({
        db,
        calendars,
        staff,
        code,
        action: 'deliver',
        body: { version: 2, method: 'electronic' },
        now: new Date(`${day}T16:00:00+07:00`),
      });
    }
  }
  headers = await signIn(t.app, 'lanhdao.tanson');
});
afterAll(() => t.close());

describe('report exports', () => {
  it('gives CSV with a byte order mark, numbered Vietnamese headings, the rows and the totals', async () => {
    const json = (await t.app.inject({ url: `/api/stats/report?${query()}`, headers })).json();
    const res = await t.app.inject({ url: `/api/stats/report.csv?${query()}`, headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="bieu-06_000\.00\.24\.H45_2026-04-01_2026-04-30\.csv"/,
    );
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('(4) Số hồ sơ nhận giải quyết – trong kỳ: trực tuyến');
    expect(lines[0]).toContain('(13) Số hồ sơ đang giải quyết – quá hạn');
    expect(lines).toHaveLength(1 + json.items.length + 1);
    expect(lines.at(-1)).toMatch(/^total,Tổng cộng,3,0,3,0,1,/);
  });

  it('gives Excel in the layout of Biểu 06: title, merged header, column numbers, totals', async () => {
    const json = (await t.app.inject({ url: `/api/stats/report?${query()}`, headers })).json();
    const res = await t.app.inject({ url: `/api/stats/report.xlsx?${query()}`, headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Biểu 06');
    if (!sheet) throw new Error('no sheet');
    expect(String(sheet.getCell('A1').value)).toContain('KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(String(sheet.getCell('A2').value)).toBe('Kỳ báo cáo: từ ngày 01/04/2026 đến ngày 30/04/2026');
    expect(String(sheet.getCell('A3').value)).toContain('UBND huyện Tân Sơn');
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    for (const range of ['C6:F6', 'G6:J6', 'K6:M6', 'D7:E7', 'C7:C8', 'F7:F8', 'A6:A8', 'B6:B8']) {
      expect(merges).toContain(range);
    }
    expect(sheet.getCell('C6').value).toBe('Số hồ sơ nhận giải quyết');
    expect(sheet.getCell('G6').value).toBe('Số hồ sơ đã giải quyết');
    expect(sheet.getCell('K6').value).toBe('Số hồ sơ đang giải quyết');
    expect(sheet.getCell('D7').value).toBe('Trong kỳ');
    expect([sheet.getCell('D8').value, sheet.getCell('E8').value]).toEqual([
      'Trực tuyến',
      'Trực tiếp, dịch vụ bưu chính',
    ]);
    expect(sheet.getCell('F7').value).toBe('Từ kỳ trước');
    expect([sheet.getCell('H7').value, sheet.getCell('I7').value, sheet.getCell('J7').value]).toEqual([
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
    ]);
    expect(Array.from({ length: 13 }, (_, i) => sheet.getCell(9, i + 1).value)).toEqual(
      Array.from({ length: 13 }, (_, i) => `(${i + 1})`),
    );
    const totalRow = 10 + json.items.length;
    expect(sheet.getCell(totalRow, 1).value).toBe('Tổng cộng');
    const counts = Array.from({ length: 11 }, (_, i) => sheet.getCell(totalRow, 3 + i).value);
    const t0 = json.total;
    expect(counts).toEqual([
      t0.receivedTotal,
      t0.receivedOnline,
      t0.receivedDirect,
      t0.carriedOver,
      t0.resolvedTotal,
      t0.resolvedEarly,
      t0.resolvedOnTime,
      t0.resolvedLate,
      t0.pendingTotal,
      t0.pendingWithinDeadline,
      t0.pendingOverdue,
    ]);
    expect(sheet.getCell(10, 2).value).toBe('UBND huyện Tân Sơn');
  });

  it('gives the Decision 766 indicators from the same counts', async () => {
    const res = await t.app.inject({ url: `/api/stats/indicators?${query()}`, headers });
    expect(res.statusCode, res.body).toBe(200);
    const { indicators } = res.json();
    expect(indicators.onlineSubmission).toEqual({ value: 0, numerator: 0, denominator: 3 });
    expect(indicators.electronicResults).toEqual({ value: 1, numerator: 1, denominator: 1 });
    expect(indicators.digitisedDossiers).toMatchObject({ numerator: 0, denominator: 3 });
    expect(indicators.onTime.denominator).toBe(3);
    expect(indicators.onlineProcedures.denominator).toBeGreaterThan(indicators.onlineProcedures.numerator);
    expect(indicators.onlineProcedures.numerator).toBeGreaterThan(0);
    expect(indicators.satisfaction).toMatchObject({
      value: 1,
      lateShare: 0,
      dissatisfiedShare: 0,
      ratings: 0,
    });
  });

  it('documents every column in the OpenAPI description', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const description = doc.paths['/api/stats/report'].get.description as string;
    for (let n = 3; n <= 13; n++) expect(description).toContain(`(${n})`);
    expect(doc.paths['/api/stats/report.xlsx']).toBeDefined();
    expect(doc.paths['/api/stats/indicators']).toBeDefined();
  });
});
