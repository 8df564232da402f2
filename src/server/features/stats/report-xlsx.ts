// The report as an Excel workbook in the layout of the official form (Circular 01/2020/TT-VPCP,
// Biểu 06): title, unit and period, a merged header ("Số hồ sơ nhận giải quyết" over Tổng số /
// Trong kỳ (Trực tuyến, Trực tiếp, dịch vụ bưu chính) / Từ kỳ trước; "Số hồ sơ đã giải quyết";
// "Số hồ sơ đang giải quyết"), a row of column numbers (1)…(13), the rows and the totals row.
// The extras beside the form (refused, withdrawn, rates) follow column (13) under their own headings.
import ExcelJS from 'exceljs';
import {
  columnHeading,
  countKeys,
  type ReportRow,
  rateHeading,
} from '../../../domain/stats/report-columns.ts';
import type { Report } from './get-report.ts';

export const REPORT_TITLE =
  'BIỂU 06: TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';
const groupHeading = {
  unit: 'Đơn vị',
  field: 'Lĩnh vực giải quyết',
  procedure: 'Thủ tục hành chính',
} as const;
const extras = ['refused', 'withdrawn'] as const;
const rates = ['onlineRate', 'onTimeRate'] as const;
/** columns: A = (1) STT, B = (2) name, C…M = (3)…(13), then the extras and the rates */
const LAST_COLUMN = 2 + 11 + extras.length + rates.length;
const HEADER_TOP = 6;

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function headerCell(sheet: ExcelJS.Worksheet, range: [number, number, number, number], text: string): void {
  const [top, left, bottom, right] = range;
  if (top !== bottom || left !== right) sheet.mergeCells(top, left, bottom, right);
  const cell = sheet.getCell(top, left);
  cell.value = text;
  cell.font = { bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function writeHeader(sheet: ExcelJS.Worksheet, report: Report): void {
  const t = HEADER_TOP;
  headerCell(sheet, [t, 1, t + 2, 1], 'STT');
  headerCell(sheet, [t, 2, t + 2, 2], groupHeading[report.groupBy]);
  // (3)–(6): received
  headerCell(sheet, [t, 3, t, 6], 'Số hồ sơ nhận giải quyết');
  headerCell(sheet, [t + 1, 3, t + 2, 3], columnHeading.receivedTotal.vi);
  headerCell(sheet, [t + 1, 4, t + 1, 5], 'Trong kỳ');
  headerCell(sheet, [t + 2, 4, t + 2, 4], columnHeading.receivedOnline.vi);
  headerCell(sheet, [t + 2, 5, t + 2, 5], columnHeading.receivedDirect.vi);
  headerCell(sheet, [t + 1, 6, t + 2, 6], columnHeading.carriedOver.vi);
  // (7)–(10): resolved
  headerCell(sheet, [t, 7, t, 10], 'Số hồ sơ đã giải quyết');
  (['resolvedTotal', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate'] as const).forEach((k, i) => {
    headerCell(sheet, [t + 1, 7 + i, t + 2, 7 + i], columnHeading[k].vi);
  });
  // (11)–(13): pending at the end of the period
  headerCell(sheet, [t, 11, t, 13], 'Số hồ sơ đang giải quyết');
  (['pendingTotal', 'pendingWithinDeadline', 'pendingOverdue'] as const).forEach((k, i) => {
    headerCell(sheet, [t + 1, 11 + i, t + 2, 11 + i], columnHeading[k].vi);
  });
  extras.forEach((k, i) => {
    headerCell(sheet, [t, 14 + i, t + 2, 14 + i], columnHeading[k].vi);
  });
  rates.forEach((k, i) => {
    headerCell(sheet, [t, 16 + i, t + 2, 16 + i], rateHeading[k].vi);
  });
  const numbers = sheet.getRow(t + 3);
  for (let c = 1; c <= 13; c++) {
    const cell = numbers.getCell(c);
    cell.value = `(${c})`;
    cell.font = { italic: true };
    cell.alignment = { horizontal: 'center' };
  }
  for (let r = t; r <= t + 3; r++) {
    for (let c = 1; c <= LAST_COLUMN; c++) sheet.getCell(r, c).border = border;
  }
}

function writeRow(sheet: ExcelJS.Worksheet, rowNumber: number, index: string, row: ReportRow, bold: boolean) {
  const r = sheet.getRow(rowNumber);
  r.values = [
    index,
    row.name,
    ...countKeys.filter((k) => !(extras as readonly string[]).includes(k)).map((k) => row[k]),
    ...extras.map((k) => row[k]),
    ...rates.map((k) => row[k] ?? '–'),
  ];
  for (let c = 1; c <= LAST_COLUMN; c++) {
    const cell = r.getCell(c);
    cell.border = border;
    if (bold) cell.font = { bold: true };
    if (c > 2 + 11 + extras.length) {
      cell.numFmt = '0.0%';
      cell.alignment = { horizontal: 'right' };
    }
  }
  r.getCell(1).alignment = { horizontal: 'center' };
}

/** The workbook as bytes. */
export async function reportToXlsx(report: Report): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Biểu 06', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_TOP + 3 }],
  });
  sheet.columns = [
    { width: 6 },
    { width: 40 },
    ...Array.from({ length: LAST_COLUMN - 2 }, (_, i) => ({ width: i === 2 ? 16 : 12 })),
  ];
  const line = (
    row: number,
    text: string,
    options: { bold?: boolean; italic?: boolean; align?: 'center' | 'right' },
  ) => {
    sheet.mergeCells(row, 1, row, LAST_COLUMN);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = {
      bold: options.bold ?? false,
      italic: options.italic ?? false,
      size: options.bold ? 13 : 11,
    };
    cell.alignment = { horizontal: options.align ?? 'center', vertical: 'middle', wrapText: true };
  };
  line(1, REPORT_TITLE, { bold: true });
  sheet.getRow(1).height = 36;
  line(2, `Kỳ báo cáo: từ ngày ${vnDate(report.from)} đến ngày ${vnDate(report.to)}`, { italic: true });
  line(
    3,
    `Đơn vị báo cáo: ${report.unit.name}${report.includeSubunits ? ' (gồm các đơn vị trực thuộc)' : ''}`,
    {},
  );
  line(4, 'Đơn vị tính: hồ sơ thủ tục hành chính', { italic: true, align: 'right' });
  writeHeader(sheet, report);
  let rowNumber = HEADER_TOP + 4;
  report.items.forEach((item, i) => {
    writeRow(sheet, rowNumber++, String(i + 1), item, false);
  });
  writeRow(sheet, rowNumber, '', report.total, true);
  sheet.mergeCells(rowNumber, 1, rowNumber, 2);
  sheet.getCell(rowNumber, 1).value = 'Tổng cộng';
  sheet.getCell(rowNumber, 1).alignment = { horizontal: 'center' };
  const signed = rowNumber + 2;
  sheet.getCell(signed, 2).value = 'Người lập biểu';
  sheet.getCell(signed, 12).value = 'Thủ trưởng đơn vị';
  for (const c of [2, 12]) sheet.getCell(signed, c).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
