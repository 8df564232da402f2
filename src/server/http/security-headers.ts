// The security headers of every response, computed once: for pages, what helmet's defaults send
// with our strict Content-Security-Policy; for the API, the smaller set an API answer needs. Once: a lookup or a reception should not rebuild the same
// header text on every request. A route may still replace any of them (file downloads and the
// development mailbox set a sandboxing policy of their own).
import type { FastifyInstance } from 'fastify';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets inline styles; QR codes and previews are data: and blob: images
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join(';');

export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    'content-security-policy': CSP,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'no-referrer',
    ...(options.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'SAMEORIGIN',
    'x-permitted-cross-domain-policies': 'none',
    // the browser's own XSS filter is itself a risk: off, the CSP does the work
    'x-xss-protection': '0',
  };
}

/**
 * What an API answer (JSON, problem+json, a PDF or an upload) needs, per the OWASP REST Security
 * Cheat Sheet: it is never a page, so it may load nothing and be framed by nobody. The headers
 * that only mean something to an HTML document stay on the pages.
 */
export function apiSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
    ...(options.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  };
}

export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  const page = Object.entries(securityHeaders(options));
  const api = Object.entries(apiSecurityHeaders(options));
  app.addHook('onRequest', (request, reply, done) => {
    // /api/docs is the OpenAPI browser: a page
    const isApi = request.url.startsWith('/api/') && !request.url.startsWith('/api/docs');
    const headers = isApi ? api : page;
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}
