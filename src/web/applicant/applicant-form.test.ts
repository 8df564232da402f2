// The applicant part both forms share: the body it sends, the checks it shares with the server, and the
// server's field errors put back on the form.
import { describe, expect, test } from 'vitest';
import {
  type ApplicantDraft,
  applicantBody,
  emptyApplicantDraft,
  fieldErrorsFromProblem,
  validateApplicant,
} from './applicant-form.ts';

const filled: ApplicantDraft = {
  ...emptyApplicantDraft,
  name: '  Nguyễn Văn An ',
  idNumber: '025 190 001 234',
  phone: '0912.345.678',
};

describe('applicant part of the forms', () => {
  test('the body leaves out empty optional fields, and the representative unless ticked', () => {
    expect(applicantBody({ ...filled, email: ' ', representativeName: 'Trần Thị Bình' })).toEqual({
      type: 'citizen',
      name: 'Nguyễn Văn An',
      idNumber: '025 190 001 234',
      phone: '0912.345.678',
    });
    expect(
      applicantBody({
        ...filled,
        type: 'organisation',
        email: ' an@example.com',
        address: 'Khu 2, xã Thạch Kiệt',
        hasRepresentative: true,
        representativeName: ' Trần Thị Bình',
        representativeIdNumber: '025190005678',
        representativePhone: ' 0987654321 ',
      }),
    ).toEqual({
      type: 'organisation',
      name: 'Nguyễn Văn An',
      idNumber: '025 190 001 234',
      phone: '0912.345.678',
      email: 'an@example.com',
      address: 'Khu 2, xã Thạch Kiệt',
      representative: { name: 'Trần Thị Bình', idNumber: '025190005678', phone: '0987654321' },
    });
  });

  test('a complete applicant passes the server’s own schema', () => {
    expect(validateApplicant(filled)).toEqual({});
  });

  test('a short CCCD, a bad phone, a bad email and a blank name are caught field by field', () => {
    expect(validateApplicant({ ...filled, idNumber: '0251234', phone: '912345678', email: 'an@' })).toEqual({
      idNumber: true,
      phone: true,
      email: true,
    });
    expect(validateApplicant({ ...filled, name: '   ' })).toEqual({ name: true });
  });

  test('a representative, once ticked, needs a name and a valid ID; a bad phone of theirs is theirs', () => {
    expect(validateApplicant({ ...filled, hasRepresentative: true, representativeIdNumber: '12' })).toEqual({
      representativeName: true,
      representativeIdNumber: true,
    });
    expect(validateApplicant({ ...filled, name: ' ', hasRepresentative: true })).toEqual({
      name: true,
      representativeName: true,
      representativeIdNumber: true,
    });
    expect(
      validateApplicant({
        ...filled,
        hasRepresentative: true,
        representativeName: 'Trần Thị Bình',
        representativeIdNumber: '025190005678',
        representativePhone: '12345',
      }),
    ).toEqual({ representativePhone: true });
  });

  test('a 400’s paths land on the applicant’s fields and the named top-level ones; the rest is written out', () => {
    const mapped = fieldErrorsFromProblem(
      {
        status: 400,
        errors: [
          { path: 'body.applicant.idNumber', message: 'must be a CCCD' },
          { path: 'body.applicant.representative.phone', message: 'bad phone' },
          { path: 'body.applicant.representative.name', message: 'is required' },
          { path: 'body.applicant.language', message: 'vi or en' },
          { path: 'body.documents', message: 'missing required component 27' },
          { path: 'body.unitId', message: 'does not offer the procedure' },
          { path: 'body.constructor', message: 'not a field' },
          { path: 'body', message: 'expected an object' },
        ],
      },
      { unitId: 'unit', documents: 'documents' },
      (error) => `[${error.path}] ${error.message}`,
    );
    expect(mapped.fields).toEqual({
      idNumber: true,
      representativePhone: true,
      representativeName: true,
      documents: true,
      unit: true,
    });
    expect(mapped.other).toEqual([
      '[body.applicant.language] vi or en',
      '[body.constructor] not a field',
      '[body] expected an object',
    ]);
  });
});
