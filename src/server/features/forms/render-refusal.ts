// Phiếu từ chối tiếp nhận giải quyết hồ sơ (Circular 03/2025/TT-VPCP, Appendix I, form 03) as a PDF.
import type { RefusalForm } from './form-model.ts';
import { applicantLines } from './form-sections.ts';
import {
  labelled,
  numberedList,
  type PdfDoc,
  paragraph,
  type RenderOptions,
  renderToBuffer,
  signatures,
  title,
} from './pdf-document.ts';
import { slipLetterhead } from './pdf-heading.ts';

function build(doc: PdfDoc, form: RefusalForm): void {
  const { unit, applicant } = form;
  slipLetterhead(doc, form);
  // The code is printed only when the dossier got one before it was refused.
  title(
    doc,
    'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
    form.dossierCode ? `Mã hồ sơ: ${form.dossierCode}` : '',
  );
  paragraph(doc, [{ text: 'Bộ phận tiếp nhận và trả kết quả: ' }, { text: unit.name, style: 'bold' }]);
  applicantLines(doc, applicant, 'Tiếp nhận hồ sơ của');
  labelled(doc, 'Nội dung yêu cầu giải quyết', form.procedureName);
  doc.y += 4;
  paragraph(
    doc,
    [
      {
        text: `Qua xem xét, ${unit.name} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`,
      },
    ],
    { align: 'justify' },
  );
  numberedList(doc, form.reasons, { align: 'justify' });
  doc.y += 4;
  paragraph(doc, [{ text: 'Xin thông báo để Ông/Bà được biết và thực hiện./.' }]);
  signatures(doc, [
    { title: 'Người nộp hồ sơ', name: applicant.representative?.name ?? applicant.name },
    { title: 'Người tiếp nhận hồ sơ', name: form.officerName },
  ]);
}

export function renderRefusal(form: RefusalForm, options: RenderOptions = {}): Promise<Buffer> {
  return renderToBuffer((doc) => build(doc, form), {
    title: `Phiếu từ chối tiếp nhận giải quyết hồ sơ ${form.dossierCode}`,
    author: form.unit.name,
    subject: form.procedureName,
    ...options,
  });
}
