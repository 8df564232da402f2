// Staff requests that change data (JSON or multipart) with the session's CSRF token, re-fetched once on 403.
import { ApiError, getJson, type ProblemDetails } from './client.ts';

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | undefined;

/** Forgets the token, e.g. after signing out, so the next session fetches its own. */
export function forgetCsrfToken(): void {
  csrfToken = undefined;
}

/** The session's CSRF token; undefined when nobody is signed in (the sign-in request needs none). */
export async function fetchCsrfToken(): Promise<string | undefined> {
  try {
    csrfToken = (await getJson<{ token: string }>('/api/auth/csrf')).token;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      csrfToken = undefined;
      return undefined;
    }
    throw error;
  }
  return csrfToken;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { status: response.status, title: response.statusText } satisfies ProblemDetails;
  }
}

async function send(
  method: Method,
  path: string,
  body: BodyInit | undefined,
  json: boolean,
): Promise<unknown> {
  const attempt = async () => {
    const token = csrfToken ?? (await fetchCsrfToken());
    const headers: Record<string, string> = { accept: 'application/json' };
    if (json) headers['content-type'] = 'application/json';
    if (token) headers['x-csrf-token'] = token;
    return fetch(path, { method, headers, body, credentials: 'same-origin' });
  };
  let response = await attempt();
  // The token belongs to a session that may have been replaced (another sign-in): fetch it again, once.
  if (response.status === 403) {
    await fetchCsrfToken();
    response = await attempt();
  }
  const answer = await readBody(response);
  if (!response.ok) {
    const problem =
      answer && typeof answer === 'object'
        ? (answer as ProblemDetails)
        : { status: response.status, title: response.statusText };
    throw new ApiError(response.status, problem);
  }
  return answer;
}

export async function sendJson<T>(method: Method, path: string, body?: unknown): Promise<T> {
  return (await send(
    method,
    path,
    body === undefined ? undefined : JSON.stringify(body),
    body !== undefined,
  )) as T;
}

export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  mediaType: string;
  sha256: string;
}

/** POST /api/files with the multipart field `file`. */
export async function uploadFile(file: File): Promise<UploadedFile> {
  const form = new FormData();
  form.set('file', file, file.name);
  return (await send('POST', '/api/files', form, false)) as UploadedFile;
}
