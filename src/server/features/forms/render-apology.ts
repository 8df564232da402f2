// Phiếu xin lỗi và hẹn lại ngày trả kết quả (Circular 03/2025/TT-VPCP, Appendix I, form 04) as a PDF.
import type { ApologyForm } from './form-model.ts';
import { LETTER_BODY, letterOpening } from './form-sections.ts';
import {
  labelled,
  type PdfDoc,
  paragraph,
  type RenderOptions,
  renderToBuffer,
  signatures,
  title,
} from './pdf-document.ts';
import { slipLetterhead } from './pdf-heading.ts';

const BODY = LETTER_BODY;

function build(doc: PdfDoc, form: ApologyForm): void {
  const { unit } = form;
  slipLetterhead(doc, form);
  title(doc, 'Phiếu xin lỗi và hẹn lại ngày trả kết quả');
  letterOpening(doc, form);
  labelled(doc, 'Thời gian hẹn trả kết quả', form.originalDueAt, BODY);
  paragraph(
    doc,
    [{ text: `Tuy nhiên đến nay, ${unit.name} chưa trả kết quả giải quyết hồ sơ của Ông/Bà.` }],
    BODY,
  );
  labelled(doc, 'Lý do', form.reason, { ...BODY, valueStyle: 'regular' });
  paragraph(
    doc,
    [
      { text: `Sự chậm trễ này đã gây phiền hà cho Ông/Bà. ${unit.name} xin lỗi Ông/Bà và hẹn lại ` },
      { text: 'thời gian trả kết quả vào ' },
      { text: form.newDueAt, style: 'bold' },
      { text: '.' },
    ],
    BODY,
  );
  paragraph(doc, [{ text: 'Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.' }], BODY);
  // Signed by the head of the agency, hence the seal (Circular 03/2025/TT-VPCP, Appendix I, form 04).
  signatures(
    doc,
    [{ title: form.signerTitle, hint: '(Ký, ghi rõ họ tên và đóng dấu)', name: form.signerName }],
    ['Như trên;', 'Lưu: VT, Bộ phận Một cửa.'],
  );
}

export function renderApology(form: ApologyForm, options: RenderOptions = {}): Promise<Buffer> {
  return renderToBuffer((doc) => build(doc, form), {
    title: `Phiếu xin lỗi và hẹn lại ngày trả kết quả ${form.dossierCode}`,
    author: form.unit.name,
    subject: form.procedureName,
    ...options,
  });
}
