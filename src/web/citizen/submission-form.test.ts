// The online form's pure parts: the body it sends, the checks it shares with the server, and the server's
// field errors put back on the form.
import { describe, expect, test } from 'vitest';
import {
  applicantBody,
  documentRefs,
  emptyApplicant,
  errorsFromProblem,
  firstErrorField,
  missingDocuments,
  submissionBody,
  validateApplicant,
} from './submission-form.ts';
import type { UploadedFile } from './upload-with-progress.ts';

const filled = {
  ...emptyApplicant('vi'),
  name: '  Nguyễn Văn An ',
  idNumber: '025190001234',
  phone: '0912 345 678',
};

const file = (id: string): UploadedFile => ({
  id,
  name: `${id}.pdf`,
  size: 10,
  mediaType: 'application/pdf',
  sha256: '',
});

describe('online submission form', () => {
  test('leaves out empty optional fields and the representative unless ticked', () => {
    expect(applicantBody(filled)).toEqual({
      type: 'citizen',
      name: 'Nguyễn Văn An',
      idNumber: '025190001234',
      phone: '0912 345 678',
      language: 'vi',
    });
    const represented = applicantBody({
      ...filled,
      email: 'an@example.com',
      hasRepresentative: true,
      representativeName: 'Trần Thị Bình',
      representativeIdNumber: '025190005678',
      language: 'en',
    });
    expect(represented.email).toBe('an@example.com');
    expect(represented.representative).toEqual({ name: 'Trần Thị Bình', idNumber: '025190005678' });
    expect(represented.language).toBe('en');
  });

  test('checks the applicant, language and all, with the server schema (the rules: applicant-form.test.ts)', () => {
    expect(validateApplicant(filled)).toEqual({});
    expect(
      validateApplicant({ ...filled, language: 'en', idNumber: '0251', hasRepresentative: true }),
    ).toEqual({
      idNumber: true,
      representativeName: true,
      representativeIdNumber: true,
    });
  });

  test('a required document needs a finished upload; every file becomes one reference to its component', () => {
    const slots = [
      { componentId: 1, name: 'Tờ khai', isRequired: true, note: null },
      { componentId: 2, name: 'Bản án', isRequired: false, note: null },
      { componentId: 3, name: 'CCCD', isRequired: true, note: null },
    ];
    const files: Record<number, UploadedFile[]> = { 1: [file('a'), file('b')], 2: [], 3: [] };
    const filesOf = (componentId: number) => files[componentId] ?? [];
    expect(missingDocuments(slots, filesOf).map((slot) => slot.componentId)).toEqual([3]);
    files[3] = [file('c')];
    expect(missingDocuments(slots, filesOf)).toEqual([]);
    const body = submissionBody({
      procedureId: 7,
      unitId: 4,
      applicant: filled,
      documents: documentRefs(slots, filesOf),
      note: '  ',
    });
    expect(body.documents).toEqual([
      { componentId: 1, fileId: 'a' },
      { componentId: 1, fileId: 'b' },
      { componentId: 3, fileId: 'c' },
    ]);
    expect(body).not.toHaveProperty('note');
  });

  test("puts the server's 400 errors on their fields and keeps the others as written", () => {
    const mapped = errorsFromProblem({
      status: 400,
      errors: [
        { path: 'body.applicant.idNumber', message: 'must be a CCCD' },
        { path: 'body.applicant.representative.phone', message: 'bad phone' },
        { path: 'body.documents', message: 'missing required component 27' },
        { path: 'body.unitId', message: 'does not offer the procedure' },
        { path: 'body.procedureId', message: 'not offered online' },
      ],
    });
    expect(mapped.fields).toEqual({ idNumber: true, representativePhone: true, documents: true, unit: true });
    expect(mapped.other).toEqual(['not offered online']);
    expect(firstErrorField(mapped.fields)).toBe('unit');
  });
});
