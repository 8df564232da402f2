// What reaches the logs. Personal data never does: requests are logged by method and path (no
// query string: lookup keys; no headers: cookies, CSRF tokens; no bodies), errors by their kind
// and place (never PostgreSQL's `detail`, which quotes the failing row), and every free-text
// message is scrubbed of e-mail addresses and long digit runs (ID card and phone numbers).
// Proven by tests/api/no-personal-data-in-logs.test.ts.
import type { FastifyRequest } from 'fastify';

const EMAIL = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[a-z]{2,}/gi;
// Nine or more digits, perhaps grouped by spaces or dots: ID card (9 or 12) and phone (10) numbers.
const DIGITS = /(?<!\d)\d(?:[ .]?\d){8,}(?!\d)/g;
// PostgreSQL quotes the offending value at the end of some messages: `… for type uuid: "x"`.
const QUOTED_VALUE = /: "(?:[^"\\]|\\.)*"/g;

/** A free-text message as it may be logged. */
export function scrub(text: string): string {
  return text.replace(EMAIL, '[email]').replace(DIGITS, '[number]');
}

interface LoggableError {
  name?: string;
  message?: string;
  stack?: string;
  code?: string;
  statusCode?: number;
  severity?: string;
  routine?: string;
  table?: string;
  column?: string;
  constraint?: string;
}

/** An error as it may be logged: its kind, scrubbed message and stack, and where it happened. */
export function serializeError(error: LoggableError): {
  type: string;
  message: string;
  stack: string;
  [key: string]: unknown;
} {
  const isDatabaseError = typeof error.severity === 'string';
  const message = (m: string) => scrub(isDatabaseError ? m.replace(QUOTED_VALUE, ': "…"') : m);
  const out = {
    type: (error as object).constructor?.name || error.name || 'Error',
    message: message(String(error.message ?? '')),
    stack: message(String(error.stack ?? '')),
  } as { type: string; message: string; stack: string; [key: string]: unknown };
  for (const key of ['code', 'statusCode', 'routine', 'table', 'column', 'constraint'] as const) {
    if (error[key] !== undefined) out[key] = error[key];
  }
  return out;
}

export const logSerializers = {
  req: (req: FastifyRequest) => ({ method: req.method, url: String(req.url).split('?')[0] }),
  err: serializeError,
};
