// Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Circular 03/2025/TT-VPCP, Appendix I, form 02) as a PDF.
import type { SupplementRequestForm } from './form-model.ts';
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

function build(doc: PdfDoc, form: SupplementRequestForm): void {
  slipLetterhead(doc, form);
  title(doc, 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', `Mã hồ sơ: ${form.dossierCode}`);
  applicantLines(doc, form.applicant, 'Hồ sơ của');
  labelled(doc, 'Nội dung yêu cầu giải quyết', form.procedureName);
  labelled(doc, 'Thời gian nhận hồ sơ', form.receivedAt);
  doc.y += 4;
  paragraph(doc, [{ text: 'Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:', style: 'bold' }]);
  numberedList(doc, form.items, { align: 'justify' });
  doc.y += 2;
  labelled(doc, 'Lý do', form.reason, { valueStyle: 'regular', align: 'justify' });
  doc.y += 4;
  paragraph(
    doc,
    [
      { text: 'Trong quá trình bổ sung, hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với ' },
      { text: form.contactOfficer, style: 'bold' },
      { text: ', số điện thoại ' },
      { text: form.contactPhone, style: 'bold' },
      { text: ' để được hướng dẫn./.' },
    ],
    { align: 'justify' },
  );
  signatures(doc, [{ title: 'Người hướng dẫn', name: form.officerName }]);
}

export function renderSupplementRequest(
  form: SupplementRequestForm,
  options: RenderOptions = {},
): Promise<Buffer> {
  return renderToBuffer((doc) => build(doc, form), {
    title: `Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ ${form.dossierCode}`,
    author: form.unit.name,
    subject: form.procedureName,
    ...options,
  });
}
