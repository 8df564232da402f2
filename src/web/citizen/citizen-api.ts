// The public citizen endpoints (online submission, lookup by code and key, supplement, rating): no account, no cookie.
import { useQuery } from '@tanstack/react-query';
import type { DossierStatus } from '../../domain/dossier/lifecycle.ts';
import type { ApplicantBody as ApplicantPartBody } from '../applicant/applicant-form.ts';
import { ApiError, getJson, type ProblemDetails, shouldRetry, withQuery } from '../http/client.ts';

export type MailLanguage = 'vi' | 'en';

/** The applicant as POST /api/dossiers takes it: the counter's, and the language of the emails. */
export type ApplicantBody = ApplicantPartBody & { language: MailLanguage };

export interface DocumentRef {
  componentId: number;
  fileId: string;
}

export interface SubmissionBody {
  procedureId: number;
  unitId: number;
  applicant: ApplicantBody;
  documents: DocumentRef[];
  note?: string;
}

export interface SubmissionAnswer {
  code: string;
  lookupKey: string;
  status: 'submitted';
  /** When the result may be ready if an officer accepted it now: an estimate, not the appointment. */
  appointmentEstimate: string | null;
}

export interface LocalText {
  vi: string;
  en: string;
}

export interface LookupView {
  code: string;
  status: DossierStatus;
  portalStatus: number;
  statusText: LocalText;
  procedureCode: string;
  procedureName: string;
  applicantName: string;
  channel: 'online' | 'counter' | 'post';
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  deliveredAt: string | null;
  decision: 'approved' | 'rejected' | null;
  timeline: { at: string | null; action: string; text: LocalText; unitName: string | null }[];
  request: { items: string[]; reason: string } | null;
  canRate: boolean;
  rating: { score: RatingScore } | null;
}

export const ratingScores = ['very_satisfied', 'satisfied', 'dissatisfied'] as const;
export type RatingScore = (typeof ratingScores)[number];
export const ratingMarks = ['good', 'fair', 'poor'] as const;
export type RatingMark = (typeof ratingMarks)[number];
/** The evaluation criteria of Circular 01/2018/TT-VPCP, each marked good / fair / poor. */
export const ratingCriteria = [
  'processingTime',
  'visits',
  'staffAttitude',
  'publicity',
  'onlineUse',
] as const;
export type RatingCriterion = (typeof ratingCriteria)[number];

export interface RatingBody {
  score: RatingScore;
  comment?: string;
  criteria?: Partial<Record<RatingCriterion, RatingMark>>;
}

export interface SupplementBody {
  documents: DocumentRef[];
  note?: string;
}

async function readAnswer(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * POST without cookies: a citizen needs no session, and a staff session in the same browser would
 * otherwise make the server ask for its CSRF token.
 */
async function postPublic<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'omit',
  });
  const answer = await readAnswer(response);
  if (!response.ok) {
    const problem: ProblemDetails =
      answer && typeof answer === 'object'
        ? (answer as ProblemDetails)
        : { status: response.status, title: response.statusText };
    throw new ApiError(response.status, problem);
  }
  return answer as T;
}

export function submitDossier(body: SubmissionBody): Promise<SubmissionAnswer> {
  return postPublic<SubmissionAnswer>('/api/dossiers', body);
}

function lookupPath(code: string, key: string, action = ''): string {
  return withQuery(`/api/lookup/${encodeURIComponent(code)}${action}`, { key });
}

export function sendSupplement(code: string, key: string, body: SupplementBody): Promise<LookupView> {
  return postPublic<LookupView>(lookupPath(code, key, '/supplement'), body);
}

export function sendRating(code: string, key: string, body: RatingBody): Promise<void> {
  return postPublic<void>(lookupPath(code, key, '/rating'), body);
}

export function lookupKey(code: string, key: string) {
  return ['lookup', code, key] as const;
}

export function useLookup(code: string, key: string) {
  return useQuery({
    queryKey: lookupKey(code, key),
    queryFn: ({ signal }) => getJson<LookupView>(lookupPath(code, key), signal),
    enabled: code !== '' && key !== '',
    retry: shouldRetry,
    // The dossier moves on while the page is open: fresh on every visit, no background polling.
    staleTime: 0,
  });
}

/** A code and key as typed or pasted: spaces dropped, the key in capitals as it is printed. */
export function cleanLookupInput(code: string, key: string): { code: string; key: string } {
  return { code: code.replace(/\s+/g, ''), key: key.replace(/[\s-]+/g, '').toUpperCase() };
}

/** The lookup page of a dossier, as the receipt's QR code and the emails link to it. */
export function lookupPagePath(code: string, key: string): string {
  return withQuery('/tra-cuu', { code, key });
}
