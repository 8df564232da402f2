// Public routes for the administrative unit tree.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.ts';
import { listOf } from '../../http/schemas.ts';
import { listLevels, listUnits } from './unit-repository.ts';

const Unit = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  level: z.string(),
  parentId: z.number().nullable(),
  address: z.string().nullable(),
});

export const unitRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/units',
      {
        schema: {
          tags: ['units'],
          summary: 'Every administrative unit, parents before children',
          querystring: z.strictObject({}),
          response: { 200: listOf(Unit) },
        },
      },
      async () => {
        const items = (await listUnits(ctx.db)).map(({ calendarId: _, ...u }) => u);
        return { items, total: items.length };
      },
    );

    app.get(
      '/api/unit-levels',
      {
        schema: {
          tags: ['units'],
          summary: 'The levels of the unit tree, from the top',
          querystring: z.strictObject({}),
          response: { 200: listOf(z.object({ code: z.string(), name: z.string(), rank: z.number() })) },
        },
      },
      async () => {
        const items = await listLevels(ctx.db);
        return { items, total: items.length };
      },
    );
  };
