// The counter form's data: drafts of the applicant and the documents, checked with the server's own applicant
// schema, turned into the POST /api/counter/dossiers body, and the server's field errors mapped back.
import {
  type ApplicantDraft,
  applicantBody,
  validateApplicant as applicantErrors,
  fieldErrorsFromProblem as applicantFieldErrors,
  applicantFields,
  emptyApplicantDraft,
} from '../applicant/applicant-form.ts';
import type { ProcedureDetail } from '../http/catalog-queries.ts';
import type { ProblemDetails } from '../http/client.ts';
import type { CounterReceptionBody } from '../http/dossier-queries.ts';
import type { UploadedFile } from '../http/send.ts';

export type { ApplicantDraft };

export const emptyApplicant: ApplicantDraft = emptyApplicantDraft;

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

export const fieldKeys = ['procedure', ...applicantFields, 'documents'] as const;
export type FieldKey = (typeof fieldKeys)[number];
export type FieldErrors = Partial<Record<FieldKey, true>>;

/** Client-side check with the same zod schema the server uses, so both agree on every rule. */
export function validateApplicant(draft: ApplicantDraft): FieldErrors {
  return applicantErrors(draft);
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
    applicant: applicantBody(input.applicant),
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
 * comes back in `other` to be shown as it is, with its path.
 */
export function fieldErrorsFromProblem(problem: ProblemDetails): { fields: FieldErrors; other: string[] } {
  return applicantFieldErrors(
    problem,
    { procedureId: 'procedure', documents: 'documents' },
    (error) => `${error.path}: ${error.message}`,
  );
}
