// The applicant part of the online form and of the counter form: the draft, the body the API takes, the check
// with the server's own zod schema, and the server's 400 `errors[].path` mapped back onto the form's fields.
import { Applicant } from '../../domain/dossier/applicant.ts';
import type { ProblemDetails } from '../http/client.ts';

export interface ApplicantDraft {
  type: 'citizen' | 'organisation';
  name: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
  hasRepresentative: boolean;
  representativeName: string;
  representativeIdNumber: string;
  representativePhone: string;
}

export const emptyApplicantDraft: Readonly<ApplicantDraft> = {
  type: 'citizen',
  name: '',
  idNumber: '',
  phone: '',
  email: '',
  address: '',
  hasRepresentative: false,
  representativeName: '',
  representativeIdNumber: '',
  representativePhone: '',
};

/** The applicant's fields in the order both forms show them; each form puts its own around them. */
export const applicantFields = [
  'name',
  'idNumber',
  'phone',
  'email',
  'address',
  'representativeName',
  'representativeIdNumber',
  'representativePhone',
] as const;
export type ApplicantField = (typeof applicantFields)[number];
export type ApplicantErrors = Partial<Record<ApplicantField, true>>;

/** The applicant as the API takes it (the online form adds the mail language). */
export type ApplicantBody = {
  type: ApplicantDraft['type'];
  name: string;
  idNumber: string;
  phone: string;
  email?: string;
  address?: string;
  representative?: { name: string; idNumber: string; phone?: string };
};

const clean = (text: string) => text.trim();

/** The applicant as the API takes it: empty optional fields left out, the representative only when ticked. */
export function applicantBody(draft: ApplicantDraft): ApplicantBody {
  const body: ApplicantBody = {
    type: draft.type,
    name: clean(draft.name),
    idNumber: clean(draft.idNumber),
    phone: clean(draft.phone),
  };
  if (clean(draft.email)) body.email = clean(draft.email);
  if (clean(draft.address)) body.address = clean(draft.address);
  if (draft.hasRepresentative) {
    body.representative = {
      name: clean(draft.representativeName),
      idNumber: clean(draft.representativeIdNumber),
    };
    if (clean(draft.representativePhone)) body.representative.phone = clean(draft.representativePhone);
  }
  return body;
}

/** `['representative', 'idNumber']` → representativeIdNumber; `['phone']` → phone; `['language']` → none. */
function fieldOfApplicantPath(path: readonly PropertyKey[]): ApplicantField | undefined {
  const [first, second] = path.map(String);
  if (first === 'representative') {
    if (second === 'idNumber') return 'representativeIdNumber';
    if (second === 'phone') return 'representativePhone';
    return 'representativeName';
  }
  return (applicantFields as readonly string[]).includes(first ?? '') ? (first as ApplicantField) : undefined;
}

/** The same rules as the server (one zod schema for both), so a mistake shows before anything is sent. */
export function validateApplicant(draft: ApplicantDraft): ApplicantErrors {
  const result = Applicant.safeParse(applicantBody(draft));
  const errors: ApplicantErrors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = fieldOfApplicantPath(issue.path);
    if (field) errors[field] = true;
  }
  return errors;
}

type ProblemError = NonNullable<ProblemDetails['errors']>[number];

/**
 * A 400's `errors[].path` (`body.applicant.idNumber`) onto the form's fields: the applicant's own, and the
 * form's top-level ones named in `fieldOfBody` (`{ documents: 'documents' }`). What matches no field comes back
 * in `other`, written by `otherText`, to be shown as the server wrote it.
 */
export function fieldErrorsFromProblem<Field extends string>(
  problem: ProblemDetails,
  fieldOfBody: Readonly<Record<string, Field>>,
  otherText: (error: ProblemError) => string,
): { fields: Partial<Record<ApplicantField | Field, true>>; other: string[] } {
  const fields: Partial<Record<ApplicantField | Field, true>> = {};
  const other: string[] = [];
  for (const error of problem.errors ?? []) {
    const [first = '', ...rest] = error.path.split('.').filter((part) => part !== 'body');
    let field: ApplicantField | Field | undefined;
    if (first === 'applicant') field = fieldOfApplicantPath(rest);
    else if (Object.hasOwn(fieldOfBody, first)) field = fieldOfBody[first];
    if (field) fields[field] = true;
    else other.push(otherText(error));
  }
  return { fields, other };
}
