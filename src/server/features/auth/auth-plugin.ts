// Authenticates every request from its session cookie and enforces the CSRF token on mutations.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../../http/context.ts';
import { ForbiddenError, UnauthorizedError } from '../../http/problem.ts';
import { findStaffBySessionToken } from './session-repository.ts';
import type { Staff } from './staff.ts';

export const SESSION_COOKIE = 'motcua_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    staff: Staff | null;
    /** a session cookie came with a mutating request but without its CSRF token */
    csrfRefused: boolean;
  }
}

export const authPlugin = fp(async (app: FastifyInstance, opts: { ctx: AppContext }) => {
  app.decorateRequest('staff', null);
  app.decorateRequest('csrfRefused', false);
  app.addHook('preHandler', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    const staff = await findStaffBySessionToken(opts.ctx.db, token);
    if (!staff) return;
    // Signing in again replaces the session, so it needs no token of the old one.
    const isSignIn = request.method === 'POST' && request.url.split('?')[0] === '/api/auth/login';
    if (
      !SAFE_METHODS.has(request.method) &&
      !isSignIn &&
      request.headers['x-csrf-token'] !== staff.csrfToken
    ) {
      // Not acting as staff: public endpoints still serve the request as anonymous (a citizen's
      // upload in a browser where an officer is signed in); staff endpoints answer 403.
      request.csrfRefused = true;
      return;
    }
    request.staff = staff;
  });
});

/** The signed-in staff member, or 401. */
export function requireStaff(request: FastifyRequest): Staff {
  if (request.csrfRefused) {
    throw new ForbiddenError('Missing or wrong CSRF token (header x-csrf-token, from GET /api/auth/csrf).');
  }
  if (!request.staff) throw new UnauthorizedError();
  return request.staff;
}
