// Liveness (/api/health: the process and its database answer) and readiness (/api/ready: the
// database is reachable and every migration is applied).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { pendingMigrations } from '../../db/migrate.ts';
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

    app.get(
      '/api/ready',
      {
        schema: {
          tags: ['operations'],
          summary: 'Readiness: the database answers and no migration is pending',
          response: {
            200: z.object({ status: z.literal('ready') }),
            503: z.object({ status: z.literal('not-ready'), reason: z.string() }),
          },
        },
      },
      async (_request, reply) => {
        try {
          const pending = await pendingMigrations(ctx.pool);
          if (pending.length > 0) {
            return reply
              .status(503)
              .send({ status: 'not-ready' as const, reason: `pending migrations: ${pending.join(', ')}` });
          }
          return { status: 'ready' as const };
        } catch {
          return reply.status(503).send({ status: 'not-ready' as const, reason: 'database unreachable' });
        }
      },
    );
  };
