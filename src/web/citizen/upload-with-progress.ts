// POST /api/files through XMLHttpRequest, the one browser API that reports upload progress; abortable.
import { ApiError, type ProblemDetails } from '../http/client.ts';
import { fetchCsrfToken, type UploadedFile } from '../http/send.ts';

export type { UploadedFile };

/** What POST /api/files takes (decided from the bytes on the server) and its limit. */
export const maxFileBytes = 10 * 1024 * 1024;
export const fileAccept =
  'image/*,application/pdf,.pdf,.heic,.heif,.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface UploadHandle {
  promise: Promise<UploadedFile>;
  abort: () => void;
}

export class UploadAborted extends Error {
  constructor() {
    super('upload aborted');
    this.name = 'UploadAborted';
  }
}

function parseProblem(xhr: XMLHttpRequest): ProblemDetails {
  try {
    const body: unknown = JSON.parse(xhr.responseText);
    if (body && typeof body === 'object') return body as ProblemDetails;
  } catch {
    // A proxy's HTML error page: keep the status line.
  }
  return { status: xhr.status, title: xhr.statusText };
}

function send(
  file: File,
  onProgress: (fraction: number) => void,
  csrfToken: string | undefined,
  register: (xhr: XMLHttpRequest) => void,
): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    register(xhr);
    xhr.open('POST', '/api/files');
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        try {
          resolve(JSON.parse(xhr.responseText) as UploadedFile);
        } catch {
          reject(new ApiError(502, { status: 502, title: 'Bad answer' }));
        }
        return;
      }
      reject(new ApiError(xhr.status, parseProblem(xhr)));
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.ontimeout = () => reject(new TypeError('network timeout'));
    xhr.onabort = () => reject(new UploadAborted());
    const form = new FormData();
    form.set('file', file, file.name);
    xhr.send(form);
  });
}

/**
 * Uploads one file, calling `onProgress` with 0–1 as the bytes leave. A staff session in the same browser
 * makes the server ask for its CSRF token (XHR always sends same-origin cookies): fetched and tried once more.
 */
export function uploadWithProgress(file: File, onProgress: (fraction: number) => void): UploadHandle {
  let current: XMLHttpRequest | undefined;
  let isAborted = false;
  const register = (xhr: XMLHttpRequest) => {
    current = xhr;
  };
  const promise = (async () => {
    try {
      return await send(file, onProgress, undefined, register);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 403) || isAborted) throw error;
      const token = await fetchCsrfToken();
      if (!token || isAborted) throw error;
      onProgress(0);
      return send(file, onProgress, token, register);
    }
  })();
  return {
    promise,
    abort: () => {
      isAborted = true;
      current?.abort();
    },
  };
}
