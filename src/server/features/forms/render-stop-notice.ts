// Thông báo dừng giải quyết hồ sơ when the applicant withdraws before a decision (Circular 03/2025/
// TT-VPCP, Appendix I; the wording follows the apology slip, as the circular's own is unverified).
import type { StopNoticeForm } from './form-model.ts';
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

function build(doc: PdfDoc, form: StopNoticeForm): void {
  const { unit } = form;
  slipLetterhead(doc, form);
  title(doc, 'Thông báo dừng giải quyết hồ sơ');
  letterOpening(doc, form);
  labelled(doc, 'Lý do', form.reason, { ...BODY, valueStyle: 'regular' });
  paragraph(
    doc,
    [
      { text: `${unit.name} thông báo dừng giải quyết hồ sơ nêu trên kể từ ` },
      { text: form.stoppedAt, style: 'bold' },
      { text: '. Ông/Bà liên hệ Bộ phận tiếp nhận và trả kết quả để nhận lại giấy tờ đã nộp (nếu có).' },
    ],
    BODY,
  );
  paragraph(doc, [{ text: 'Xin thông báo để Ông/Bà được biết./.' }], BODY);
  signatures(doc, [{ title: 'Người tiếp nhận hồ sơ', name: form.officerName }], ['Như trên;', 'Lưu: hồ sơ.']);
}

export function renderStopNotice(form: StopNoticeForm, options: RenderOptions = {}): Promise<Buffer> {
  return renderToBuffer((doc) => build(doc, form), {
    title: `Thông báo dừng giải quyết hồ sơ ${form.dossierCode}`,
    author: form.unit.name,
    subject: form.procedureName,
    ...options,
  });
}
