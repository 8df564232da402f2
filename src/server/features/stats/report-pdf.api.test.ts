// The report as PDF: A4 landscape in the layout of Biểu 06, read back with Poppler's pdftotext — the
// Vietnamese headings, the column numbers, every row's numbers and the totals equal to the JSON.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importReportScenario,
  SCENARIO_FROM,
  SCENARIO_TO,
} from '../../../../tests/support/stats-scenario.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { countKeys, type ReportRow } from '../../../domain/stats/report-columns.ts';
import { hasPoppler, mediaBoxes, pdfInfo, warnNoPoppler } from '../forms/pdf-inspect.ts';
import { pdfCount } from './report-pdf.ts';

let t: TestApp;
let headers: Record<string, string>;
let district: number;

beforeAll(async () => {
  t = await createTestApp();
  await importReportScenario(t.database.db, t.database.pool);
  district = (
    await t.database.db
      .selectFrom('units')
      .select('id')
      .where('name', '=', 'UBND huyện Tân Sơn')
      .executeTakeFirstOrThrow()
  ).id;
  headers = await signIn(t.app, 'lanhdao.tanson');
});
afterAll(() => t.close());

const query = (groupBy: string) =>
  `unitId=${district}&from=${SCENARIO_FROM}&to=${SCENARIO_TO}&groupBy=${groupBy}`;

/** The text in reading order (-raw: as drawn, each box's text together) or as laid out on the page. */
function pdftotext(pdf: Buffer, mode: '-raw' | '-layout'): string {
  return execFileSync('/usr/bin/pdftotext', [mode, '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString(
    'utf8',
  );
}

/** The form's counts (3)…(13) of a row, as printed. */
const formCounts = (row: ReportRow) =>
  countKeys.filter((k) => k !== 'refused' && k !== 'withdrawn').map((k) => pdfCount(row[k]));

describe('report as PDF', () => {
  it('is an A4 landscape PDF with the form’s headings, column numbers, rows and totals', async () => {
    const json = (await t.app.inject({ url: `/api/stats/report?${query('unit')}`, headers })).json();
    const res = await t.app.inject({ url: `/api/stats/report.pdf?${query('unit')}`, headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`attachment; filename="bieu-06_000\\.00\\.24\\.H45_${SCENARIO_FROM}_${SCENARIO_TO}\\.pdf"`),
    );
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A4 landscape: 841.89 × 595.28 points
    for (const box of mediaBoxes(pdf)) expect(box).toBe('841.89 x 595.28');
    if (!hasPoppler) return warnNoPoppler();
    expect(pdfInfo(pdf).Title).toContain('Biểu 06');

    const raw = pdftotext(pdf, '-raw').replace(/\s+/g, ' ');
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BIỂU 06: TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
      'Kỳ báo cáo: từ ngày 01/04/2025 đến ngày 30/06/2025',
      'Đơn vị báo cáo: UBND huyện Tân Sơn (gồm các đơn vị trực thuộc)',
      'Số hồ sơ nhận giải quyết',
      'Trong kỳ',
      'Trực tuyến',
      'Trực tiếp, dịch vụ bưu chính',
      'Từ kỳ trước',
      'Số hồ sơ đã giải quyết',
      'Trước hạn',
      'Đúng hạn',
      'Số hồ sơ đang giải quyết',
      'Trong hạn',
      'Quá hạn',
      'Tổng cộng',
      'NGƯỜI LẬP BIỂU',
      'THỦ TRƯỞNG ĐƠN VỊ',
    ]) {
      expect(raw, text).toContain(text);
    }
    expect(raw).toContain(Array.from({ length: 13 }, (_, i) => `(${i + 1})`).join(' '));
    expect(raw).toContain(
      `Ngoài biểu: từ chối tiếp nhận ${pdfCount(json.total.refused)} hồ sơ; rút, dừng giải quyết ${pdfCount(json.total.withdrawn)} hồ sơ.`,
    );

    // Each row on one line of the page: its number, its name, then (3)…(13) as the JSON has them.
    const lines = pdftotext(pdf, '-layout')
      .split('\n')
      .map((line) => line.trim().replace(/\s+/g, ' '));
    const rows: ReportRow[] = json.items;
    expect(rows.length).toBeGreaterThan(2);
    rows.forEach((row, i) => {
      expect(lines, row.name).toContain(`${i + 1} ${row.name} ${formCounts(row).join(' ')}`);
    });
    expect(lines).toContain(`Tổng cộng ${formCounts(json.total).join(' ')}`);
    expect(json.total.receivedTotal).toBeGreaterThan(0);
  });

  it('prints the rows of a report by procedure, with the group heading of the form', async () => {
    const json = (await t.app.inject({ url: `/api/stats/report?${query('procedure')}`, headers })).json();
    const res = await t.app.inject({ url: `/api/stats/report.pdf?${query('procedure')}`, headers });
    expect(res.statusCode).toBe(200);
    if (!hasPoppler) return warnNoPoppler();
    const raw = pdftotext(res.rawPayload, '-raw').replace(/\s+/g, ' ');
    expect(raw).toContain('Thủ tục hành chính');
    const layout = pdftotext(res.rawPayload, '-layout')
      .split('\n')
      .map((line) => line.trim().replace(/\s+/g, ' '));
    expect(layout).toContain(`Tổng cộng ${formCounts(json.total).join(' ')}`);
    for (const row of json.items as ReportRow[]) {
      // Long names wrap: the row's numbers follow the first line of its name.
      expect(layout.some((line) => line.endsWith(formCounts(row).join(' ')))).toBe(true);
    }
  });

  it('answers 404 for a unit the caller cannot see', async () => {
    const other = await signIn(t.app, 'tiepnhan.thachkiet');
    const res = await t.app.inject({ url: `/api/stats/report.pdf?${query('unit')}`, headers: other });
    expect([403, 404]).toContain(res.statusCode);
  });
});
