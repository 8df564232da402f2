// The online submission form's data: the applicant draft checked with the server's own zod schema, the
// POST /api/dossiers body, and the server's 400 `errors[].path` mapped back onto the form's fields.
import { Applicant } from '../../domain/dossier/applicant.ts';
import type { ProblemDetails } from '../http/client.ts';
import type {
  ApplicantBody,
  ApplicantType,
  DocumentRef,
  MailLanguage,
  SubmissionBody,
} from './citizen-api.ts';
import type { UploadedFile } from './upload-with-progress.ts';

export interface ApplicantDraft {
  type: ApplicantType;
  name: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
  hasRepresentative: boolean;
  representativeName: string;
  representativeIdNumber: string;
  representativePhone: string;
  language: MailLanguage;
}

export function emptyApplicant(language: MailLanguage): ApplicantDraft {
  return {
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
    language,
  };
}

export const formFields = [
  'unit',
  'name',
  'idNumber',
  'phone',
  'email',
  'address',
  'representativeName',
  'representativeIdNumber',
  'representativePhone',
  'documents',
  'pledge',
] as const;
export type FormField = (typeof formFields)[number];
export type FormErrors = Partial<Record<FormField, true>>;

const clean = (text: string) => text.trim();

/** The applicant as the API takes it: empty optional fields left out. */
export function applicantBody(draft: ApplicantDraft): ApplicantBody {
  const body: ApplicantBody = {
    type: draft.type,
    name: clean(draft.name),
    idNumber: clean(draft.idNumber),
    phone: clean(draft.phone),
    language: draft.language,
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

/** `['representative', 'idNumber']` → representativeIdNumber; `['phone']` → phone. */
function fieldOfApplicantPath(path: readonly string[]): FormField | undefined {
  const [first, second] = path;
  if (first === 'representative') {
    if (second === 'idNumber') return 'representativeIdNumber';
    if (second === 'phone') return 'representativePhone';
    return 'representativeName';
  }
  return (formFields as readonly string[]).includes(first ?? '') ? (first as FormField) : undefined;
}

/** The same rules as the server (one zod schema for both), so the citizen learns of a mistake before sending. */
export function validateApplicant(draft: ApplicantDraft): FormErrors {
  const result = Applicant.safeParse(applicantBody(draft));
  const errors: FormErrors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = fieldOfApplicantPath(issue.path.map(String));
    if (field) errors[field] = true;
  }
  return errors;
}

export interface DocumentSlot {
  componentId: number;
  name: string;
  isRequired: boolean;
  note: string | null;
}

/** Required documents that have no finished upload. */
export function missingDocuments(
  slots: readonly DocumentSlot[],
  filesOf: (componentId: number) => UploadedFile[],
): DocumentSlot[] {
  return slots.filter((slot) => slot.isRequired && filesOf(slot.componentId).length === 0);
}

export function documentRefs(
  slots: readonly DocumentSlot[],
  filesOf: (componentId: number) => UploadedFile[],
): DocumentRef[] {
  return slots.flatMap((slot) =>
    filesOf(slot.componentId).map((file) => ({ componentId: slot.componentId, fileId: file.id })),
  );
}

export function submissionBody(input: {
  procedureId: number;
  unitId: number;
  applicant: ApplicantDraft;
  documents: DocumentRef[];
  note: string;
}): SubmissionBody {
  const body: SubmissionBody = {
    procedureId: input.procedureId,
    unitId: input.unitId,
    applicant: applicantBody(input.applicant),
    documents: input.documents,
  };
  if (clean(input.note)) body.note = clean(input.note);
  return body;
}

/**
 * A 400's `errors[].path` (`body.applicant.idNumber`) onto the form's fields; what matches no field comes back
 * in `other`, to be shown as the server wrote it.
 */
export function errorsFromProblem(problem: ProblemDetails): { fields: FormErrors; other: string[] } {
  const fields: FormErrors = {};
  const other: string[] = [];
  for (const error of problem.errors ?? []) {
    const parts = error.path.split('.').filter((part) => part !== 'body');
    let field: FormField | undefined;
    if (parts[0] === 'applicant') field = fieldOfApplicantPath(parts.slice(1));
    else if (parts[0] === 'unitId') field = 'unit';
    else if (parts[0] === 'documents') field = 'documents';
    if (field) fields[field] = true;
    else other.push(error.message);
  }
  return { fields, other };
}

/** The first field with an error, in the order the form shows them: where focus goes. */
export function firstErrorField(errors: FormErrors): FormField | undefined {
  return formFields.find((field) => errors[field]);
}
