// The counter form's data: drafts of the applicant and the documents, checked with the server's own applicant
// schema, turned into the POST /api/counter/dossiers body, and the server's field errors mapped back.
import { Applicant } from '../../domain/dossier/applicant.ts';
import type { ProcedureDetail } from '../http/catalog-queries.ts';
import type { ProblemDetails } from '../http/client.ts';
import type { CounterReceptionBody } from '../http/dossier-queries.ts';
import type { UploadedFile } from '../http/send.ts';

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

export const emptyApplicant: ApplicantDraft = {
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

export interface DocumentDraft {
  componentId: number;
  name: string;
  originals: number;
  copies: number;
  isRequired: boolean;
  isChecked: boolean;
  file?: UploadedFile | undefined;
}

/** One row per component of the procedure; the required ones start ticked, with the catalog's copies. */
export function documentDrafts(documents: ProcedureDetail['documents']): DocumentDraft[] {
  return documents.map((document) => ({
    componentId: document.id,
    name: document.name,
    originals: document.originals,
    copies: document.copies,
    isRequired: document.required,
    isChecked: document.required,
  }));
}

export const fieldKeys = [
  'procedure',
  'name',
  'idNumber',
  'phone',
  'email',
  'address',
  'representativeName',
  'representativeIdNumber',
  'representativePhone',
  'documents',
] as const;
export type FieldKey = (typeof fieldKeys)[number];
export type FieldErrors = Partial<Record<FieldKey, true>>;

const trimmed = (text: string) => text.trim();

/** The applicant as the API takes it: empty optional fields left out. */
export function applicantInput(draft: ApplicantDraft): Record<string, unknown> {
  const input: Record<string, unknown> = {
    type: draft.type,
    name: trimmed(draft.name),
    idNumber: trimmed(draft.idNumber),
    phone: trimmed(draft.phone),
  };
  if (trimmed(draft.email)) input.email = trimmed(draft.email);
  if (trimmed(draft.address)) input.address = trimmed(draft.address);
  if (draft.hasRepresentative) {
    const representative: Record<string, string> = {
      name: trimmed(draft.representativeName),
      idNumber: trimmed(draft.representativeIdNumber),
    };
    if (trimmed(draft.representativePhone)) representative.phone = trimmed(draft.representativePhone);
    input.representative = representative;
  }
  return input;
}

/** The form field of an applicant path (`representative.idNumber` → representativeIdNumber). */
function fieldOfApplicantPath(path: readonly PropertyKey[]): FieldKey | undefined {
  const [first, second] = path.map(String);
  if (first === 'representative') {
    if (second === 'name') return 'representativeName';
    if (second === 'idNumber') return 'representativeIdNumber';
    if (second === 'phone') return 'representativePhone';
    return 'representativeName';
  }
  return (fieldKeys as readonly string[]).includes(first ?? '') ? (first as FieldKey) : undefined;
}

/** Client-side check with the same zod schema the server uses, so both agree on every rule. */
export function validateApplicant(draft: ApplicantDraft): FieldErrors {
  const result = Applicant.safeParse(applicantInput(draft));
  const errors: FieldErrors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = fieldOfApplicantPath(issue.path);
    if (field) errors[field] = true;
  }
  return errors;
}

/** Names of required components that are not ticked. */
export function missingRequired(documents: readonly DocumentDraft[]): string[] {
  return documents.filter((document) => document.isRequired && !document.isChecked).map((d) => d.name);
}

export function buildCounterBody(input: {
  procedureId: number;
  channel: 'counter' | 'post';
  applicant: ApplicantDraft;
  documents: readonly DocumentDraft[];
  note: string;
}): CounterReceptionBody {
  const body: CounterReceptionBody = {
    procedureId: input.procedureId,
    channel: input.channel,
    applicant: applicantInput(input.applicant),
    documents: input.documents
      .filter((document) => document.isChecked)
      .map((document) => ({
        componentId: document.componentId,
        copies: document.copies,
        ...(document.file ? { fileId: document.file.id } : {}),
      })),
  };
  if (input.note.trim()) body.note = input.note.trim();
  return body;
}

/**
 * Maps a 400's `errors[].path` (`body.applicant.idNumber`) to the form's fields; what matches no field
 * comes back in `other` to be shown as it is.
 */
export function fieldErrorsFromProblem(problem: ProblemDetails): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const error of problem.errors ?? []) {
    const parts = error.path.split('.').filter((part) => part !== 'body');
    let field: FieldKey | undefined;
    if (parts[0] === 'applicant') field = fieldOfApplicantPath(parts.slice(1));
    else if (parts[0] === 'procedureId') field = 'procedure';
    else if (parts[0] === 'documents') field = 'documents';
    if (field) fields[field] = true;
    else other.push(`${error.path}: ${error.message}`);
  }
  return { fields, other };
}
