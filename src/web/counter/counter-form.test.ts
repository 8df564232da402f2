// The counter form agrees with the server on the applicant, builds its body and maps its 400s back to fields.
import { describe, expect, test } from 'vitest';
import {
  type ApplicantDraft,
  buildCounterBody,
  documentDrafts,
  emptyApplicant,
  fieldErrorsFromProblem,
  missingRequired,
  validateApplicant,
} from './counter-form.ts';

const applicant: ApplicantDraft = {
  ...emptyApplicant,
  name: '  Nguyễn Văn An ',
  idNumber: '025 190 001 234',
  phone: '0912.345.678',
};

const [declaration, proxy] = documentDrafts([
  { id: 11, code: 'TK', name: 'Tờ khai', originals: 1, copies: 0, required: true, note: null },
  { id: 12, code: 'UQ', name: 'Văn bản ủy quyền', originals: 1, copies: 0, required: false, note: null },
]);
if (!declaration || !proxy) throw new Error('two drafts expected');

describe('counter form', () => {
  test('checks the applicant with the server’s own schema (the rules: applicant-form.test.ts)', () => {
    expect(validateApplicant(applicant)).toEqual({});
    expect(validateApplicant({ ...applicant, phone: '912345678', hasRepresentative: true })).toEqual({
      phone: true,
      representativeName: true,
      representativeIdNumber: true,
    });
  });

  test('required documents start ticked; unticking one is reported by name', () => {
    expect([declaration.isChecked, proxy.isChecked]).toEqual([true, false]);
    expect(missingRequired([{ ...declaration, isChecked: false }, proxy])).toEqual(['Tờ khai']);
  });

  test('the body carries ticked documents with their copies and scans, and leaves out empty fields', () => {
    const body = buildCounterBody({
      procedureId: 53,
      channel: 'post',
      applicant,
      documents: [
        {
          ...declaration,
          copies: 2,
          file: { id: 'f-1', name: 'tk.pdf', size: 1, mediaType: 'application/pdf', sha256: 'x' },
        },
        proxy,
      ],
      note: ' ',
    });
    expect(body).toEqual({
      procedureId: 53,
      channel: 'post',
      applicant: {
        type: 'citizen',
        name: 'Nguyễn Văn An',
        idNumber: '025 190 001 234',
        phone: '0912.345.678',
      },
      documents: [{ componentId: 11, copies: 2, fileId: 'f-1' }],
    });
  });

  test('the server’s error paths land on the form’s fields; the rest is shown as it came', () => {
    expect(
      fieldErrorsFromProblem({
        errors: [
          { path: 'body.applicant.idNumber', message: 'must be a CCCD' },
          { path: 'body.applicant.representative.phone', message: 'bad' },
          { path: 'body.procedureId', message: 'unknown' },
          { path: 'body.unitId', message: 'not yours' },
        ],
      }),
    ).toEqual({
      fields: { idNumber: true, representativePhone: true, procedure: true },
      other: ['body.unitId: not yours'],
    });
  });
});
