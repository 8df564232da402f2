// Satisfaction ratings for leaders: what citizens said of their units' dossiers, the dissatisfied
// first — a leader must see every "dissatisfied" (issue: the measure of the service).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../http/context.ts';
import { ForbiddenError } from '../../http/problem.ts';
import { Id, Paging } from '../../http/schemas.ts';
import { requireStaff } from '../auth/auth-plugin.ts';
import type { Staff } from '../auth/staff.ts';
import { iso } from '../dossiers/dossier-view.ts';

/** Leaders and administrators read ratings of the units they oversee. */
function ratingUnits(staff: Staff): number[] {
  return [
    ...new Set(
      staff.roles.filter((g) => g.role !== 'reception' && g.role !== 'specialist').flatMap((g) => g.unitIds),
    ),
  ];
}

export const ratingRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/ratings',
      {
        schema: {
          tags: ['citizen'],
          summary: "Citizens' satisfaction ratings of the caller's units (leaders and administrators)",
          querystring: z.strictObject({
            unitId: Id.optional(),
            score: z.enum(['very_satisfied', 'satisfied', 'dissatisfied']).optional(),
            ...Paging,
          }),
        },
      },
      async (request) => {
        const staff = requireStaff(request);
        let units = ratingUnits(staff);
        if (units.length === 0) throw new ForbiddenError('Only leaders and administrators read ratings.');
        if (request.query.unitId !== undefined) units = units.filter((u) => u === request.query.unitId);
        if (units.length === 0) return { items: [], total: 0 };
        const { page, pageSize, score } = request.query;
        let q = ctx.db
          .selectFrom('dossier_ratings as r')
          .innerJoin('dossiers as d', 'd.id', 'r.dossier_id')
          .innerJoin('procedures as p', 'p.id', 'd.procedure_id')
          .innerJoin('units as u', 'u.id', 'd.resolving_unit_id')
          .select([
            'd.code',
            'p.name as procedureName',
            'u.name as unitName',
            'r.score',
            'r.comment',
            'r.criteria',
            'r.created_at',
            sql<number>`count(*) over ()`.as('total'),
          ])
          .where((eb) =>
            eb.or([eb('d.resolving_unit_id', 'in', units), eb('d.receiving_unit_id', 'in', units)]),
          );
        if (score) q = q.where('r.score', '=', score);
        const rows = await q
          .orderBy(sql`r.score = 'dissatisfied'`, 'desc')
          .orderBy('r.created_at', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute();
        const spec = await ctx.calendars.getForUnit(units[0] ?? 0);
        return {
          items: rows.map(({ total: _, created_at, ...r }) => ({ ...r, createdAt: iso(spec, created_at) })),
          total: rows[0]?.total ?? 0,
        };
      },
    );
  };
