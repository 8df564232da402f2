// Sổ theo dõi hồ sơ (Circular 03/2025/TT-VPCP, Appendix I, form 06) for a period as a landscape PDF.
// Books run to thousands of rows: pages are written out as they fill and the build yields now and
// then, so a reader of renderTrackingBookStream gets the PDF while it is being made.
import type { Readable } from 'node:stream';
import type { TrackingBookForm, TrackingBookRow } from './form-model.ts';
import {
  contentWidth,
  left,
  nfc,
  type PdfDoc,
  type RenderOptions,
  renderToBuffer,
  renderToStream,
  setFont,
  title,
  yieldToEventLoop,
} from './pdf-document.ts';
import { letterhead } from './pdf-heading.ts';
import { startTable, type TableColumn } from './pdf-table.ts';

const COLUMNS: TableColumn[] = [
  { header: 'Số thứ tự', weight: 4.5, align: 'center' },
  { header: 'Mã hồ sơ', weight: 17 },
  { header: 'Tên TTHC', weight: 12 },
  { header: 'Tên tổ chức/cá nhân', weight: 11 },
  { header: 'Địa chỉ, số điện thoại', weight: 14 },
  { header: 'Cơ quan chủ trì giải quyết', weight: 9 },
  { header: 'Nhận hồ sơ', weight: 8, align: 'center' },
  { header: 'Hẹn trả kết quả', weight: 8, align: 'center' },
  { header: 'Ngày trả kết quả', weight: 8, align: 'center' },
  { header: 'Phương thức nhận kết quả', weight: 9 },
];

const ROWS_PER_TURN = 100;

function cells(row: TrackingBookRow): string[] {
  return [
    String(row.number),
    row.dossierCode,
    row.procedureName,
    row.applicantName,
    row.addressAndPhone,
    row.leadAgency,
    row.receivedAt,
    row.dueAt,
    row.returnedAt,
    row.deliveryMethod,
  ];
}

async function build(doc: PdfDoc, form: TrackingBookForm): Promise<void> {
  const { unit } = form;
  letterhead(doc, {
    parentName: unit.parentName,
    unitName: unit.name,
    placeName: unit.placeName,
    issuedOn: form.issuedOn,
  });
  title(doc, 'Sổ theo dõi hồ sơ', form.fieldName);
  setFont(doc, 'italic', 12);
  doc.text(nfc(`(${form.period})`), left(doc), doc.y - 8, { width: contentWidth(doc), align: 'center' });
  doc.y += 8;
  const table = startTable(doc, COLUMNS, { fontSize: 9.5, headerFontSize: 10, numberColumns: true });
  for (const [index, row] of form.rows.entries()) {
    table.row(cells(row));
    if (index % ROWS_PER_TURN === ROWS_PER_TURN - 1) await yieldToEventLoop();
  }
  if (form.rows.length === 0) {
    setFont(doc, 'italic', 11);
    doc.text('Không có hồ sơ trong kỳ.', left(doc), doc.y + 6, { width: contentWidth(doc), align: 'center' });
  }
}

function documentOptions(form: TrackingBookForm, options: RenderOptions): RenderOptions {
  return {
    landscape: true,
    title: nfc(`Sổ theo dõi hồ sơ - ${form.fieldName} - ${form.period}`),
    author: form.unit.name,
    ...options,
  };
}

export function renderTrackingBook(form: TrackingBookForm, options: RenderOptions = {}): Promise<Buffer> {
  return renderToBuffer((doc) => build(doc, form), documentOptions(form, options));
}

/** The same PDF as a stream, for sending a large book without holding it whole in memory. */
export function renderTrackingBookStream(form: TrackingBookForm, options: RenderOptions = {}): Readable {
  return renderToStream((doc) => build(doc, form), documentOptions(form, options));
}
