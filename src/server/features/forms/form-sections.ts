// Blocks several slips share: who applied, how to reach them, what they asked for.
import type { FormApplicant } from './form-model.ts';
import { type LineOptions, labelled, type PdfDoc, paragraph, type Run } from './pdf-document.ts';

/** Phone and e-mail on one line, the e-mail left out when there is none. */
export function contactRuns(applicant: FormApplicant): Run[] {
  const runs: Run[] = [{ text: 'Số điện thoại: ' }, { text: applicant.phone, style: 'bold' }];
  if (applicant.email) runs.push({ text: '     Email: ' }, { text: applicant.email, style: 'bold' });
  return runs;
}

/** Name, ID number, address, contact and representative of the applicant. */
export function applicantLines(
  doc: PdfDoc,
  applicant: FormApplicant,
  nameLabel: string,
  options: LineOptions = {},
): void {
  labelled(doc, nameLabel, applicant.name, options);
  labelled(doc, 'Số định danh cá nhân/CCCD', applicant.idNumber, options);
  if (applicant.address) labelled(doc, 'Địa chỉ', applicant.address, { ...options, valueStyle: 'regular' });
  paragraph(doc, contactRuns(applicant), options);
  if (applicant.representative) {
    const { name, idNumber } = applicant.representative;
    paragraph(
      doc,
      [
        { text: 'Người đại diện/được ủy quyền: ' },
        { text: name, style: 'bold' },
        { text: `, số định danh cá nhân: ${idNumber}` },
      ],
      options,
    );
  }
}

/** Justified body text of the letters to the applicant (apology, stop notice). */
export const LETTER_BODY = { align: 'justify', gapAfter: 4 } as const;

/**
 * The opening of a letter to the applicant: whom it addresses, when which unit received their
 * dossier for which procedure, and its code.
 */
export function letterOpening(
  doc: PdfDoc,
  form: {
    applicant: FormApplicant;
    unit: { name: string };
    receivedAt: string;
    procedureName: string;
    dossierCode: string;
  },
): void {
  paragraph(doc, [{ text: 'Kính gửi: ' }, { text: `Ông/Bà ${form.applicant.name}`, style: 'bold' }], {
    align: 'center',
    gapAfter: 10,
  });
  paragraph(
    doc,
    [
      {
        text: `Vào lúc ${form.receivedAt}, ${form.unit.name} đã tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết `,
      },
      { text: 'thủ tục hành chính: ' },
      { text: form.procedureName, style: 'bold' },
      { text: '.' },
    ],
    LETTER_BODY,
  );
  labelled(doc, 'Mã hồ sơ', form.dossierCode, LETTER_BODY);
}
