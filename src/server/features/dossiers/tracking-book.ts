// The tracking book (Sổ theo dõi hồ sơ, Circular 03/2025/TT-VPCP) as a PDF listing of the dossiers
// a unit received in a period, optionally of one field. Streams: thousands of rows are fine.
import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { atLocal } from '../../../domain/calendar/index.ts';
import { formatInstant } from '../../../domain/time/format-instant.ts';
import type { AppContext } from '../../http/context.ts';
import { BadRequestError, NotFoundError } from '../../http/problem.ts';
import { Id, IsoDate } from '../../http/schemas.ts';
import { requireStaff } from '../auth/auth-plugin.ts';
import { renderTrackingBookStream } from '../forms/index.ts';
import { formUnit, slipDate, slipTime } from './dossier-forms.ts';
import { visibleUnitIds } from './dossier-policy.ts';

const DELIVERY = { counter: 'Trực tiếp', post: 'Bưu chính', electronic: 'Trực tuyến' } as const;
export const MAX_BOOK_DAYS = 366;

export const trackingBookRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/tracking-book.pdf',
      {
        schema: {
          tags: ['dossiers'],
          summary: 'The tracking book of a unit for a period (at most a year), as PDF',
          querystring: z.strictObject({ unitId: Id, from: IsoDate, to: IsoDate, fieldId: Id.optional() }),
        },
      },
      async (request, reply) => {
        const staff = requireStaff(request);
        const q = request.query;
        if (!visibleUnitIds(staff).includes(q.unitId)) throw new NotFoundError(`No unit ${q.unitId}.`);
        const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
        if (days < 0)
          throw new BadRequestError('from must not be after to', [
            { path: 'querystring.to', message: 'before from' },
          ]);
        if (days >= MAX_BOOK_DAYS) {
          throw new BadRequestError('the period is at most a year', [
            { path: 'querystring.to', message: 'too far from from' },
          ]);
        }
        const spec = await ctx.calendars.getForUnit(q.unitId);
        let query = ctx.db
          .selectFrom('dossiers as d')
          .innerJoin('procedures as p', 'p.id', 'd.procedure_id')
          .innerJoin('units as r', 'r.id', 'd.resolving_unit_id')
          .select([
            'd.code',
            'p.name as procedureName',
            sql<string>`d.applicant->>'name'`.as('applicantName'),
            sql<string>`concat_ws(', ', d.applicant->>'address', d.applicant->>'phone')`.as(
              'addressAndPhone',
            ),
            'r.name as leadAgency',
            'd.received_at',
            'd.appointment_at',
            'd.delivered_at',
            sql<string | null>`d.delivery->>'method'`.as('method'),
          ])
          .where('d.receiving_unit_id', '=', q.unitId)
          .where('d.received_at', '>=', atLocal(spec, q.from, '00:00'))
          .where('d.received_at', '<', atLocal(spec, q.to, '24:00'))
          .orderBy('d.received_at')
          .limit(20_000);
        let fieldName = 'Tất cả lĩnh vực';
        if (q.fieldId !== undefined) {
          const field = await ctx.db
            .selectFrom('fields')
            .select('name')
            .where('id', '=', q.fieldId)
            .executeTakeFirst();
          if (!field) throw new NotFoundError(`No field ${q.fieldId}.`);
          fieldName = `Lĩnh vực ${field.name}`;
          query = query.where('p.field_id', '=', q.fieldId);
        }
        const rows = await query.execute();
        const iso = (x: Date | null) => (x ? formatInstant(x, spec.timeZone) : null);
        const stream: Readable = renderTrackingBookStream({
          unit: await formUnit(ctx.db, q.unitId),
          issuedOn: slipDate(formatInstant(new Date(), spec.timeZone)),
          period: `Từ ${slipDate(q.from)} đến ${slipDate(q.to)}`,
          fieldName,
          rows: rows.map((r, i) => ({
            number: i + 1,
            dossierCode: r.code,
            procedureName: r.procedureName,
            applicantName: r.applicantName,
            addressAndPhone: r.addressAndPhone,
            leadAgency: r.leadAgency,
            receivedAt: slipTime(iso(r.received_at)),
            dueAt: slipTime(iso(r.appointment_at)),
            returnedAt: slipTime(iso(r.delivered_at)),
            deliveryMethod: r.method ? (DELIVERY[r.method as keyof typeof DELIVERY] ?? r.method) : '',
          })),
        });
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="so-theo-doi-${q.from}-${q.to}.pdf"`)
          .send(stream);
      },
    );
  };
