// Public routes for citizens: online submission, lookup by code and key, online supplement, rating.
// Rate-limited per client; nothing here needs an account.
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dossierStatuses } from '../../../domain/dossier/lifecycle.ts';
import { formatInstant } from '../../../domain/time/format-instant.ts';
import type { AppContext } from '../../http/context.ts';
import { rateLimitKey } from '../../http/rate-limit-key.ts';
import { DocumentRefs } from '../dossiers/actions/action-schemas.ts';
import { lookupDossier, lookupDossierCached } from './lookup-dossier.ts';
import { Rating, rateDossier } from './rate-dossier.ts';
import { OnlineSubmission, submitDossier } from './submit-dossier.ts';
import { supplementOnline } from './supplement-online.ts';

const Code = z.string().min(1).max(60);
const Key = z.strictObject({ key: z.string().min(1).max(64) });

export const citizenRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(rateLimit, {
      global: false,
      keyGenerator: rateLimitKey,
      // The limit is told with the 429 (and Retry-After), not on every lookup a phone makes.
      addHeadersOnExceeding: {
        'x-ratelimit-limit': false,
        'x-ratelimit-remaining': false,
        'x-ratelimit-reset': false,
      },
    });
    const limits = ctx.config.rateLimits;
    const perMinute = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });

    app.post(
      '/api/dossiers',
      {
        config: perMinute(limits.submitPerMinute),
        schema: {
          tags: ['citizen'],
          summary: 'Submit a dossier online (procedures whose online level is full or partial)',
          description:
            'Upload each document first (POST /api/files). The lookup key is shown once here and emailed.',
          body: OnlineSubmission,
          response: {
            201: z.object({
              code: z.string(),
              lookupKey: z.string(),
              status: z.literal('submitted'),
              appointmentEstimate: z.string().nullable(),
            }),
          },
        },
      },
      async (request, reply) => {
        const r = await submitDossier({ db: ctx.db, calendars: ctx.calendars, body: request.body });
        return reply.status(201).send({
          code: r.code,
          lookupKey: r.lookupKey,
          status: 'submitted' as const,
          appointmentEstimate: r.appointmentEstimate
            ? formatInstant(r.appointmentEstimate, 'Asia/Ho_Chi_Minh')
            : null,
        });
      },
    );

    app.get(
      '/api/lookup/:code',
      {
        config: perMinute(limits.lookupPerMinute),
        schema: {
          tags: ['citizen'],
          summary: "The citizen's view of a dossier: status, times, public timeline, what is asked",
          description: 'Without the right key: 404, the same answer whether the code exists or not.',
          params: z.object({ code: Code }),
          querystring: Key,
          response: { 200: z.looseObject({ code: z.string(), status: z.enum(dossierStatuses) }) },
        },
      },
      async (request, reply) => {
        const json = await lookupDossierCached(ctx.db, ctx.lookups, request.params.code, request.query.key);
        // Already JSON, sent as it is (the same text whether it came from the cache or not); the
        // schema above still documents it. Fastify sends a string without serialising it again.
        return reply.type('application/json; charset=utf-8').send(json as never);
      },
    );

    app.post(
      '/api/lookup/:code/supplement',
      {
        config: perMinute(limits.submitPerMinute),
        schema: {
          tags: ['citizen'],
          summary: 'Send the documents that were asked for; the clock resumes',
          params: z.object({ code: Code }),
          querystring: Key,
          body: z.strictObject({
            documents: DocumentRefs.min(1),
            note: z.string().trim().max(2000).optional(),
          }),
          response: { 200: z.looseObject({ code: z.string() }) },
        },
      },
      async (request) => {
        await supplementOnline({
          db: ctx.db,
          calendars: ctx.calendars,
          code: request.params.code,
          key: request.query.key,
          body: request.body,
        });
        ctx.lookups.evict(request.params.code); // this process answers the next lookup fresh at once
        return lookupDossier(ctx.db, request.params.code, request.query.key);
      },
    );

    app.post(
      '/api/lookup/:code/rating',
      {
        config: perMinute(limits.submitPerMinute),
        schema: {
          tags: ['citizen'],
          summary: 'Rate a finished dossier, once',
          params: z.object({ code: Code }),
          querystring: Key,
          body: Rating,
          response: { 201: z.object({ ok: z.literal(true) }) },
        },
      },
      async (request, reply) => {
        await rateDossier({
          db: ctx.db,
          code: request.params.code,
          key: request.query.key,
          body: request.body,
        });
        ctx.lookups.evict(request.params.code);
        return reply.status(201).send({ ok: true as const });
      },
    );
  };
