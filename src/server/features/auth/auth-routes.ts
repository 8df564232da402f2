// Staff sign-in, sign-out, who-am-I and the CSRF token (API.md "Field names the contract fixes").
// Sign-in is limited per client address (guessing across many accounts) on top of the per-account
// lock-out in sign-in.ts (guessing one account's password).
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.ts';
import { UnauthorizedError } from '../../http/problem.ts';
import { rateLimitKey } from '../../http/rate-limit-key.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { requireStaff, SESSION_COOKIE } from './auth-plugin.ts';
import { deleteSession, SESSION_MAX_HOURS } from './session-repository.ts';
import { signIn } from './sign-in.ts';
import type { Staff } from './staff.ts';

const User = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(z.object({ role: z.string(), unitId: z.number() })),
});

const presentUser = (s: Pick<Staff, 'id' | 'username' | 'fullName' | 'roles'>) => ({
  id: s.id,
  username: s.username,
  fullName: s.fullName,
  roles: s.roles.map(({ role, unitId }) => ({ role, unitId })),
});

export const authRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(rateLimit, { global: false, keyGenerator: rateLimitKey });

    app.post(
      '/api/auth/login',
      {
        config: { rateLimit: { max: ctx.config.rateLimits.signInPerMinute, timeWindow: '1 minute' } },
        schema: {
          tags: ['auth'],
          summary: 'Sign in; sets the session cookie',
          body: z.strictObject({
            username: z.string().min(1).max(100),
            password: z.string().min(1).max(200),
          }),
          response: { 200: z.object({ user: User }) },
        },
      },
      async (request, reply) => {
        let signedIn: Awaited<ReturnType<typeof signIn>>;
        try {
          signedIn = await signIn({ db: ctx.db, ...request.body });
        } catch (error) {
          await writeAudit(ctx.db, {
            action: 'auth.sign-in-failed',
            target: request.body.username.slice(0, 100),
            ip: request.ip,
            detail: { status: (error as { status?: number }).status ?? null },
          });
          throw error;
        }
        const { staff, token } = signedIn;
        await writeAudit(ctx.db, {
          actorId: staff.id,
          actorName: staff.fullName,
          action: 'auth.sign-in',
          ip: request.ip,
        });
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'strict',
          secure: ctx.config.secureCookies,
          maxAge: SESSION_MAX_HOURS * 3600,
        });
        return { user: presentUser(staff) };
      },
    );

    app.post(
      '/api/auth/logout',
      { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } } },
      async (request, reply) => {
        const staff = requireStaff(request);
        await deleteSession(ctx.db, staff.sessionId);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/auth/me',
      { schema: { tags: ['auth'], summary: 'The signed-in staff member', response: { 200: User } } },
      async (request) => presentUser(requireStaff(request)),
    );

    app.get(
      '/api/auth/csrf',
      {
        schema: {
          tags: ['auth'],
          summary: 'The CSRF token to send as x-csrf-token on mutating requests',
          response: { 200: z.object({ token: z.string() }) },
        },
      },
      async (request) => {
        if (!request.staff) throw new UnauthorizedError();
        return { token: request.staff.csrfToken };
      },
    );
  };
