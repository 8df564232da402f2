// Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Circular 03/2025/TT-VPCP, Appendix I, form 01) as a PDF.
import QRCode from 'qrcode';
import type { ReceiptForm } from './form-model.ts';
import { applicantLines } from './form-sections.ts';
import {
  contentWidth,
  labelled,
  left,
  nfc,
  type PdfDoc,
  paragraph,
  type RenderOptions,
  renderToBuffer,
  setFont,
  signatures,
  title,
} from './pdf-document.ts';
import { slipLetterhead } from './pdf-heading.ts';
import { drawTable } from './pdf-table.ts';

const QR_SIZE = 85; // 3 cm
const QR_COLUMN = 118;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The QR code, drawn as vector squares (sharp on any printer, and no image to encode and decode),
 * with a quiet zone of one module; under it, what to do with it and the key for typing by hand.
 */
function drawQr(doc: PdfDoc, url: string, lookupKey: string, top: number): number {
  const x = left(doc) + contentWidth(doc) - QR_COLUMN;
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = QR_SIZE / (modules.size + 2);
  const x0 = x + (QR_COLUMN - QR_SIZE) / 2 + cell;
  const y0 = top + cell;
  doc.save();
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x0 + col * cell, y0 + row * cell, cell, cell);
    }
  }
  doc.fill('black').restore();
  setFont(doc, 'italic', 9.5);
  doc.text('Quét mã để tra cứu tiến độ', x, top + QR_SIZE + 2, { width: QR_COLUMN, align: 'center' });
  setFont(doc, 'bold', 9.5);
  doc.text(`Mã tra cứu: ${nfc(lookupKey)}`, x, doc.y, { width: QR_COLUMN, align: 'center' });
  return doc.y;
}

async function build(doc: PdfDoc, form: ReceiptForm): Promise<void> {
  const { unit, applicant } = form;
  slipLetterhead(doc, form);
  title(doc, 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', `Mã hồ sơ: ${form.dossierCode}`);

  const top = doc.y;
  const qrBottom = drawQr(doc, form.lookupUrl, form.lookupKey, top);
  doc.y = top;
  // Beside the QR code the lines are narrower; below it they use the whole width again.
  const narrow = { width: contentWidth(doc) - QR_COLUMN - 8 };
  paragraph(
    doc,
    [{ text: 'Bộ phận tiếp nhận và trả kết quả: ' }, { text: unit.name, style: 'bold' }],
    narrow,
  );
  if (unit.address) labelled(doc, 'Địa chỉ', unit.address, { ...narrow, valueStyle: 'regular' });
  applicantLines(doc, applicant, 'Tiếp nhận hồ sơ của', narrow);
  doc.y = Math.max(doc.y, qrBottom + 4);
  labelled(doc, 'Nội dung yêu cầu giải quyết', form.procedureName);

  paragraph(doc, [{ text: '1. Thành phần hồ sơ nộp gồm:' }]);
  drawTable(
    doc,
    [
      { header: 'STT', weight: 7, align: 'center' },
      { header: 'Tên giấy tờ', weight: 65 },
      { header: 'Bản chính', weight: 14, align: 'center' },
      { header: 'Bản sao', weight: 14, align: 'center' },
    ],
    form.documents.map((line, i) => [
      String(i + 1),
      line.name,
      line.originals > 0 ? pad2(line.originals) : '',
      line.copies > 0 ? pad2(line.copies) : '',
    ]),
    { fontSize: 11, padding: 2.5 },
  );
  doc.y += 4;
  let item = 2;
  if (form.setCount !== undefined) {
    labelled(doc, `${item++}. Số lượng hồ sơ`, `${pad2(form.setCount)} bộ`);
  }
  labelled(doc, `${item++}. Thời gian giải quyết hồ sơ theo quy định`, form.processingTime);
  labelled(doc, `${item++}. Thời gian nhận hồ sơ`, form.receivedAt);
  labelled(doc, `${item++}. Thời gian trả kết quả`, form.dueAt);
  labelled(doc, `${item++}. Đăng ký nhận kết quả tại`, form.resultPlace);
  labelled(doc, 'Vào sổ theo dõi hồ sơ', form.trackingEntry, { valueStyle: 'regular' });

  signatures(doc, [
    { title: 'Người nộp hồ sơ', name: applicant.representative?.name ?? applicant.name },
    { title: 'Người tiếp nhận hồ sơ', name: form.officerName },
  ]);
}

export function renderReceipt(form: ReceiptForm, options: RenderOptions = {}): Promise<Buffer> {
  return renderToBuffer((doc) => build(doc, form), {
    title: `Giấy tiếp nhận hồ sơ và hẹn trả kết quả ${form.dossierCode}`,
    author: form.unit.name,
    subject: form.procedureName,
    ...options,
  });
}
