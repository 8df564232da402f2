// Liveness: the process answers and its database does.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../http/context.ts';

export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['operations'],
          summary: 'Liveness, the kind of database and the version',
          response: {
            200: z.object({
              status: z.literal('ok'),
              database: z.enum(['embedded', 'external']),
              version: z.string(),
            }),
            503: z.object({
              status: z.literal('unavailable'),
              database: z.enum(['embedded', 'external']),
              version: z.string(),
            }),
          },
        },
      },
      async (_request, reply) => {
        try {
          await sql`select 1`.execute(ctx.db);
          return { status: 'ok' as const, database: ctx.databaseKind, version: ctx.version };
        } catch {
          return reply
            .status(503)
            .send({ status: 'unavailable' as const, database: ctx.databaseKind, version: ctx.version });
        }
      },
    );
  };
