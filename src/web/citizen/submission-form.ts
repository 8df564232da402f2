// The online submission form's data: the applicant draft checked with the server's own zod schema, the
// POST /api/dossiers body, and the server's 400 `errors[].path` mapped back onto the form's fields.
import {
  type ApplicantDraft as ApplicantPart,
  validateApplicant as applicantErrors,
  applicantFields,
  applicantBody as applicantPartBody,
  emptyApplicantDraft,
  fieldErrorsFromProblem,
} from '../applicant/applicant-form.ts';
import type { ProblemDetails } from '../http/client.ts';
import type { ApplicantBody, DocumentRef, MailLanguage, SubmissionBody } from './citizen-api.ts';
import type { UploadedFile } from './upload-with-progress.ts';

/** The applicant, and the language of the emails they will get. */
export interface ApplicantDraft extends ApplicantPart {
  language: MailLanguage;
}

export function emptyApplicant(language: MailLanguage): ApplicantDraft {
  return { ...emptyApplicantDraft, language };
}

export const formFields = ['unit', ...applicantFields, 'documents', 'pledge'] as const;
export type FormField = (typeof formFields)[number];
export type FormErrors = Partial<Record<FormField, true>>;

const clean = (text: string) => text.trim();

/** The applicant as the API takes it: empty optional fields left out, the mail language always in. */
export function applicantBody(draft: ApplicantDraft): ApplicantBody {
  return { ...applicantPartBody(draft), language: draft.language };
}

/** The same rules as the server (one zod schema for both), so the citizen learns of a mistake before sending. */
export function validateApplicant(draft: ApplicantDraft): FormErrors {
  return applicantErrors(draft);
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
  return fieldErrorsFromProblem(
    problem,
    { unitId: 'unit', documents: 'documents' },
    (error) => error.message,
  );
}

/** The first field with an error, in the order the form shows them: where focus goes. */
export function firstErrorField(errors: FormErrors): FormField | undefined {
  return formFields.find((field) => errors[field]);
}
