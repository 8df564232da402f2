// Phiếu kiểm soát quá trình giải quyết hồ sơ (Circular 03/2025/TT-VPCP, Appendix I, form 05) as a
// landscape PDF: one row per hand-off, the table running over as many pages as the steps need.
import type { ControlSheetForm, ControlSheetRow } from './form-model.ts';
import {
  contentWidth,
  labelled,
  left,
  type PdfDoc,
  paragraph,
  type RenderOptions,
  renderToBuffer,
  setFont,
  title,
} from './pdf-document.ts';
import { letterhead } from './pdf-heading.ts';
import { drawTable, type TableColumn } from './pdf-table.ts';

const COLUMNS: TableColumn[] = [
  { header: 'STT', weight: 4, align: 'center' },
  { header: 'Tên cơ quan/người giao – nhận', weight: 28 },
  { header: 'Thời gian giao, nhận hồ sơ', weight: 10, align: 'center' },
  { header: 'Nội dung / Kết quả giải quyết', weight: 25 },
  { header: 'Hạn của bước', weight: 10, align: 'center' },
  { header: 'Trước hạn / Đúng hạn / Quá hạn', weight: 10, align: 'center' },
  { header: 'Ghi chú', weight: 13 },
];

function cells(row: ControlSheetRow, index: number): string[] {
  return [
    String(index + 1),
    `Giao: ${row.from}\nNhận: ${row.to}`,
    row.handedAt,
    row.action,
    row.stepDueAt,
    row.stepResult,
    row.note,
  ];
}

function build(doc: PdfDoc, form: ControlSheetForm): void {
  const { unit } = form;
  letterhead(doc, {
    parentName: unit.parentName,
    unitName: unit.name,
    placeName: unit.placeName,
    issuedOn: form.issuedOn,
  });
  title(doc, 'Phiếu kiểm soát quá trình giải quyết hồ sơ', `Mã hồ sơ: ${form.dossierCode}`);
  setFont(doc, 'italic', 12);
  doc.text(`(Kèm theo hồ sơ của ${form.applicantName})`, left(doc), doc.y - 8, {
    width: contentWidth(doc),
    align: 'center',
  });
  doc.y += 6;
  labelled(doc, 'Tên thủ tục hành chính', form.procedureName);
  labelled(doc, 'Cơ quan (bộ phận) giải quyết hồ sơ', form.resolvingUnit);
  labelled(
    doc,
    'Cơ quan phối hợp giải quyết hồ sơ',
    form.coordinatingUnits.length > 0 ? form.coordinatingUnits.join('; ') : 'Không',
  );
  paragraph(doc, [
    { text: 'Thời gian nhận hồ sơ: ' },
    { text: form.receivedAt, style: 'bold' },
    { text: '          Thời hạn trả kết quả: ' },
    { text: form.dueAt, style: 'bold' },
  ]);
  doc.y += 6;
  drawTable(
    doc,
    COLUMNS,
    form.rows.map((row, index) => cells(row, index)),
    { fontSize: 11, headerFontSize: 11 },
  );
}

export function renderControlSheet(form: ControlSheetForm, options: RenderOptions = {}): Promise<Buffer> {
  return renderToBuffer((doc) => build(doc, form), {
    landscape: true,
    title: `Phiếu kiểm soát quá trình giải quyết hồ sơ ${form.dossierCode}`,
    author: form.unit.name,
    subject: form.procedureName,
    ...options,
  });
}
